import type { CallRecord } from './call-record.ts';

/** The `summary.json.llm` figures that come from `calls.jsonl` (cost is added by `cost/`). */
export interface CallTotals {
  /** Records that reached (or tried to reach) the endpoint, i.e. not cache hits. */
  calls: number;
  cacheHits: number;
  retries: number;
  rateLimited: number;
  timeouts: number;
  /** Calls whose outcome is `failed` (transport failures after retries, circuit open). */
  failures: number;
  /** Calls whose outcome is `invalid` (output failed validation twice). */
  invalid: number;
  inputTokens: number;
  cachedInputTokens: number;
  outputTokens: number;
}

/**
 * Sums per-call records. Pass only the records that count for this run: when resuming, the
 * latest record per key (a failed call that was later retried should not count twice as failed).
 */
export function summarizeCalls(records: readonly CallRecord[]): CallTotals {
  const totals: CallTotals = {
    calls: 0,
    cacheHits: 0,
    retries: 0,
    rateLimited: 0,
    timeouts: 0,
    failures: 0,
    invalid: 0,
    inputTokens: 0,
    cachedInputTokens: 0,
    outputTokens: 0,
  };
  for (const record of records) {
    if (record.outcome === 'cache_hit') {
      totals.cacheHits += 1;
      continue;
    }
    totals.calls += 1;
    totals.retries += record.retries;
    totals.rateLimited += record.rateLimited;
    totals.timeouts += record.timeouts;
    if (record.outcome === 'failed') totals.failures += 1;
    if (record.outcome === 'invalid') totals.invalid += 1;
    totals.inputTokens += record.usage.inputTokens;
    totals.cachedInputTokens += record.usage.cachedInputTokens;
    totals.outputTokens += record.usage.outputTokens;
  }
  return totals;
}

/**
 * The last record per key, in first-seen order: after `--resume`, a key that failed and then
 * succeeded counts once, as its final outcome.
 */
export function latestRecordPerKey(records: readonly CallRecord[]): CallRecord[] {
  const latest = new Map<string, CallRecord>();
  for (const record of records) latest.set(record.key, record);
  return [...latest.values()];
}
