import type { ItemResult, ReviewReason } from '../aggregate/schema.ts';
import type { CallRecord } from '../cache/call-record.ts';
import type { Summary } from '../report/schema.ts';
import type { Rubric } from '../rubric/schema.ts';
import { krippendorffAlpha } from '../stats/index.ts';
import { createRatingColumns } from './rating-columns.ts';

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

/** The counters the summary needs from one `calls.jsonl` record. */
export function callStatsOf(r: CallRecord, remote: boolean): Omit<CallStats, 'costUsd'> {
  return {
    remote,
    outcome: r.outcome,
    attempts: r.attempts,
    retries: r.retries,
    repairs: Math.max(0, r.attempts - r.retries - 1),
    rateLimited: r.rateLimited,
    timeouts: r.timeouts,
    latencyMs: r.latencyMs,
    inputTokens: r.usage.inputTokens,
    cachedInputTokens: r.usage.cachedInputTokens,
    outputTokens: r.usage.outputTokens,
  };
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
  const builder = createSummaryBuilder(input);
  for (const item of input.items) builder.addItem(item);
  for (const call of input.calls) builder.addCall(call);
  return builder.build(input);
}

/** `summary.json` built as items and calls come, holding a few numbers per item, not the items. */
export interface SummaryBuilder {
  /** `order`: the item's place in the run (default: the order of the calls); the result does not depend on arrival order. */
  addItem(item: ItemResult, order?: number): void;
  addCall(call: CallStats): void;
  build(run: Pick<SummaryInput, 'status' | 'transcripts' | 'transcriptsFailed' | 'wallMs'>): Summary;
}

/** A fresh `SummaryBuilder` for a rubric (see `summarizeRun`). */
export function createSummaryBuilder(run: Pick<SummaryInput, 'rubric' | 'crossCheckJudges'>): SummaryBuilder {
  const { rubric } = run;
  const crossCheck = new Set(run.crossCheckJudges);
  const ratingKeys = Object.keys(rubric.scale.labels);
  const zero = () => Object.fromEntries(ratingKeys.map((k) => [k, 0]));
  const ratings = zero();
  const reviewReasons: Partial<Record<ReviewReason, number>> = {};
  const items = { total: 0, scored: 0, notAsked: 0, needsReview: 0, failed: 0 };
  const perQuestion = new Map(
    rubric.questions.map((q) => [q.id, { ratings: zero(), notAsked: 0, needsReview: 0, failed: 0 }]),
  );
  // Per scored item, the first verdict of each rater (judge × sample): its rating, or null.
  const raters = new Map<string, number>();
  const scored = createRatingColumns();
  const llm = { calls: 0, cacheHits: 0, retries: 0, repairs: 0, rateLimited: 0, timeouts: 0 };
  const tokens = { failures: 0, invalid: 0, inputTokens: 0, cachedInputTokens: 0, outputTokens: 0 };
  let costUsd = 0;
  const latencies: number[] = [];
  let sequence = 0;

  return {
    addItem(item, order = sequence) {
      sequence += 1;
      items.total += 1;
      const question = perQuestion.get(item.question);
      if (item.rating !== null && String(item.rating) in ratings) {
        const key = String(item.rating);
        ratings[key] = (ratings[key] ?? 0) + 1;
        if (question) question.ratings[key] = (question.ratings[key] ?? 0) + 1;
      }
      for (const reason of item.reviewReasons) reviewReasons[reason] = (reviewReasons[reason] ?? 0) + 1;
      if (item.needsReview) {
        items.needsReview += 1;
        if (question) question.needsReview += 1;
      }
      if (item.status === 'not_asked') {
        items.notAsked += 1;
        if (question) question.notAsked += 1;
      }
      if (item.status === 'failed') {
        items.failed += 1;
        if (question) question.failed += 1;
      }
      if (item.status !== 'scored') return;
      items.scored += 1;
      const row = new Map<number, number | null>();
      const seen = new Set<string>();
      for (const verdict of item.verdicts) {
        const name = `${verdict.judge}#${verdict.sample}`;
        // A rater counts once it has a usable verdict anywhere; cross-check judges never do.
        if (verdict.outcome === 'ok' && !crossCheck.has(verdict.judge) && !raters.has(name))
          raters.set(name, raters.size);
        // Each rater's first verdict on the item is its rating there (null when not usable).
        if (seen.has(name)) continue;
        seen.add(name);
        const index = raters.get(name);
        if (index !== undefined) row.set(index, verdict.outcome === 'ok' ? verdict.body.rating : null);
      }
      scored.add(order, row);
    },
    addCall(call) {
      if (call.outcome !== 'cache_hit') latencies.push(call.latencyMs);
      if (!call.remote) return;
      // A call counts once it reached the endpoint, so `calls + retries` equals the requests sent.
      if (call.outcome === 'cache_hit') llm.cacheHits += 1;
      else if (call.attempts > 0) llm.calls += 1;
      llm.retries += call.retries;
      llm.repairs += call.repairs;
      llm.rateLimited += call.rateLimited;
      llm.timeouts += call.timeouts;
      if (call.outcome === 'failed' || call.outcome === 'invalid') tokens.failures += 1;
      if (call.outcome === 'invalid') tokens.invalid += 1;
      tokens.inputTokens += call.inputTokens;
      tokens.cachedInputTokens += call.cachedInputTokens;
      tokens.outputTokens += call.outputTokens;
      costUsd += call.costUsd;
    },
    build(input) {
      latencies.sort((a, b) => a - b);
      const names = [...raters.keys()].sort();
      const matrix = scored.matrix(names.map((name) => raters.get(name) ?? -1));
      return {
        status: input.status,
        transcripts: input.transcripts,
        transcriptsFailed: input.transcriptsFailed,
        questions: rubric.questions.length,
        items: { ...items },
        ratings: { ...ratings },
        reviewReasons: { ...reviewReasons },
        judges: {
          count: names.length,
          agreement: {
            krippendorffAlphaOrdinal: names.length < 2 ? null : krippendorffAlpha(matrix, 'ordinal').value,
          },
        },
        llm: {
          ...llm,
          failures: tokens.failures,
          invalid: tokens.invalid,
          inputTokens: tokens.inputTokens,
          cachedInputTokens: tokens.cachedInputTokens,
          outputTokens: tokens.outputTokens,
          costUsd: Math.round(costUsd * 1e6) / 1e6,
        },
        timing: {
          wallMs: Math.round(input.wallMs),
          p50CallMs: percentile(latencies, 0.5),
          p95CallMs: percentile(latencies, 0.95),
        },
        perQuestion: rubric.questions.map((q) => {
          const counts = perQuestion.get(q.id) ?? { ratings: zero(), notAsked: 0, needsReview: 0, failed: 0 };
          return { question: q.id, ...counts, ratings: { ...counts.ratings } };
        }),
      };
    },
  };
}

/** Nearest-rank percentile of sorted values; null when empty. */
function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return Math.round(sorted[index] ?? 0);
}
