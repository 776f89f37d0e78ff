import { toBatchLine } from '../judge/openai/batch-line.ts';
import { openBatchBook } from './batch-book.ts';
import { collectBatch } from './collect-batch.ts';
import { formatBatchProgress } from './format-batch-progress.ts';
import { planBatchFiles } from './plan-batch-files.ts';
import { type BatchEntry, isTerminal } from './schema.ts';
import type { BatchCall, BatchStageArgs, BatchStageResult, HoldReason, StageContext } from './stage.ts';
import { submitBatch } from './submit-batch.ts';
import { describeCallError, withRetries } from './with-retries.ts';

/**
 * The Batch API stage of a run, before the online calls. In order:
 * 1. forgets an upload that never reported its file id (its calls are planned again);
 * 2. with `submit`, writes the pending calls not already in a batch into JSONL files, one model per
 *    file, split at the provider's limits, within the budget at batch prices;
 * 3. uploads each file and creates its batch, recording every step in `batches.json`;
 * 4. polls the batches with backoff (a progress line on each change) and collects each one as it
 *    finishes: answered lines are settled (validated, journaled), the rest go online afterwards;
 * 5. holds back from the online path the calls of batches still running (interrupted, or the
 *    provider unreachable), so `--resume` collects them and nothing is paid for twice.
 * Batches already in flight from an earlier process are followed whether or not `submit` is set.
 */
export async function runBatches(args: BatchStageArgs): Promise<BatchStageResult> {
  const book = openBatchBook(args.store);
  const ctx: StageContext = {
    args,
    book,
    calls: new Map(args.calls.map((c) => [c.key, c])),
    settled: new Set(),
  };
  const held = new Map<string, HoldReason>();
  const problems: string[] = [];
  const hold = (keys: readonly string[], reason: HoldReason) => {
    for (const key of keys) if (ctx.calls.has(key) && !ctx.settled.has(key)) held.set(key, reason);
  };
  const position = (name: string) => {
    const all = book.entries();
    return `${all.findIndex((e) => e.name === name) + 1}/${all.length}`;
  };

  book.remove(
    book
      .entries()
      .filter((e) => e.step === 'uploading')
      .map((e) => e.name),
  );
  if (args.submit) planNewFiles(ctx, hold);

  let stop: HoldReason | null = null;
  for (const entry of book.entries().filter((e) => e.step === 'uploading' || e.step === 'uploaded')) {
    if (stop === null && args.signal.aborted) stop = 'interrupted';
    if (stop !== null) {
      hold(entry.keys, stop);
      if (entry.step === 'uploading') book.remove([entry.name]);
      continue;
    }
    const submitted = await submitBatch(entry.name, position(entry.name), ctx);
    if (!submitted.ok) {
      stop = submitted.interrupted ? 'interrupted' : 'batch_not_submitted';
      if (!submitted.interrupted) problems.push(submitted.problem);
      hold(entry.keys, stop);
    }
  }

  const followed = await followBatches(ctx, position);
  if (followed !== null) problems.push(followed);
  const unfinished = book.entries().filter((e) => e.step === 'submitted' || e.step === 'finished');
  for (const entry of unfinished) hold(entry.keys, 'batch_pending');
  return {
    settled: ctx.settled,
    held,
    problems,
    pendingBatchIds: unfinished.map((e) => e.batchId).filter((id): id is string => id !== null),
  };
}

/**
 * Adds `uploading` entries for the pending calls that are in no batch yet. With a budget, a call
 * is admitted only while what is spent, plus the estimates of calls in batches not yet collected,
 * plus its own estimate at batch prices stays within it; the others are held (`budget_reached`).
 */
function planNewFiles(ctx: StageContext, hold: (keys: readonly string[], reason: HoldReason) => void): void {
  const { args, book } = ctx;
  const inBatch = new Set(book.entries().flatMap((e) => (e.step === 'collected' ? [] : e.keys)));
  const limit = args.budget.limitUsd;
  let committed = args.budget.spentUsd;
  if (limit !== null) {
    for (const key of inBatch) committed += ctx.calls.get(key)?.estimateUsd() ?? 0;
  }
  const admitted: BatchCall[] = [];
  for (const call of args.calls) {
    if (inBatch.has(call.key)) continue;
    if (limit !== null) {
      const estimate = call.estimateUsd();
      if (committed + estimate > limit) {
        hold([call.key], 'budget_reached');
        continue;
      }
      committed += estimate;
    }
    admitted.push(call);
  }
  const lines = admitted.map((call) => ({
    key: call.key,
    judge: call.judge,
    model: call.model,
    bytes: Buffer.byteLength(toBatchLine(call.key, call.body())) + 1,
  }));
  const { files, oversized } = planBatchFiles(lines, args.limits);
  if (oversized.length > 0)
    args.notice(`${oversized.length} request(s) are larger than a whole batch file; they are sent online.`);
  let next = 1 + Math.max(0, ...book.entries().map((e) => Number(/-(\d+)\.jsonl$/.exec(e.name)?.[1] ?? 0)));
  book.add(files.map((file): BatchEntry => newBatchEntry(`${args.runName}-${next++}.jsonl`, file)));
}

