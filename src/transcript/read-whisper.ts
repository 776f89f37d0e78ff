import { z } from 'zod';
import { validateJson } from './parse-json-text.ts';
import { makeSegment, type Reading, SecondsSchema, type Segment, SpeakerLabelSchema } from './segment.ts';

const WordSchema = z.object({
  word: z.string().nullish(),
  text: z.string().nullish(),
  start: SecondsSchema,
  end: SecondsSchema,
  speaker: SpeakerLabelSchema,
});

const WhisperSchema = z.object({
  segments: z.array(
    z.object({
      text: z.string(),
      start: SecondsSchema,
      end: SecondsSchema,
      speaker: SpeakerLabelSchema,
      words: z.array(WordSchema).nullish(),
    }),
  ),
  text: z.string().nullish(),
});

type WhisperSegment = z.infer<typeof WhisperSchema>['segments'][number];

/**
 * WhisperX assigns each segment the speaker of most of its words; where its words carry other
 * speakers too (a quick reply inside one segment), the words are read one by one instead.
 */
function readSegment(segment: WhisperSegment): Segment[] {
  const words = segment.words ?? [];
  const speakers = new Set(
    words.flatMap((w) => (w.speaker === undefined || w.speaker === null ? [] : [w.speaker])),
  );
  const own = segment.speaker;
  const mixed =
    speakers.size > 1 || (speakers.size === 1 && (own === undefined || own === null || !speakers.has(own)));
  if (!mixed || words.some((w) => (w.word ?? w.text) == null)) return [makeSegment(segment)];
  return words.map((w) =>
    makeSegment({
      speaker: w.speaker ?? segment.speaker,
      text: w.word ?? w.text ?? '',
      start: w.start,
      end: w.end,
    }),
  );
}

/**
 * Whisper JSON (`segments` with `text`, `start`, `end` in seconds) and WhisperX's (a `speaker` on
 * segments and words from its pyannote diarization). Without segments, the top-level `text` is
 * one unlabelled segment.
 */
export function readWhisper(value: unknown, text: string, file: string): Reading {
  const data = validateJson(
    WhisperSchema,
    value,
    text,
    file,
    'Whisper JSON: `segments` of `{ text, start, end }`',
  );
  const segments = data.segments.flatMap(readSegment);
  if (segments.length === 0 && data.text) return { segments: [makeSegment({ text: data.text })] };
  return { segments };
}
