import { z } from 'zod';
import { ItemResultSchema, ReviewReasonSchema } from '../aggregate/schema.ts';
import { ReviewedItemSchema } from '../review/schema.ts';
import { RubricSchema } from '../rubric/schema.ts';
import { ReaderWarningSchema } from '../transcript/reader-warnings.ts';
import {
  RoleInferenceSchema,
  TranscriptFormatSchema,
  TranscriptMetadataSchema,
} from '../transcript/schema.ts';
import type { ItemRow } from './item-row.ts';

export const RunStatusSchema = z.enum(['running', 'complete', 'incomplete']);
export type RunStatus = z.infer<typeof RunStatusSchema>;

/** One input file of a run, as read. */
export const RunInputSchema = z.object({
  path: z.string(),
  /** sha256 of the file bytes. */
  hash: z.string(),
  transcript: z.string().nullable(),
  format: TranscriptFormatSchema.nullable(),
  status: z.enum(['ok', 'failed']),
  /** For failed inputs: `file:line: what was expected`. */
  error: z.string().optional(),
  speakers: z.array(z.string()).default([]),
  roles: RoleInferenceSchema.optional(),
  metadata: TranscriptMetadataSchema.optional(),
  /** What the reader skipped, ignored or guessed (bad cues, encoding guesses), with lines. */
  warnings: z.array(ReaderWarningSchema).optional(),
});
export type RunInput = z.infer<typeof RunInputSchema>;

export const JudgeConfigSchema = z.object({
  kind: z.string(),
  models: z.array(z.string()),
  samples: z.number().int(),
  temperature: z.number().nullable(),
  seed: z.number().int().nullable(),
  baseUrl: z.string().nullable(),
  crossCheck: z.boolean(),
});
export type JudgeConfig = z.infer<typeof JudgeConfigSchema>;

/** `run.json`: the manifest of a run directory. */
export const RunManifestSchema = z.object({
  tool: z.object({ name: z.literal('rubricate'), version: z.string() }),
  rubric: z.object({ id: z.string(), path: z.string(), version: z.string(), hash: z.string() }),
  promptVersion: z.string(),
  judge: JudgeConfigSchema,
  inputs: z.array(RunInputSchema),
  /** Whether PII was redacted before remote calls, and which classes of it the transcripts held. */
  redaction: z.object({ enabled: z.boolean(), classes: z.array(z.string()) }).optional(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  status: RunStatusSchema,
  /** Why the run is incomplete, e.g. `budget_reached`, `circuit_open`, `items_failed`, `inputs_failed`. */
  incompleteReasons: z.array(z.string()).default([]),
  /** One line per reason saying how to finish the run (raise the budget, fix a file, resume…). */
  incompleteHints: z.array(z.string()).default([]),
});
export type RunManifest = z.infer<typeof RunManifestSchema>;

const count = z.number().int().min(0);

/** `summary.json`, exactly the CONTRACT.md keys (plus a few more). */
export const SummarySchema = z.object({
  status: z.enum(['complete', 'incomplete']),
  transcripts: count,
  transcriptsFailed: count,
  questions: count,
  items: z.object({ total: count, scored: count, notAsked: count, needsReview: count, failed: count }),
  ratings: z.record(z.string(), count),
  reviewReasons: z.partialRecord(ReviewReasonSchema, count),
  judges: z.object({
    count,
    agreement: z.object({ krippendorffAlphaOrdinal: z.number().nullable() }),
  }),
  llm: z.object({
    calls: count,
    cacheHits: count,
    /** Transport retries (and schema fallbacks); `calls + retries + repairs` = requests sent. */
    retries: count,
    /** Re-asks after invalid output (one at most per call). */
    repairs: count.default(0),
    rateLimited: count,
    timeouts: count,
    /** Calls that ended without a usable verdict: transport failures plus `invalid`. */
    failures: count,
    /** Calls whose output stayed invalid after the re-ask. */
    invalid: count.default(0),
    inputTokens: count,
    cachedInputTokens: count,
    outputTokens: count,
    costUsd: z.number(),
  }),
  timing: z.object({
    wallMs: z.number(),
    p50CallMs: z.number().nullable(),
    p95CallMs: z.number().nullable(),
  }),
  /** Per question: counts of each rating, not asked, needs review. */
  perQuestion: z.array(
    z.object({
      question: z.string(),
      ratings: z.record(z.string(), count),
      notAsked: count,
      needsReview: count,
      failed: count,
    }),
  ),
  /** Present once reviewers' decisions were applied: items decided, queued items still waiting. */
  review: z.object({ decided: count, pending: count }).optional(),
});
export type Summary = z.infer<typeof SummarySchema>;

/** Everything a renderer needs: pure data read back from a run directory. */
export const ReportSchema = z.object({
  manifest: RunManifestSchema,
  summary: SummarySchema,
  rubric: RubricSchema,
  /**
   * The items shown in full. Without `rows`, every item of the run; with `rows`, the ones picked
   * by `selectDetails` (the head of the review queue and the first other items).
   */
  items: z.array(ItemResultSchema),
  /**
   * Every item of the run, as a table row, in run order (absent: derived from `items`). An array,
   * or rows re-read from disk on every pass (`score` of a big run holds them there, not in memory).
   */
  rows: z.custom<Iterable<ItemRow>>(isIterable, 'expected an iterable of rows').optional(),
  /** Reviewers' decisions (`reviewed.jsonl`), when any were applied. */
  reviewed: z.array(ReviewedItemSchema).optional(),
});
export type Report = z.infer<typeof ReportSchema>;

function isIterable(value: unknown): value is Iterable<ItemRow> {
  return typeof (value as { [Symbol.iterator]?: unknown } | null)?.[Symbol.iterator] === 'function';
}

/** A pure renderer: `Report → file content`. */
export interface Renderer {
  readonly format: string;
  readonly fileName: string;
  render(report: Report): string;
  /** The same content in pieces, in order (`render` joins them), for files too big for one string. */
  chunks(report: Report): Iterable<string>;
}
