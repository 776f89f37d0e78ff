import { z } from 'zod';
import { validateJson } from './parse-json-text.ts';
import { makeSegment, type Reading, SecondsSchema, SpeakerLabelSchema } from './segment.ts';

const RevSchema = z.object({
  monologues: z.array(
    z.object({
      speaker: SpeakerLabelSchema,
      speaker_name: z.string().nullish(),
      elements: z.array(
        z.object({ type: z.string().nullish(), value: z.string(), ts: SecondsSchema, end_ts: SecondsSchema }),
      ),
    }),
  ),
});

/**
 * Rev.ai JSON: `monologues`, each a speaker (`speaker_name` when the user named them, else
 * `Speaker <n>`) and `elements` whose `value`s (words, punctuation, spaces) make the text.
 */
export function readRevJson(value: unknown, text: string, file: string): Reading {
  const data = validateJson(
    RevSchema,
    value,
    text,
    file,
    'Rev.ai JSON: `monologues` of `{ speaker, elements }`',
  );
  const segments = data.monologues.map((m) => {
    const timed = m.elements.filter((e) => typeof e.ts === 'number');
    const name =
      m.speaker_name?.trim() || (m.speaker === null || m.speaker === undefined ? '' : `Speaker ${m.speaker}`);
    return makeSegment({
      speaker: name,
      text: m.elements.map((e) => e.value).join(''),
      start: timed[0]?.ts,
      end: timed.at(-1)?.end_ts,
    });
  });
  return { segments };
}
