import { z } from 'zod';
import { type BatchInfo, type BatchTransport, ProviderStatusSchema } from '../../batch/schema.ts';
import { CallError } from '../../resilience/call-error.ts';
import { BATCH_ENDPOINT } from './batch-line.ts';
import { TolerantOpenAI, toCallError } from './client.ts';
import { describeBody } from './describe-body.ts';
import { redactSecret } from './redact-secret.ts';

/** Uploads and downloads may move up to 200 MB: they get far longer than one chat call. */
const TRANSFER_TIMEOUT_MS = 15 * 60_000;
/** How many of the account's most recent batches are searched for one made from a given file. */
const FIND_LIMIT = 100;

/**
 * The Files and Batches endpoints through the `openai` SDK. It lives beside `client.ts` (and uses
 * its SDK subclass and error mapping, so failures come out as the same `CallError` kinds and the
 * key is redacted the same way) rather than in it: the chat caller is the hot path, these calls
 * are a handful per run. Retries are off here as there; the batch stage retries with backoff.
 */
export function createBatchTransport(options: {
  readonly apiKey: string;
  readonly baseUrl?: string;
  /** Wall-clock time in epoch ms (a Retry-After may be an HTTP date). */
  readonly epochMs: () => number;
  /** Per-request timeout for the small calls (create, retrieve, list). */
  readonly timeoutMs: number;
}): BatchTransport {
  const client = new TolerantOpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseUrl ?? 'https://api.openai.com/v1',
    maxRetries: 0,
    timeout: options.timeoutMs,
  });
  // Each request gets its own signal, tied to the caller's only while it runs: the SDK never
  // removes the listener it adds to a signal, and a run polls with one signal for hours.
  const call = async <T>(outer: AbortSignal, fn: (signal: AbortSignal) => Promise<T>): Promise<T> => {
    const own = new AbortController();
    const abort = () => own.abort(outer.reason);
    if (outer.aborted) abort();
    else outer.addEventListener('abort', abort, { once: true });
    try {
      return await fn(own.signal);
    } catch (error) {
      throw error instanceof CallError
        ? error
        : toCallError(error, own.signal, options.apiKey, options.epochMs());
    } finally {
      outer.removeEventListener('abort', abort);
    }
  };
  const read = (raw: unknown): BatchInfo => readBatch(raw, options.apiKey);
  return {
    upload: (name, content, outer) =>
      call(outer, async (signal) => {
        // A named Blob is what the SDK sends as a multipart file part (with this file name).
        const file = Object.assign(new Blob([content], { type: 'application/jsonl' }), { name });
        const created = await client.files.create(
          { file, purpose: 'batch' },
          { signal, timeout: TRANSFER_TIMEOUT_MS },
        );
        const id = (created as { id?: unknown } | null)?.id;
        if (typeof id !== 'string' || id === '')
          throw new CallError('server', `the upload's reply has no file id: ${describeBody(created)}`);
        return id;
      }),
    create: (inputFileId, metadata, outer) =>
      call(outer, async (signal) =>
        read(
          await client.batches.create(
            {
              input_file_id: inputFileId,
              endpoint: BATCH_ENDPOINT,
              completion_window: '24h',
              metadata: { ...metadata },
            },
            { signal },
          ),
        ),
      ),
    retrieve: (batchId, outer) =>
      call(outer, async (signal) => read(await client.batches.retrieve(batchId, { signal }))),
    findByInputFile: (inputFileId, outer) =>
      call(outer, async (signal) => {
        let seen = 0;
        for await (const batch of client.batches.list({ limit: FIND_LIMIT }, { signal })) {
          if (batch.input_file_id === inputFileId) return read(batch);
          seen += 1;
          if (seen >= FIND_LIMIT) break;
        }
        return null;
      }),
    download: (fileId, outer) =>
      call(outer, async (signal) => {
        const response = await client.files.content(fileId, { signal, timeout: TRANSFER_TIMEOUT_MS });
        return response.text();
      }),
  };
}

/** The provider's Batch object, read leniently (nulls for absent fields). */
const RawBatchSchema = z.object({
  id: z.string().min(1),
  status: ProviderStatusSchema,
  input_file_id: z.string(),
  output_file_id: z.string().nullish(),
  error_file_id: z.string().nullish(),
  request_counts: z.object({ total: z.number(), completed: z.number(), failed: z.number() }).nullish(),
  errors: z
    .object({
      data: z
        .array(
          z.object({ code: z.string().nullish(), message: z.string().nullish(), line: z.number().nullish() }),
        )
        .nullish(),
    })
    .nullish(),
});

/** A Batch object, or a `server` CallError when the 200 carried something else. */
function readBatch(raw: unknown, apiKey: string): BatchInfo {
  const parsed = RawBatchSchema.safeParse(raw);
  if (!parsed.success)
    throw new CallError('server', redactSecret(`expected a batch object, got ${describeBody(raw)}`, apiKey));
  const b = parsed.data;
  return {
    id: b.id,
    status: b.status,
    inputFileId: b.input_file_id,
    outputFileId: b.output_file_id ?? null,
    errorFileId: b.error_file_id ?? null,
    counts: b.request_counts ?? null,
    errors: (b.errors?.data ?? []).map((e) =>
      [
        e.line === null || e.line === undefined ? '' : `line ${e.line}: `,
        e.code ?? 'error',
        e.message ? `: ${e.message}` : '',
      ].join(''),
    ),
  };
}
