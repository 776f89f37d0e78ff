import { z } from 'zod';
import { type TranscriptMetadata, TurnSchema } from './schema.ts';
import { cleanSpeakerName } from './speaker-name.ts';

/**
 * One piece of speech as a format gives it (a text line, a caption cue, an ASR utterance or word),
 * before consecutive pieces of one speaker are merged into a turn. No `speaker` means the format
 * gave no label: the piece joins the turn before it.
 */
export const SegmentSchema = TurnSchema.omit({ role: true, speaker: true }).extend({
  speaker: z.string().optional(),
});
export type Segment = z.infer<typeof SegmentSchema>;

/**
 * What a format reader returns: its segments and the metadata embedded in the file, if any.
 * `segments` may be produced lazily (captions are split cue by cue while they are merged), and
 * is iterated once.
 */
export interface Reading {
  readonly segments: Iterable<Segment>;
  /** Metadata embedded in the file (front matter, WebVTT NOTE, JSON `metadata`), validated. */
  readonly metadata?: TranscriptMetadata;
}

/** The label given to speech that no speaker label claims (e.g. captions without names). */
export const UNKNOWN_SPEAKER = 'unknown';

/** A speaker label as ASR tools write it: a string, a number (`0`) or nothing. */
export const SpeakerLabelSchema = z.union([z.string(), z.number()]).nullish();

/** A timing in seconds, or nothing. */
export const SecondsSchema = z.number().nullish();

/**
 * Builds a segment, leaving out what is absent (`exactOptionalPropertyTypes`) and labels that are
 * blank; labels are cleaned (`cleanSpeakerName`) so no format lets invisible characters through.
 */
export function makeSegment(fields: {
  readonly speaker?: string | number | null | undefined;
  readonly text: string;
  readonly start?: number | null | undefined;
  readonly end?: number | null | undefined;
}): Segment {
  const speaker =
    fields.speaker === null || fields.speaker === undefined ? '' : cleanSpeakerName(String(fields.speaker));
  return {
    text: fields.text,
    ...(speaker === '' ? {} : { speaker }),
    ...(typeof fields.start === 'number' ? { start: fields.start } : {}),
    ...(typeof fields.end === 'number' ? { end: fields.end } : {}),
  };
}
