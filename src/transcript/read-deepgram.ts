import { z } from 'zod';
import { validateJson } from './parse-json-text.ts';
import { makeSegment, type Reading, SecondsSchema, type Segment, SpeakerLabelSchema } from './segment.ts';

const WordSchema = z.object({
  word: z.string(),
  punctuated_word: z.string().nullish(),
  speaker: SpeakerLabelSchema,
  start: SecondsSchema,
  end: SecondsSchema,
});

const DeepgramSchema = z.object({
  results: z.object({
    utterances: z
      .array(
        z.object({
          transcript: z.string(),
          speaker: SpeakerLabelSchema,
          start: SecondsSchema,
          end: SecondsSchema,
        }),
      )
      .nullish(),
    channels: z
      .array(
        z.object({
          alternatives: z.array(z.object({ transcript: z.string(), words: z.array(WordSchema).nullish() })),
        }),
      )
      .nullish(),
  }),
});

type Alternative = {
  readonly transcript: string;
  readonly words?: z.infer<typeof WordSchema>[] | null | undefined;
};

/** Words carry `speaker` only when diarization was on; without it the transcript is one segment. */
function readAlternative(alternative: Alternative | undefined): Segment[] {
  if (!alternative) return [];
  const words = alternative.words ?? [];
  if (words.some((w) => w.speaker !== undefined && w.speaker !== null)) {
    return words.map((w) => makeSegment({ ...w, text: w.punctuated_word ?? w.word }));
  }
  return [makeSegment({ text: alternative.transcript, start: words[0]?.start, end: words.at(-1)?.end })];
}

/**
 * Deepgram JSON: `results.utterances` (with `speaker` when diarized) when present; else the words
 * of the first channel's first alternative, by `speaker` and `punctuated_word`; else its transcript.
 */
export function readDeepgram(value: unknown, text: string, file: string): Reading {
  const data = validateJson(
    DeepgramSchema,
    value,
    text,
    file,
    'Deepgram JSON: `results.utterances` or `results.channels`',
  );
  const utterances = data.results.utterances ?? [];
  if (utterances.length > 0)
    return { segments: utterances.map((u) => makeSegment({ ...u, text: u.transcript })) };
  return { segments: readAlternative(data.results.channels?.[0]?.alternatives[0]) };
}
