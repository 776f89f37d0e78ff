import pLimit from 'p-limit';
import type { CallRecord } from '../cache/call-record.ts';
import type { Deps } from '../deps.ts';
import type { JudgeVerdict } from '../judge/schema.ts';
import type { JudgeJob } from './plan-jobs.ts';

/** What one call cost in attempts, as reported by the judge's resilience layer. */
export type CallTrace = Pick<
  CallRecord,
  'attempts' | 'retries' | 'rateLimited' | 'timeouts' | 'repairAttempted'
> &
  Partial<Pick<CallRecord, 'errorKind' | 'responseFormat' | 'requestId'>>;

/** One attempt, no retries: a local judge's call, or a remote one whose judge kept no record. */
export const SINGLE_ATTEMPT: CallTrace = Object.freeze({
  attempts: 1,
  retries: 0,
  rateLimited: 0,
  timeouts: 0,
  repairAttempted: false,
});
const NO_TRACE: CallTrace = Object.freeze({
  attempts: 0,
  retries: 0,
  rateLimited: 0,
  timeouts: 0,
  repairAttempted: false,
});
const NO_USAGE = Object.freeze({ inputTokens: 0, cachedInputTokens: 0, outputTokens: 0 });

/** A judge as the runner drives it: one call per job, plus whether its circuit is open. */
export interface RunnableJudge {
  readonly call: (job: JudgeJob, signal: AbortSignal) => Promise<{ verdict: JudgeVerdict; trace: CallTrace }>;
  readonly circuitOpen: () => boolean;
}

/** A response cache shared across runs; only `ok` verdicts are stored. */
export interface VerdictCache {
  readonly get: (key: string) => JudgeVerdict | null;
  readonly put: (key: string, verdict: JudgeVerdict) => void;
}

export interface Progress {
  readonly done: number;
  readonly total: number;
  readonly retries: number;
  readonly spentUsd: number;
  readonly failed: number;
}

export type StopReason = 'budget_reached' | 'circuit_open' | 'interrupted';

export interface ExecuteArgs {
  readonly jobs: readonly JudgeJob[];
  /** Calls already in this run's journal (resume): never repeated. */
  readonly journal: ReadonlyMap<string, CallRecord>;
  readonly append: (record: CallRecord) => void;
  readonly cache: VerdictCache | null;
  readonly judgeOf: (job: JudgeJob) => RunnableJudge;
  readonly costOf: (record: CallRecord) => number;
  readonly concurrency: number;
  readonly budgetUsd: number | null;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: Progress) => void;
  readonly deps: Pick<Deps, 'now' | 'clock'>;
}

export interface ExecuteResult {
  /** Every call of this run (journal + new), by job key. */
  readonly records: ReadonlyMap<string, CallRecord>;
  /** Keys of jobs not run, and why. */
  readonly skipped: ReadonlyMap<string, StopReason>;
}

/**
 * Runs the judge jobs: journal first (resume), then the shared cache, then the judge. Each
 * finished call is appended to the journal before anything else, so a crash loses none. Stops
 * scheduling new calls when the budget is spent, every panel circuit is open, or on interrupt.
 */
export async function executeJobs(args: ExecuteArgs): Promise<ExecuteResult> {
  const records = new Map<string, CallRecord>();
  const skipped = new Map<string, StopReason>();
  let spent = 0;
  let retries = 0;
  let failed = 0;
  let done = 0;
  const total = args.jobs.length;
  const report = () => args.onProgress?.({ done, total, retries, spentUsd: spent, failed });
  const finish = (record: CallRecord) => {
    records.set(record.key, record);
    spent += args.costOf(record);
    retries += record.retries;
    if (record.outcome === 'failed') failed += 1;
    done += 1;
    report();
  };

  const pending: JudgeJob[] = [];
  for (const job of args.jobs) {
    const previous = args.journal.get(job.key);
    // A failed call is not complete: resume tries it again. Everything else is kept as is.
    if (previous && previous.outcome !== 'failed') finish(previous);
    else pending.push(job);
  }

  const stopReason = (): StopReason | null => {
    if (args.signal?.aborted) return 'interrupted';
    if (args.budgetUsd !== null && spent >= args.budgetUsd) return 'budget_reached';
    return null;
  };
  const limit = pLimit(args.concurrency);
  const controller = new AbortController();
  const signal = args.signal ? AbortSignal.any([args.signal, controller.signal]) : controller.signal;

  await Promise.all(
    pending.map((job) =>
      limit(async () => {
        if (args.signal?.aborted) {
          skipped.set(job.key, 'interrupted');
          return;
        }
        // A cache hit is not a call: it costs nothing and needs no endpoint, so neither the
        // budget nor an open circuit keeps an item from a response already paid for.
        const cached = job.spec.remote ? (args.cache?.get(job.key) ?? null) : null;
        if (cached !== null) {
          const record = toRecord(job, cached, NO_TRACE, 0, args.deps, true);
          args.append(record);
          finish(record);
          return;
        }
        const judge = args.judgeOf(job);
        const stop = stopReason() ?? (judge.circuitOpen() ? 'circuit_open' : null);
        if (stop !== null) {
          skipped.set(job.key, stop);
          return;
        }
        const started = args.deps.now();
        const { verdict, trace } = await judge.call(job, signal).catch((error: unknown) => {
          // A judge that throws has a bug (expected failures are verdicts). Stop the calls in
          // flight and drop the queued ones, so none keeps spending after the run has failed.
          controller.abort();
          limit.clearQueue();
          throw error;
        });
        const record = toRecord(job, verdict, trace, args.deps.now() - started, args.deps, false);
        args.append(record);
        if (verdict.outcome === 'ok' && job.spec.remote) args.cache?.put(job.key, verdict);
        finish(record);
      }),
    ),
  );
  return { records, skipped };
}

function toRecord(
  job: JudgeJob,
  verdict: JudgeVerdict,
  trace: CallTrace,
  latencyMs: number,
  deps: Pick<Deps, 'clock'>,
  cacheHit: boolean,
): CallRecord {
  const { temperature, seed } = job.spec.params;
  return {
    key: job.key,
    itemKey: job.itemKey,
    judge: verdict.judge,
    model: verdict.model,
    sample: job.sample,
    ...trace,
    latencyMs: Math.round(latencyMs),
    // A cache hit cost nothing this time: its usage was paid (and counted) by the run that made it.
    usage: cacheHit ? NO_USAGE : (verdict.usage ?? NO_USAGE),
    outcome: cacheHit ? 'cache_hit' : verdict.outcome,
    ...(verdict.outcome === 'ok' ? {} : { error: verdict.error }),
    temperature: typeof temperature === 'number' ? temperature : 0,
    seed: typeof seed === 'number' ? seed : null,
    promptVersion: job.request.prompt.version,
    flagOrder: job.request.prompt.flagOrder,
    at: deps.clock().toISOString(),
    verdict,
  };
}
