import { z } from 'zod';

/**
 * What one transcript file may cost to read. A file over a limit is refused with a message that
 * names the limit and the flag that raises it, so a 2 GB log or a million-cue caption track is
 * one clear failure instead of a stalled run. The CLI wires the flags; library callers pass
 * their own values.
 */
export const ReadLimitsSchema = z.object({
  /** Largest file read, in bytes (`--max-file-mb`). */
  maxFileBytes: z.number().int().positive(),
  /** Most segments (cues, lines, utterances, words) one file may yield (`--max-segments`). */
  maxSegments: z.number().int().positive(),
});
export type ReadLimits = z.infer<typeof ReadLimitsSchema>;

/** The defaults: 25 MB is hours of text; 200,000 segments is a day of word-level ASR output. */
export const DEFAULT_READ_LIMITS: ReadLimits = Object.freeze({
  maxFileBytes: 25 * 1024 * 1024,
  maxSegments: 200_000,
});

/** The flag that raises each limit, for refusal messages. */
export const LIMIT_FLAGS: Readonly<Record<keyof ReadLimits, string>> = Object.freeze({
  maxFileBytes: '--max-file-mb',
  maxSegments: '--max-segments',
});

/** The defaults with the caller's overrides applied. */
export function resolveReadLimits(overrides: Partial<ReadLimits> = {}): ReadLimits {
  return ReadLimitsSchema.parse({ ...DEFAULT_READ_LIMITS, ...overrides });
}

/** `26214400` → `25 MB`, `1536` → `2 KB`: sizes stated the way a reader (and the flag) takes them. */
export function formatMegabytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}
