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

const ParagraphSchema = z.object({
  speaker: SpeakerLabelSchema,
  start: SecondsSchema,
  end: SecondsSchema,
  sentences: z.array(z.object({ text: z.string() })),
});

const AlternativeSchema = z.object({
  transcript: z.string(),
  words: z.array(WordSchema).nullish(),
  paragraphs: z.object({ paragraphs: z.array(ParagraphSchema).nullish() }).nullish(),
});

const DeepgramSchema = z.object({
  results: z.object({
    utterances: z
      .array(
        z.object({
          transcript: z.string(),
          speaker: SpeakerLabelSchema,
          channel: z.number().nullish(),
          start: SecondsSchema,
          end: SecondsSchema,
        }),
      )
      .nullish(),
    channels: z.array(z.object({ alternatives: z.array(AlternativeSchema) })).nullish(),
  }),
});

type Alternative = z.infer<typeof AlternativeSchema>;

const hasSpeakers = (alternative: Alternative): boolean =>
  (alternative.words ?? []).some((w) => w.speaker !== undefined && w.speaker !== null);

/**
 * One channel's best alternative: its diarized paragraphs, else its diarized words, else its
 * transcript as one segment (labelled with the channel when the recording has several).
 */
function readAlternative(alternative: Alternative | undefined, channel: string | undefined): Segment[] {
  if (!alternative) return [];
  const paragraphs = alternative.paragraphs?.paragraphs ?? [];
  if (paragraphs.length > 0 && paragraphs.some((p) => p.speaker !== undefined && p.speaker !== null)) {
    return paragraphs.map((p) => makeSegment({ ...p, text: p.sentences.map((s) => s.text).join(' ') }));
  }
  const words = alternative.words ?? [];
  if (hasSpeakers(alternative))
    return words.map((w) => makeSegment({ ...w, text: w.punctuated_word ?? w.word }));
  if (channel !== undefined) {
    return words.map((w) =>
      makeSegment({ speaker: channel, text: w.punctuated_word ?? w.word, start: w.start, end: w.end }),
    );
  }
  return [makeSegment({ text: alternative.transcript, start: words[0]?.start, end: words.at(-1)?.end })];
}

/**
 * Deepgram JSON: `results.utterances` (with `speaker` when diarized) when present; else each
 * channel's first alternative, by paragraphs or words (`speaker`, `punctuated_word`). A
 * multichannel recording without diarization (one speaker per channel, as call recorders make)
 * reads each channel as `Channel <n>`, interleaved by time.
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
  const channels = data.results.channels ?? [];
  const multichannel = channels.length > 1;
  if (utterances.length > 0) {
    const segments = utterances.map((u) =>
      makeSegment({
        ...u,
        speaker:
          u.speaker ?? (multichannel && typeof u.channel === 'number' ? `Channel ${u.channel}` : undefined),
        text: u.transcript,
      }),
    );
    return { segments };
  }
  if (!multichannel) return { segments: readAlternative(channels[0]?.alternatives[0], undefined) };
  const segments = channels.flatMap((c, i) =>
    readAlternative(c.alternatives[0], hasSpeakersIn(c.alternatives[0]) ? undefined : `Channel ${i}`),
  );
  return { segments: segments.sort((a, b) => (a.start ?? 0) - (b.start ?? 0)) };
}

const hasSpeakersIn = (alternative: Alternative | undefined): boolean =>
  alternative !== undefined && hasSpeakers(alternative);
