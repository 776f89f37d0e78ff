import type { DryRunEstimate } from '../../run/estimate-dry-run.ts';

/** The dry run's estimate as the lines `score --dry-run` prints. */
export function formatDryRun(e: DryRunEstimate): string {
  const lines = [
    `dry run: ${e.items.total} items (${e.items.answered} answered, ${e.items.ambiguous} ambiguous, ${e.items.notAsked} not asked), ${e.calls} judge call(s)`,
  ];
  const dollars = (usd: number | null) => (usd === null ? 'unknown' : `$${usd.toFixed(4)}`);
  for (const m of e.byModel) {
    const batch = e.batchApi ? ` (${dollars(m.batchUsd)} with the Batch API)` : '';
    const usd = m.usd === null ? 'unknown price' : `$${m.usd.toFixed(4)}${batch}`;
    lines.push(
      `  ${m.model}: ${m.calls} calls, ~${m.inputTokens} input tokens, ~${m.outputTokens} output tokens, ${usd}`,
    );
  }
  if (e.tooLong > 0)
    lines.push(
      `  ${e.tooLong} call(s) not counted: the answer is longer than --max-answer-tokens ${e.maxAnswerTokens} (such items fail with that reason)`,
    );
  if (e.localCalls > 0) lines.push(`  heuristic: ${e.localCalls} local calls, $0`);
  const cost = e.batchApi
    ? `${dollars(e.totalBatchUsd)} with the Batch API (--batch-api), ${dollars(e.totalUsd)} online`
    : dollars(e.totalUsd);
  lines.push(
    `estimated cost: ${cost} (prices as of ${e.pricesAsOf}; retries and cache hits not counted)`,
    ...e.warnings.map((w) => `warning: ${w}`),
  );
  return `${lines.join('\n')}\n`;
}
