import type { ItemResult, ReviewReason } from '../aggregate/schema.ts';
import type { Summary } from '../report/schema.ts';
import type { Rubric } from '../rubric/schema.ts';
import { krippendorffAlpha } from '../stats/index.ts';

/** The per-call facts the summary needs (a subset of a `calls.jsonl` line). */
export interface CallStats {
  readonly remote: boolean;
  readonly outcome: 'ok' | 'invalid' | 'failed' | 'cache_hit';
  /** HTTP requests made; 0 for a cache hit or a call the open circuit failed fast. */
  readonly attempts: number;
  readonly retries: number;
  /** 1 when the call's repair re-ask reached the endpoint. */
  readonly repairs: number;
  readonly rateLimited: number;
  readonly timeouts: number;
  readonly latencyMs: number;
  readonly inputTokens: number;
  readonly cachedInputTokens: number;
  readonly outputTokens: number;
  readonly costUsd: number;
}

export interface SummaryInput {
  readonly status: Summary['status'];
  readonly rubric: Rubric;
  readonly transcripts: number;
  readonly transcriptsFailed: number;
  readonly items: readonly ItemResult[];
  readonly calls: readonly CallStats[];
  /** Judges that only cross-check; not counted among the raters whose agreement is reported. */
  readonly crossCheckJudges: readonly string[];
  readonly wallMs: number;
}

/** Computes `summary.json` from a run's items and call records. Pure. */
export function summarizeRun(input: SummaryInput): Summary {
  const { items, rubric } = input;
  const ratingKeys = Object.keys(rubric.scale.labels);
  const countRatings = (list: readonly ItemResult[]) =>
    Object.fromEntries(
      ratingKeys.map((k) => [k, list.filter((i) => i.rating !== null && String(i.rating) === k).length]),
    );
  const reviewReasons: Partial<Record<ReviewReason, number>> = {};
  for (const item of items) {
    for (const reason of item.reviewReasons) reviewReasons[reason] = (reviewReasons[reason] ?? 0) + 1;
  }
  const remote = input.calls.filter((c) => c.remote);
  // A call counts once it reached the endpoint, so `calls + retries` equals the requests sent.
  const sent = remote.filter((c) => c.outcome !== 'cache_hit' && c.attempts > 0);
  const latencies = input.calls
    .filter((c) => c.outcome !== 'cache_hit')
    .map((c) => c.latencyMs)
    .sort((a, b) => a - b);
  const sum = (f: (c: CallStats) => number) => remote.reduce((s, c) => s + f(c), 0);
  const raters = judgeRaters(items, input.crossCheckJudges);

  return {
    status: input.status,
    transcripts: input.transcripts,
    transcriptsFailed: input.transcriptsFailed,
    questions: rubric.questions.length,
    items: {
      total: items.length,
      scored: items.filter((i) => i.status === 'scored').length,
      notAsked: items.filter((i) => i.status === 'not_asked').length,
      needsReview: items.filter((i) => i.needsReview).length,
      failed: items.filter((i) => i.status === 'failed').length,
    },
    ratings: countRatings(items),
    reviewReasons,
    judges: {
      count: raters.names.length,
      agreement: {
        krippendorffAlphaOrdinal:
          raters.names.length < 2 ? null : krippendorffAlpha(raters.matrix, 'ordinal').value,
      },
    },
    llm: {
      calls: sent.length,
      cacheHits: remote.filter((c) => c.outcome === 'cache_hit').length,
      retries: sum((c) => c.retries),
      repairs: sum((c) => c.repairs),
      rateLimited: sum((c) => c.rateLimited),
      timeouts: sum((c) => c.timeouts),
      failures: remote.filter((c) => c.outcome === 'failed' || c.outcome === 'invalid').length,
      invalid: remote.filter((c) => c.outcome === 'invalid').length,
      inputTokens: sum((c) => c.inputTokens),
      cachedInputTokens: sum((c) => c.cachedInputTokens),
      outputTokens: sum((c) => c.outputTokens),
      costUsd: Math.round(sum((c) => c.costUsd) * 1e6) / 1e6,
    },
    timing: {
      wallMs: Math.round(input.wallMs),
      p50CallMs: percentile(latencies, 0.5),
      p95CallMs: percentile(latencies, 0.95),
    },
    perQuestion: rubric.questions.map((q) => {
      const mine = items.filter((i) => i.question === q.id);
      return {
        question: q.id,
        ratings: countRatings(mine),
        notAsked: mine.filter((i) => i.status === 'not_asked').length,
        needsReview: mine.filter((i) => i.needsReview).length,
        failed: mine.filter((i) => i.status === 'failed').length,
      };
    }),
  };
}

/**
 * Raters (judge × sample) × scored items, with null where a rater has no usable verdict. Only
 * raters with at least one usable verdict count: the runner's placeholder for a call never made
 * (budget, breaker, interrupt) and a judge that only ever failed rated nothing.
 */
function judgeRaters(items: readonly ItemResult[], crossCheck: readonly string[]) {
  const judged = items.filter((i) => i.status === 'scored');
  const names = [
    ...new Set(
      judged.flatMap((i) =>
        i.verdicts
          .filter((v) => v.outcome === 'ok' && !crossCheck.includes(v.judge))
          .map((v) => `${v.judge}#${v.sample}`),
      ),
    ),
  ].sort();
  const matrix = names.map((name) =>
    judged.map((i) => {
      const v = i.verdicts.find((x) => `${x.judge}#${x.sample}` === name);
      return v?.outcome === 'ok' ? v.body.rating : null;
    }),
  );
  return { names, matrix };
}

/** Nearest-rank percentile of sorted values; null when empty. */
function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return Math.round(sorted[index] ?? 0);
}
