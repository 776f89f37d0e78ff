import { toBatchLine } from '../judge/openai/batch-line.ts';
import type { CallError } from '../resilience/call-error.ts';
import type { StageContext } from './stage.ts';
import { describeCallError, withRetries } from './with-retries.ts';

/** The outcome of submitting one file: its batch exists, or why not. */
export type Submitted =
  | { readonly ok: true }
  | { readonly ok: false; readonly problem: string; readonly interrupted: boolean };

/**
 * Takes one entry from `uploading` (or `uploaded`, after a crash) to `submitted`: uploads its
 * lines, then creates its batch, recording each step in `batches.json` as soon as it is done. A
 * batch is never made twice for one file: before any second attempt at `create` (a reply lost,
 * or a crash before the batch id was written), the account's recent batches are searched for one
 * made from this file, and that one is adopted.
 */
export async function submitBatch(name: string, position: string, ctx: StageContext): Promise<Submitted> {
  const { args, book } = ctx;
  const { transport, signal, deps } = args;
  let entry = book.get(name);
  const resumed = entry.step === 'uploaded';
  if (entry.step === 'uploading') {
    const content = entry.keys.map((key) => `${toBatchLine(key, bodyOf(ctx, key))}\n`).join('');
    const upload = await withRetries(
      () => transport.upload(entry.name, content, signal),
      args.retry,
      deps,
      signal,
    );
    if (!upload.ok) {
      // Nothing is known to be on the provider's side: the calls are planned again next time.
      book.remove([name]);
      return failed(`uploading ${name}`, upload.error);
    }
    entry = book.update(name, { step: 'uploaded', inputFileId: upload.value });
    deps.logger.info(
      { batchFile: name, fileId: upload.value, requests: entry.keys.length },
      'batch file uploaded',
    );
  }
  const fileId = entry.inputFileId;
  if (fileId === null) throw new Error(`batch entry ${name} is uploaded without a file id`);
  const metadata = { rubricate_run: args.runName, rubricate_file: entry.name };
  const created = await withRetries(
    async (attempt) => {
      if (resumed || attempt > 1) {
        const existing = await transport.findByInputFile(fileId, signal);
        if (existing !== null) return existing;
      }
      return transport.create(fileId, metadata, signal);
    },
    args.retry,
    deps,
    signal,
  );
  if (!created.ok) return failed(`creating the batch for ${name} (file ${fileId})`, created.error);
  const batch = created.value;
  book.update(name, {
    step: 'submitted',
    batchId: batch.id,
    status: batch.status,
    counts: batch.counts,
    submittedAt: deps.clock().toISOString(),
  });
  const mb = (entry.bytes / 1_000_000).toFixed(1);
  args.notice(
    `batch ${position}: ${entry.keys.length.toLocaleString('en-US')} requests (${mb} MB, ${entry.model}) uploaded as ${fileId}; batch ${batch.id} ${resumed ? 'found' : 'created'}`,
  );
  return { ok: true };
}

function bodyOf(ctx: StageContext, key: string): Readonly<Record<string, unknown>> {
  const call = ctx.calls.get(key);
  if (call === undefined) throw new Error(`no pending call for batch line ${key}`);
  return call.body();
}

function failed(what: string, error: CallError): Submitted {
  return {
    ok: false,
    problem: `${what} failed: ${describeCallError(error)}`,
    interrupted: error.kind === 'aborted',
  };
}
