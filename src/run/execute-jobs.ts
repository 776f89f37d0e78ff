import pLimit from 'p-limit';
import type { CallRecord } from '../cache/call-record.ts';
import type { Deps } from '../deps.ts';
import type { JudgeVerdict } from '../judge/schema.ts';
import type { BatchJudge } from './batch-judge.ts';
import type { JudgeJob } from './plan-jobs.ts';

/** What one call cost in attempts, as reported by the judge's resilience layer. */
export type CallTrace = Pick<
  CallRecord,
  'attempts' | 'retries' | 'rateLimited' | 'timeouts' | 'repairAttempted'
> &
  Partial<Pick<CallRecord, 'errorKind' | 'responseFormat' | 'requestId' | 'batch'>>;

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
  /** The estimated cost in USD of this job's call before it is made (remote judges). */
  readonly estimateUsd?: (job: JudgeJob) => number;
  /** The last endpoint failure that was not the breaker itself (why it opened), if any. */
  readonly lastCause?: () => string | null;
  /** How the judge answers through the OpenAI Batch API (remote OpenAI judges only). */
  readonly batch?: BatchJudge;
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
  /** Calls that ended without a usable verdict (failed or invalid). */
  readonly failed: number;
  /** Calls sent and not yet finished. */
  readonly inFlight: number;
  /** The latest failure, for a status line ("connection refused by host…"). */
  readonly lastError: string | null;
}

/**
 * Why a job was not run: the budget, an open circuit, an interrupt; or (`--batch-api`) its batch
 * is still running (`batch_pending`), or could not be uploaded or created (`batch_not_submitted`).
 */
export type StopReason =
  | 'budget_reached'
  | 'circuit_open'
  | 'interrupted'
  | 'batch_pending'
  | 'batch_not_submitted';

export interface ExecuteArgs {
  readonly jobs: readonly JudgeJob[];
  /** Calls already in this run's journal (resume): never repeated. */
  readonly journal: ReadonlyMap<string, CallRecord>;
  readonly append: (record: CallRecord) => void;
  readonly cache: VerdictCache | null;
  readonly judgeOf: (job: JudgeJob) => RunnableJudge;
  readonly costOf: (record: CallRecord) => number;
  /**
   * The estimated cost of a job before it is sent (prompt tokens + expected output), reserved
   * against the budget while the call is in flight, so concurrent calls cannot overshoot it.
   */
  readonly estimateOf?: (job: JudgeJob) => number;
  readonly concurrency: number;
  readonly budgetUsd: number | null;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: Progress) => void;
  /** Told when a judge threw (a bug): the call is recorded as failed and the run goes on. */
  readonly onJudgeError?: (job: JudgeJob, error: unknown) => void;
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
 * scheduling new calls when the budget would be exceeded (spent + reserved for calls in flight +
 * this call's estimate), every panel circuit is open, or on interrupt. A judge that throws (a
 * bug, or hostile input it could not handle) fails that one call, with the reason; the run goes on.
 */
export async function executeJobs(args: ExecuteArgs): Promise<ExecuteResult> {
  const records = new Map<string, CallRecord>();
  const skipped = new Map<string, StopReason>();
  let spent = 0;
  let reserved = 0;
  let retries = 0;
  let failed = 0;
  let done = 0;
  let inFlight = 0;
  let lastError: string | null = null;
  const total = args.jobs.length;
  const report = () =>
    args.onProgress?.({ done, total, retries, spentUsd: spent, failed, inFlight, lastError });
  const finish = (record: CallRecord) => {
    records.set(record.key, record);
    spent += args.costOf(record);
    retries += record.retries;
    if (record.outcome === 'failed' || record.outcome === 'invalid') {
      failed += 1;
      lastError = record.error ?? record.outcome;
    }
    done += 1;
    report();
  };

  const pending: JudgeJob[] = [];
  for (const job of args.jobs) {
    const previous = args.journal.get(job.key);
    // A call without a usable verdict (failed, or invalid after the re-ask) is not complete:
    // resume asks again. A valid verdict (or cache hit) is never asked for twice.
    if (previous && previous.outcome !== 'failed' && previous.outcome !== 'invalid') finish(previous);
    else pending.push(job);
  }
  report();

  const stopReason = (estimate: number): StopReason | null => {
    if (args.signal?.aborted) return 'interrupted';
    if (args.budgetUsd !== null && (spent >= args.budgetUsd || spent + reserved + estimate > args.budgetUsd))
      return 'budget_reached';
    return null;
  };
  const limit = pLimit(args.concurrency);
  const signal = args.signal ?? new AbortController().signal;

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
        const estimate = job.spec.remote && args.budgetUsd !== null ? (args.estimateOf?.(job) ?? 0) : 0;
        const stop = stopReason(estimate) ?? (judge.circuitOpen() ? 'circuit_open' : null);
        if (stop !== null) {
          skipped.set(job.key, stop);
          return;
        }
        const started = args.deps.now();
        reserved += estimate;
        inFlight += 1;
        report();
        const { verdict, trace } = await judge
          .call(job, signal)
          .catch((error: unknown) => {
            args.onJudgeError?.(job, error);
            return crashed(job, error);
          })
          .finally(() => {
            reserved -= estimate;
            inFlight -= 1;
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

/**
 * What a judge that threw leaves: a failed verdict naming the error. Expected failures are
 * verdicts already; a throw is a bug or input the judge could not handle, and it costs this one
 * item, never the run (the error is in the item's review note and in calls.jsonl).
 */
export function crashed(job: JudgeJob, error: unknown): { verdict: JudgeVerdict; trace: CallTrace } {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return failedWithoutCall(job, 'internal', `internal error in the judge: ${message.slice(0, 300)}`);
}

/** A failed call that never reached an endpoint: its verdict names why, its trace counts nothing. */
export function failedWithoutCall(
  job: JudgeJob,
  errorKind: string,
  error: string,
): { verdict: JudgeVerdict; trace: CallTrace } {
  return {
    verdict: {
      judge: job.spec.judge.name,
      model: job.spec.judge.model,
      sample: job.sample,
      outcome: 'failed',
      error,
    },
    trace: { ...NO_TRACE, errorKind },
  };
}

/** The `calls.jsonl` record of one finished job (also written by the Batch API stage). */
export function toRecord(
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
