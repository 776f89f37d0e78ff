import pLimit from 'p-limit';
import type { CallRecord } from '../cache/call-record.ts';
import { crashed, NO_TRACE, toRecord } from './call-records.ts';
import type { ExecuteResult, RunnerArgs, StopReason } from './execute-jobs.ts';
import type { JudgeJob } from './plan-jobs.ts';

/** Judges jobs that arrive in batches (one per transcript) under one limit, budget and progress. */
export interface JobRunner {
  /** Judges one batch; resolves once each of its jobs has a record or was skipped. */
  run(jobs: readonly JudgeJob[]): Promise<ExecuteResult>;
  /** No batch will follow: progress stops saying that more calls may come. */
  finishPlanning(): void;
  /** Why calls were not made, over every batch so far. */
  stops(): ReadonlySet<StopReason>;
  /** USD spent so far (journal included). */
  spentUsd(): number;
  /** Calls handed to `run` that have not finished yet (queued or in flight). */
  unfinished(): number;
  /** Resolves when the next call finishes (or is skipped). */
  nextFinish(): Promise<void>;
}

/**
 * Each job: journal first (resume), then the shared cache, then the judge. Each finished call is
 * appended to the journal before anything else, so a crash loses none. Stops scheduling new
 * calls when the budget would be exceeded (spent + reserved for calls in flight + this call's
 * estimate), every panel circuit is open, or on interrupt. A judge that throws (a bug, or hostile
 * input it could not handle) fails that one call, with the reason; the run goes on. Batches share
 * one concurrency limit, in the order they come, so a run can read, align and plan transcripts
 * while earlier ones are being judged.
 */
export function createJobRunner(args: RunnerArgs): JobRunner {
  let spent = 0;
  let reserved = 0;
  let retries = 0;
  let failed = 0;
  let done = 0;
  let inFlight = 0;
  let total = 0;
  let planning = true;
  let unfinished = 0;
  let waiters: (() => void)[] = [];
  const settleOne = () => {
    unfinished -= 1;
    const woken = waiters;
    waiters = [];
    for (const wake of woken) wake();
  };
  let lastError: string | null = null;
  const stops = new Set<StopReason>();
  const report = () =>
    args.onProgress?.({ done, total, retries, spentUsd: spent, failed, inFlight, lastError, planning });
  const finish = (records: Map<string, CallRecord>, record: CallRecord) => {
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
  const stopReason = (estimate: number): StopReason | null => {
    if (args.signal?.aborted) return 'interrupted';
    if (args.budgetUsd !== null && (spent >= args.budgetUsd || spent + reserved + estimate > args.budgetUsd))
      return 'budget_reached';
    return null;
  };
  const limit = pLimit(args.concurrency);
  const signal = args.signal ?? new AbortController().signal;

  const runOne = async (
    job: JudgeJob,
    records: Map<string, CallRecord>,
    skipped: Map<string, StopReason>,
  ): Promise<void> => {
    const skip = (stop: StopReason) => {
      skipped.set(job.key, stop);
      stops.add(stop);
    };
    const held = args.held?.get(job.key);
    if (held !== undefined) return skip(held);
    if (args.signal?.aborted) return skip('interrupted');
    // A cache hit is not a call: it costs nothing and needs no endpoint, so neither the
    // budget nor an open circuit keeps an item from a response already paid for.
    const cached = job.spec.remote ? (args.cache?.get(job.key) ?? null) : null;
    if (cached !== null) {
      const record = toRecord(job, cached, NO_TRACE, 0, args.deps, true);
      args.append(record);
      finish(records, record);
      return;
    }
    const judge = args.judgeOf(job);
    const estimate = job.spec.remote && args.budgetUsd !== null ? (args.estimateOf?.(job) ?? 0) : 0;
    const stop = stopReason(estimate) ?? (judge.circuitOpen() ? 'circuit_open' : null);
    if (stop !== null) return skip(stop);
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
    finish(records, record);
  };

  return {
    async run(jobs) {
      const records = new Map<string, CallRecord>();
      const skipped = new Map<string, StopReason>();
      total += jobs.length;
      const pending: JudgeJob[] = [];
      for (const job of jobs) {
        const settled = args.settled?.get(job.key);
        if (settled !== undefined) {
          finish(records, settled);
          continue;
        }
        const previous = args.journal.get(job.key);
        // A call without a usable verdict (failed, or invalid after the re-ask) is not complete:
        // resume asks again. A valid verdict (or cache hit) is never asked for twice.
        if (previous && previous.outcome !== 'failed' && previous.outcome !== 'invalid')
          finish(records, previous);
        else pending.push(job);
      }
      report();
      unfinished += pending.length;
      await Promise.all(pending.map((job) => limit(() => runOne(job, records, skipped).finally(settleOne))));
      return { records, skipped };
    },
    finishPlanning() {
      planning = false;
      report();
    },
    stops: () => stops,
    spentUsd: () => spent,
    unfinished: () => unfinished,
    nextFinish: () => new Promise<void>((resolve) => waiters.push(resolve)),
  };
}
