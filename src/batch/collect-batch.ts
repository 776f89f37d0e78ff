import pLimit from 'p-limit';
import { readBatchLine } from '../judge/openai/batch-line.ts';
import type { StageContext } from './stage.ts';
import { describeCallError, withRetries } from './with-retries.ts';

/** The outcome of collecting one finished batch. */
export type Collected =
  | {
      readonly ok: true;
      /** Pending keys the batch did not answer (error lines, expired, missing): retried online. */
      readonly unanswered: readonly string[];
    }
  | { readonly ok: false; readonly problem: string; readonly interrupted: boolean };

/**
 * Downloads a finished batch's output and error files and settles every answered line (its reply
 * is validated like an online one, with one online repair re-ask when invalid). Lines the batch did
 * not answer (a request error, `batch_expired`, a batch that failed or was cancelled) are left to
 * the online path. Only keys still pending are settled, each once, so collecting again after a
 * crash mid-collection repeats nothing already in the journal. Marks the entry `collected` at the
 * end. A bad line is one warning, never the end of the run.
 */
export async function collectBatch(name: string, position: string, ctx: StageContext): Promise<Collected> {
  const { args, book, calls, settled } = ctx;
  const { transport, signal, deps } = args;
  const entry = book.get(name);
  const expected = new Set(entry.keys.filter((key) => calls.has(key) && !settled.has(key)));
  const texts: string[] = [];
  for (const fileId of [entry.outputFileId, entry.errorFileId]) {
    if (fileId === null) continue;
    const downloaded = await withRetries(() => transport.download(fileId, signal), args.retry, deps, signal);
    if (!downloaded.ok) {
      return {
        ok: false,
        problem: `downloading ${fileId} of batch ${entry.batchId} failed: ${describeCallError(downloaded.error)}`,
        interrupted: downloaded.error.kind === 'aborted',
      };
    }
    texts.push(downloaded.value);
  }

  const limit = pLimit(Math.max(1, args.concurrency));
  const settling: Array<Promise<void>> = [];
  const errors: string[] = [];
  let bad = 0;
  for (const text of texts) {
    for (const [index, line] of text.split('\n').entries()) {
      if (line.trim() === '') continue;
      const read = readBatchLine(line);
      if (read.kind === 'unreadable') {
        bad += 1;
        deps.logger.warn(
          { batch: entry.batchId, line: index + 1 },
          `unreadable batch result line: ${read.error}`,
        );
        continue;
      }
      // Unknown ids, ids already settled (an earlier collection), repeated lines: nothing to do.
      if (!expected.delete(read.customId)) continue;
      if (read.kind === 'error') {
        errors.push(read.customId);
        deps.logger.warn({ batch: entry.batchId, key: read.customId, code: read.code }, read.message);
        continue;
      }
      const key = read.customId;
      settling.push(
        limit(async () => {
          await args.settle(key, read.result, entry);
          settled.add(key);
        }),
      );
    }
  }
  await Promise.all(settling);
  const unanswered = [...errors, ...expected];
  book.update(name, { step: 'collected' });
  const parts = [`${settling.length.toLocaleString('en-US')} answered`];
  if (unanswered.length > 0)
    parts.push(`${unanswered.length.toLocaleString('en-US')} not answered, retried online`);
  if (bad > 0) parts.push(`${bad} unreadable line(s) ignored (see run.log)`);
  const why = entry.errors.length > 0 ? ` (${entry.errors.slice(0, 2).join('; ')})` : '';
  args.notice(
    `batch ${position} ${entry.batchId ?? name} ${entry.status ?? 'finished'}${why}: ${parts.join(', ')}`,
  );
  return { ok: true, unanswered };
}
