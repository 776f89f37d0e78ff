import { z } from 'zod';
import { validateJson } from './parse-json-text.ts';
import { makeSegment, type Reading, type Segment } from './segment.ts';

/** `"1.300s"` (REST JSON), `{ "seconds": "1", "nanos": 300000000 }` (protobuf JSON), or a number. */
const DurationSchema = z
  .union([
    z.string(),
    z.number(),
    z.object({ seconds: z.union([z.string(), z.number()]).nullish(), nanos: z.number().nullish() }),
  ])
  .nullish();
type Duration = z.infer<typeof DurationSchema>;

function toSeconds(value: Duration): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') {
    const n = Number.parseFloat(value.replace(/s$/, ''));
    return Number.isFinite(n) ? n : undefined;
  }
  return Number(value.seconds ?? 0) + (value.nanos ?? 0) / 1e9;
}

const WordSchema = z.object({
  word: z.string(),
  startTime: DurationSchema,
  endTime: DurationSchema,
  speakerTag: z.number().nullish(),
  speakerLabel: z.string().nullish(),
});

const ResultSchema = z.object({
  alternatives: z.array(z.object({ transcript: z.string().nullish(), words: z.array(WordSchema).nullish() })),
});

type Result = z.infer<typeof ResultSchema>;

const speakerOf = (w: z.infer<typeof WordSchema>): string | undefined =>
  w.speakerLabel ?? (typeof w.speakerTag === 'number' && w.speakerTag > 0 ? String(w.speakerTag) : undefined);

/**
 * With diarization on, Google puts every word with its `speakerTag` again in the last result;
 * the earlier results' words carry none. Those words are the transcript then; otherwise each
 * result's transcript is one unlabelled segment.
 */
function readResults(results: readonly Result[]): Segment[] {
  const diarized = results.findLast((r) => r.alternatives[0]?.words?.some((w) => speakerOf(w) !== undefined));
  if (diarized) {
    return (diarized.alternatives[0]?.words ?? []).map((w) =>
      makeSegment({
        speaker: speakerOf(w),
        text: w.word,
        start: toSeconds(w.startTime),
        end: toSeconds(w.endTime),
      }),
    );
  }
  return results.flatMap((r) => {
    const best = r.alternatives[0];
    const words = best?.words ?? [];
    const text = best?.transcript ?? words.map((w) => w.word).join(' ');
    return text.trim() === ''
      ? []
      : [makeSegment({ text, start: toSeconds(words[0]?.startTime), end: toSeconds(words.at(-1)?.endTime) })];
  });
}

/**
 * Google Cloud Speech-to-Text JSON: `results[].alternatives[]` (as the REST API returns it, or
 * the bare list of results as client libraries save it), speakers from the words' `speakerTag`.
 */
export function readGoogleStt(value: unknown, text: string, file: string): Reading {
  const what = 'Google Speech-to-Text JSON: `results` of `{ alternatives: [{ transcript, words }] }`';
  const results = Array.isArray(value)
    ? validateJson(z.array(ResultSchema), value, text, file, what)
    : validateJson(z.object({ results: z.array(ResultSchema) }), value, text, file, what).results;
  return { segments: readResults(results) };
}
