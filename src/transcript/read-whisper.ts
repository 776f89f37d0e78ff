import { z } from 'zod';
import { validateJson } from './parse-json-text.ts';
import { makeSegment, type Reading, SecondsSchema, SpeakerLabelSchema } from './segment.ts';

const WhisperSchema = z.object({
  segments: z.array(
    z.object({ text: z.string(), start: SecondsSchema, end: SecondsSchema, speaker: SpeakerLabelSchema }),
  ),
  text: z.string().nullish(),
});

/**
 * Whisper JSON (`segments` with `text`, `start`, `end` in seconds; `speaker` where a diarizer such
 * as WhisperX added one). Without segments, the top-level `text` is one unlabelled segment.
 */
export function readWhisper(value: unknown, text: string, file: string): Reading {
  const data = validateJson(
    WhisperSchema,
    value,
    text,
    file,
    'Whisper JSON: `segments` of `{ text, start, end }`',
  );
  const segments = data.segments.map((s) => makeSegment(s));
  if (segments.length === 0 && data.text) return { segments: [makeSegment({ text: data.text })] };
  return { segments };
}
