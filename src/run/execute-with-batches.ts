import type { BatchStore } from '../batch/batch-book.ts';
import { runBatches } from '../batch/run-batches.ts';
import type { BatchLimits, BatchTransport } from '../batch/schema.ts';
import type { BatchCall } from '../batch/stage.ts';
import type { RetrySettings } from '../batch/with-retries.ts';
import type { CallRecord } from '../cache/call-record.ts';
import type { Deps } from '../deps.ts';
import { crashed, toRecord } from './call-records.ts';
import type { RunnerArgs, StopReason } from './execute-jobs.ts';
import type { JudgeJob } from './plan-jobs.ts';

/** How this run uses the Batch API (see `setupBatches`). */
export interface BatchSetup {
  readonly transport: BatchTransport;
  readonly store: BatchStore;
  /** `--batch-api`: make new batches (batches in flight are collected either way). */
  readonly submit: boolean;
  readonly runName: string;
  readonly limits: BatchLimits;
  readonly poll: { readonly firstMs: number; readonly maxMs: number };
  readonly retry: RetrySettings;
  readonly notice: (message: string) => void;
}

/** What the run learns from its batches, besides the call records. */
export interface BatchOutcome {
  readonly problems: readonly string[];
  readonly pendingBatchIds: readonly string[];
}

/** What the batch stage leaves for the online runner. */
export interface BatchStageResult {
  /** Calls the batches answered (already in the journal), by job key. */
  readonly answered: ReadonlyMap<string, CallRecord>;
  /** Calls the online runner must not make: their batch is still running (or was not submitted). */
  readonly held: ReadonlyMap<string, StopReason>;
  readonly batch: BatchOutcome;
}

/**
 * The Batch API stage of a run, before the online calls. It takes exactly the calls the online
 * path would make (remote jobs with no finished journal record and no cache hit, and not refused
 * for length); what it answers is journaled like an online call; lines it could not answer
 * (errors, expired, a failed batch) are left to the online runner, with its retries, limits,
 * breaker and budget; calls of batches still running are held back (`batch_pending`) for
 * `--resume`.
 */
export async function runBatchStage(
  args: Omit<RunnerArgs, 'deps' | 'held'> & {
    readonly jobs: Iterable<JudgeJob>;
    readonly deps: Pick<Deps, 'now' | 'clock' | 'sleep' | 'random' | 'logger'>;
  },
  setup: BatchSetup,
): Promise<BatchStageResult> {
  const finished = (key: string) => {
    const previous = args.journal.get(key);
    return previous !== undefined && previous.outcome !== 'failed' && previous.outcome !== 'invalid';
  };
  const jobs = new Map<string, JudgeJob>();
  const calls: BatchCall[] = [];
  for (const job of args.jobs) {
    const judge = job.spec.remote ? args.judgeOf(job).batch : undefined;
    if (judge === undefined || jobs.has(job.key) || finished(job.key)) continue;
    // A cache hit costs nothing online; the online path records it.
    if (judge.refuses(job) || (args.cache?.get(job.key) ?? null) !== null) continue;
    jobs.set(job.key, job);
    calls.push({
      key: job.key,
      judge: job.spec.judge.name,
      model: job.spec.judge.model,
      body: () => judge.body(job),
      estimateUsd: () => judge.estimateUsd(job),
    });
  }
  const spentUsd = [...args.journal.values()]
    .filter((r) => finished(r.key))
    .reduce((sum, r) => sum + args.costOf(r), 0);

  const answered = new Map<string, CallRecord>();
  const stage = await runBatches({
    calls,
    submit: setup.submit,
    runName: setup.runName,
    limits: setup.limits,
    poll: setup.poll,
    retry: setup.retry,
    concurrency: args.concurrency,
    budget: { limitUsd: args.budgetUsd, spentUsd },
    transport: setup.transport,
    store: setup.store,
    notice: setup.notice,
    signal: args.signal ?? new AbortController().signal,
    deps: args.deps,
    settle: async (key, reply, entry) => {
      const job = jobs.get(key);
      const judge = job === undefined ? undefined : args.judgeOf(job).batch;
      if (job === undefined || judge === undefined) throw new Error(`no batch job for ${key}`);
      const { verdict, trace } = await judge.settle(job, reply).catch((error: unknown) => {
        args.onJudgeError?.(job, error);
        return crashed(job, error);
      });
      // How long the result took to come back: from the batch's creation to its collection.
      const since =
        entry.submittedAt === null ? 0 : args.deps.clock().getTime() - Date.parse(entry.submittedAt);
      const batch = { id: entry.batchId ?? entry.name, usage: reply.usage };
      const record = toRecord(job, verdict, { ...trace, batch }, Math.max(0, since), args.deps, false);
      args.append(record);
      answered.set(key, record);
      if (verdict.outcome === 'ok') args.cache?.put(key, verdict);
    },
  });

  return {
    answered,
    held: stage.held,
    batch: { problems: stage.problems, pendingBatchIds: stage.pendingBatchIds },
  };
}
