import { z } from 'zod';
import { ReaderWarningSchema } from './reader-warnings.ts';

/**
 * The formats a transcript can be read from. The first eight are CONTRACT.md's `inspect --json`
 * values; `whisperx` (Whisper JSON with diarized speakers), `aws-transcribe`, `rev` (Rev.ai
 * JSON) and `google-stt` (Google Cloud Speech-to-Text) came later and have names of their own.
 */
export const TranscriptFormatSchema = z.enum([
  'webvtt',
  'srt',
  'text',
  'markdown',
  'whisper',
  'assemblyai',
  'deepgram',
  'native',
  'whisperx',
  'aws-transcribe',
  'rev',
  'google-stt',
]);
export type TranscriptFormat = z.infer<typeof TranscriptFormatSchema>;

export const RoleSchema = z.enum(['interviewer', 'candidate', 'unknown']);
export type Role = z.infer<typeof RoleSchema>;

export const TurnSchema = z.object({
  speaker: z.string(),
  role: RoleSchema,
  text: z.string(),
  /** Seconds from the start of the recording, when the format has timings. */
  start: z.number().optional(),
  end: z.number().optional(),
  /** 1-based source line where the turn starts, when the format has lines. */
  line: z.number().int().optional(),
});
export type Turn = z.infer<typeof TurnSchema>;

/** Optional metadata: front matter, JSON `metadata`, or a sidecar `<name>.meta.yaml`. */
export const TranscriptMetadataSchema = z
  .object({
    candidate: z.string().optional(),
    interviewer: z.string().optional(),
    roles: z.record(z.string(), z.enum(['interviewer', 'candidate'])).optional(),
    date: z.union([z.string(), z.date()]).optional(),
    position: z.string().optional(),
    /** question id → the interviewer's own rating (for calibration and `interviewer_disagreement`). */
    ratings: z.record(z.string(), z.union([z.number(), z.string()])).optional(),
  })
  .catchall(z.unknown());
export type TranscriptMetadata = z.infer<typeof TranscriptMetadataSchema>;

export const RoleInferenceSchema = z.object({
  /** `metadata`: roles given; `inferred`: from who asks questions; `none`: could not tell. */
  method: z.enum(['metadata', 'inferred', 'none']),
  confident: z.boolean(),
  /** Human-readable explanation, e.g. "only one speaker: roles cannot be told apart". */
  note: z.string().optional(),
});
export type RoleInference = z.infer<typeof RoleInferenceSchema>;

export const TranscriptSchema = z.object({
  /** File name without extension(s), unique within a run. */
  id: z.string(),
  source: z.object({ path: z.string(), format: TranscriptFormatSchema, hash: z.string() }),
  metadata: TranscriptMetadataSchema,
  /** Distinct speaker labels in order of first appearance. */
  speakers: z.array(z.string()),
  turns: z.array(TurnSchema),
  roles: RoleInferenceSchema,
  /**
   * What the reader skipped, ignored or guessed (bad cues, invalid settings, an encoding guess),
   * each naming the line. Always set by `parseTranscript`; optional so hand-built transcripts
   * (tests, the Node API) need not carry it.
   */
  warnings: z.array(ReaderWarningSchema).optional(),
});
export type Transcript = z.infer<typeof TranscriptSchema>;
