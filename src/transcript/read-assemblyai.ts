import { z } from 'zod';
import { validateJson } from './parse-json-text.ts';
import { makeSegment, type Reading, SecondsSchema, SpeakerLabelSchema } from './segment.ts';

const PieceSchema = z.object({
  text: z.string(),
  speaker: SpeakerLabelSchema,
  start: SecondsSchema,
  end: SecondsSchema,
});

const AssemblyAiSchema = z.object({
  utterances: z.array(PieceSchema).nullish(),
  words: z.array(PieceSchema).nullish(),
  text: z.string().nullish(),
});

/** AssemblyAI times are milliseconds. */
const toSeconds = (ms: number | null | undefined): number | undefined =>
  typeof ms === 'number' ? ms / 1000 : undefined;

/**
 * AssemblyAI JSON: `utterances` (`speaker`, `text`, `start`/`end` in ms) when speaker labels were
 * on; else the `words` (which may still carry `speaker`); else the whole `text`, unlabelled.
 */
export function readAssemblyAi(value: unknown, text: string, file: string): Reading {
  const data = validateJson(
    AssemblyAiSchema,
    value,
    text,
    file,
    'AssemblyAI JSON: `utterances`, `words` or `text`',
  );
  const pieces = data.utterances?.length ? data.utterances : (data.words ?? []);
  const segments = pieces.map((p) =>
    makeSegment({ speaker: p.speaker, text: p.text, start: toSeconds(p.start), end: toSeconds(p.end) }),
  );
  if (segments.length === 0 && data.text) return { segments: [makeSegment({ text: data.text })] };
  return { segments };
}
