import type { CallRecord } from '../cache/call-record.ts';
import type { Deps } from '../deps.ts';
import type { JudgeVerdict } from '../judge/schema.ts';
import type { BatchJudge } from './batch-judge.ts';
import { createJobRunner } from './create-job-runner.ts';
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
  /** Transcripts are still being read: more calls may join `total`. */
  readonly planning: boolean;
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

export interface ExecuteArgs extends RunnerArgs {
  readonly jobs: readonly JudgeJob[];
}

/** What the runner needs besides the jobs (they may come in batches: see `createJobRunner`). */
export interface RunnerArgs {
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
  /** Calls answered this run before the runner started (the Batch API stage), taken as they are. */
  readonly settled?: ReadonlyMap<string, CallRecord>;
  /** Jobs the runner must not call, and why (calls of an OpenAI batch still running). */
  readonly held?: ReadonlyMap<string, StopReason>;
  readonly concurrency: number;
  readonly budgetUsd: number | null;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: Progress) => void;
  /** Told when a judge threw (a bug): the call is recorded as failed and the run goes on. */
  readonly onJudgeError?: (job: JudgeJob, error: unknown) => void;
  readonly deps: Pick<Deps, 'now' | 'clock'>;
}

export interface ExecuteResult {
  /** Every call of these jobs (journal + new), by job key. */
  readonly records: ReadonlyMap<string, CallRecord>;
  /** Keys of jobs not run, and why. */
  readonly skipped: ReadonlyMap<string, StopReason>;
}

/**
 * Runs the judge jobs: journal first (resume), then the shared cache, then the judge (see
 * `createJobRunner`), all in one batch.
 */
export async function executeJobs(args: ExecuteArgs): Promise<ExecuteResult> {
  const runner = createJobRunner(args);
  const result = await runner.run(args.jobs);
  runner.finishPlanning();
  return result;
}
