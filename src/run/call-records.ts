import type { CallRecord } from '../cache/call-record.ts';
import type { Deps } from '../deps.ts';
import type { JudgeVerdict } from '../judge/schema.ts';
import type { CallTrace } from './execute-jobs.ts';
import type { JudgeJob } from './plan-jobs.ts';

/** No attempt at all: a cache hit, or a call that never reached an endpoint. */
export const NO_TRACE: CallTrace = Object.freeze({
  attempts: 0,
  retries: 0,
  rateLimited: 0,
  timeouts: 0,
  repairAttempted: false,
});
const NO_USAGE = Object.freeze({ inputTokens: 0, cachedInputTokens: 0, outputTokens: 0 });

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

/** The `calls.jsonl` record of one finished job (online, cached, or from the Batch API). */
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
