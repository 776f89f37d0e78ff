import { z } from 'zod';

/** A batch's status as the provider reports it (OpenAI's Batch object). */
export const ProviderStatusSchema = z.enum([
  'validating',
  'failed',
  'in_progress',
  'finalizing',
  'completed',
  'expired',
  'cancelling',
  'cancelled',
]);
export type ProviderStatus = z.infer<typeof ProviderStatusSchema>;

/** Statuses after which a batch changes no more: its output and error files are final. */
const TERMINAL: ReadonlySet<ProviderStatus> = new Set(['failed', 'completed', 'expired', 'cancelled']);

/** True once the provider has finished with a batch, whatever the outcome. */
export function isTerminal(status: ProviderStatus): boolean {
  return TERMINAL.has(status);
}

export const RequestCountsSchema = z.object({
  total: z.number().int().min(0),
  completed: z.number().int().min(0),
  failed: z.number().int().min(0),
});

/** What the transport reports about one batch, read from the provider's Batch object. */
export const BatchInfoSchema = z.object({
  id: z.string(),
  status: ProviderStatusSchema,
  inputFileId: z.string(),
  outputFileId: z.string().nullable(),
  errorFileId: z.string().nullable(),
  counts: RequestCountsSchema.nullable(),
  /** Batch-level errors (a file that failed validation), one message each. */
  errors: z.array(z.string()),
});
export type BatchInfo = z.infer<typeof BatchInfoSchema>;

/**
 * The provider's Files and Batches endpoints, as narrow as the batch stage needs. Expected
 * failures throw `CallError` (and only that), like the chat caller.
 */
export interface BatchTransport {
  /** Uploads a JSONL file with purpose `batch`; returns its file id. */
  upload(name: string, content: string, signal: AbortSignal): Promise<string>;
  /** Creates a batch over an uploaded file (`/v1/chat/completions`, completion window 24h). */
  create(
    inputFileId: string,
    metadata: Readonly<Record<string, string>>,
    signal: AbortSignal,
  ): Promise<BatchInfo>;
  retrieve(batchId: string, signal: AbortSignal): Promise<BatchInfo>;
  /** The batch created over `inputFileId`, if any (among the most recent ones). */
  findByInputFile(inputFileId: string, signal: AbortSignal): Promise<BatchInfo | null>;
  /** A file's whole content as text. */
  download(fileId: string, signal: AbortSignal): Promise<string>;
}

/** The provider's size limits for one batch input file. */
export interface BatchLimits {
  readonly maxRequests: number;
  readonly maxBytes: number;
}

/** OpenAI's limits: 50,000 requests and 200 MB per input file. */
export const OPENAI_BATCH_LIMITS: BatchLimits = Object.freeze({ maxRequests: 50_000, maxBytes: 200_000_000 });

/**
 * Where one batch input file is in its life, as recorded in `batches.json`:
 * `uploading` (the upload was started; its file id is not known), `uploaded` (file id known, no
 * batch yet), `submitted` (batch created, not finished), `finished` (the provider is done; results
 * not yet in the journal), `collected` (every line is in the journal or was handed back to be
 * retried online).
 */
export const BatchStepSchema = z.enum(['uploading', 'uploaded', 'submitted', 'finished', 'collected']);
export type BatchStep = z.infer<typeof BatchStepSchema>;

/** One batch input file of a run and its batch. */
export const BatchEntrySchema = z.object({
  /** The uploaded file's name, unique in the run: `<run>-<n>.jsonl`. */
  name: z.string(),
  judge: z.string(),
  model: z.string(),
  /** The `custom_id`s of its lines: the jobs' request keys. */
  keys: z.array(z.string()),
  bytes: z.number().int().min(0),
  step: BatchStepSchema,
  inputFileId: z.string().nullable(),
  batchId: z.string().nullable(),
  status: ProviderStatusSchema.nullable(),
  counts: RequestCountsSchema.nullable(),
  outputFileId: z.string().nullable(),
  errorFileId: z.string().nullable(),
  errors: z.array(z.string()),
  /** ISO times: batch created, provider finished. */
  submittedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type BatchEntry = z.infer<typeof BatchEntrySchema>;

/** `batches.json` in the run directory: every batch file the run made, in order. */
export const BatchStateSchema = z.object({
  version: z.literal(1),
  entries: z.array(BatchEntrySchema),
});
export type BatchState = z.infer<typeof BatchStateSchema>;

/** A run with no batch yet. */
export const EMPTY_BATCH_STATE: BatchState = Object.freeze({ version: 1, entries: [] }) as BatchState;