/** A batch whose status and counts stay the same is still reported this often (a CI log never goes silent). */
const QUIET_PROGRESS_MS = 5 * 60_000;

/**
 * Polls every submitted batch until none is left, backing off from `poll.firstMs` to
 * `poll.maxMs`, and collects each as it finishes (and any left finished by an earlier process).
 * Returns a problem when the provider could not be reached; an interrupt just stops (the
 * batches keep running and `--resume` picks them up).
 */
async function followBatches(ctx: StageContext, position: (name: string) => string): Promise<string | null> {
  const { args, book } = ctx;
  const { deps, signal } = args;
  const shown = new Map<string, number>();
  let wait = args.poll.firstMs;
  for (;;) {
    for (const entry of book.entries().filter((e) => e.step === 'finished')) {
      const collected = await collectBatch(entry.name, position(entry.name), ctx);
      if (!collected.ok) return collected.interrupted ? null : collected.problem;
    }
    const active = book.entries().filter((e) => e.step === 'submitted');
    if (active.length === 0) return null;
    for (const entry of active) {
      const problem = await checkBatch(entry, position(entry.name), shown, ctx);
      if (problem !== undefined) return problem;
      if (book.get(entry.name).step !== 'finished') continue;
      const collected = await collectBatch(entry.name, position(entry.name), ctx);
      if (!collected.ok) return collected.interrupted ? null : collected.problem;
    }
    if (!book.entries().some((e) => e.step === 'submitted')) continue;
    const slept = await deps.sleep(wait, signal).then(
      () => true,
      () => false,
    );
    if (!slept) return null;
    wait = Math.min(args.poll.maxMs, Math.round(wait * 1.5));
  }
}

/**
 * Asks the provider about one batch and records what changed (a finished batch becomes
 * `finished`). Prints its progress line on a change, or when it has been quiet for a while.
 * Returns undefined when all went well, null when interrupted, else what went wrong.
 */
async function checkBatch(
  entry: BatchEntry,
  position: string,
  shown: Map<string, number>,
  ctx: StageContext,
): Promise<string | null | undefined> {
  const { args, book } = ctx;
  const { deps, signal } = args;
  const batchId = entry.batchId;
  if (batchId === null) throw new Error(`batch entry ${entry.name} is submitted without a batch id`);
  const checked = await withRetries(() => args.transport.retrieve(batchId, signal), args.retry, deps, signal);
  if (!checked.ok) {
    return checked.error.kind === 'aborted'
      ? null
      : `checking batch ${batchId} failed: ${describeCallError(checked.error)}`;
  }
  const info = checked.value;
  const terminal = isTerminal(info.status);
  const changed =
    info.status !== entry.status || JSON.stringify(info.counts) !== JSON.stringify(entry.counts);
  const now = deps.clock().getTime();
  const updated =
    changed || terminal
      ? book.update(entry.name, {
          status: info.status,
          counts: info.counts,
          outputFileId: info.outputFileId,
          errorFileId: info.errorFileId,
          errors: info.errors,
          ...(terminal ? { step: 'finished' as const, finishedAt: deps.clock().toISOString() } : {}),
        })
      : entry;
  if (changed || terminal || now - (shown.get(entry.name) ?? Number.NEGATIVE_INFINITY) >= QUIET_PROGRESS_MS) {
    const since = updated.submittedAt === null ? 0 : now - Date.parse(updated.submittedAt);
    args.notice(formatBatchProgress(updated, position, since));
    shown.set(entry.name, now);
  }
  return undefined;
}

/** The book entry of a batch file about to be uploaded: nothing sent yet. */
export function newBatchEntry(
  name: string,
  file: {
    readonly judge: string;
    readonly model: string;
    readonly keys: readonly string[];
    readonly bytes: number;
  },
): BatchEntry {
  return {
    name,
    judge: file.judge,
    model: file.model,
    keys: [...file.keys],
    bytes: file.bytes,
    step: 'uploading',
    inputFileId: null,
    batchId: null,
    status: null,
    counts: null,
    outputFileId: null,
    errorFileId: null,
    errors: [],
    submittedAt: null,
    finishedAt: null,
  };
}
