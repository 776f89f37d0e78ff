import type { Config } from '../config/schema.ts';
import { estimateCost, sumCosts } from '../cost/cost-of-usage.ts';
import { createTokenCounter, expectedOutputTokens } from '../cost/count-tokens.ts';
import { DEFAULT_PRICE_TABLE, DEFAULT_PRICES_AS_OF, mergePriceTables } from '../cost/price-table.ts';
import { endpointOf } from './build-judges.ts';
import type { PlannedItem } from './plan-items.ts';
import type { JudgeJob } from './plan-jobs.ts';

/** What `--dry-run` found: the items, the calls a run would make and what they would cost. */
export interface DryRunEstimate {
  readonly items: {
    readonly total: number;
    readonly answered: number;
    readonly ambiguous: number;
    readonly notAsked: number;
  };
  readonly calls: number;
  readonly byModel: ReadonlyArray<{
    readonly model: string;
    readonly calls: number;
    readonly inputTokens: number;
    readonly outputTokens: number;
    /** null when the model has no price. */
    readonly usd: number | null;
    /** The same calls at Batch API prices (null without a price). */
    readonly batchUsd: number | null;
  }>;
  /** Calls to the offline judge (free). */
  readonly localCalls: number;
  /** Remote calls not counted: their answer is over `--max-answer-tokens`. */
  readonly tooLong: number;
  readonly maxAnswerTokens: number;
  readonly totalUsd: number | null;
  /** The total at Batch API prices: what `--batch-api` would cost. */
  readonly totalBatchUsd: number | null;
  /** Whether the run would use the Batch API (`--batch-api`). */
  readonly batchApi: boolean;
  readonly pricesAsOf: string;
  readonly warnings: readonly string[];
}

/** `--dry-run`: what the run would do and cost, from the real prompts and tokenizer; calls nothing. */
export function estimateDryRun(args: {
  jobs: readonly JudgeJob[];
  items: readonly PlannedItem[];
  config: Config;
}): DryRunEstimate {
  const estimator = createDryRunEstimator(args.config);
  estimator.add(args.jobs, args.items);
  return estimator.result();
}

/** `estimateDryRun` a transcript at a time: counts and token sums, not the jobs themselves. */
export function createDryRunEstimator(config: Config): {
  add(jobs: readonly JudgeJob[], items: readonly PlannedItem[]): void;
  result(): DryRunEstimate;
} {
  const prices = mergePriceTables(DEFAULT_PRICE_TABLE, config.prices);
  const countTokens = createTokenCounter();
  const byModel = new Map<string, { calls: number; input: number; output: number }>();
  const items = { total: 0, answered: 0, ambiguous: 0, notAsked: 0 };
  let tooLong = 0;
  let calls = 0;
  let localCalls = 0;
  return {
    add(jobs, planned) {
      calls += jobs.length;
      for (const item of planned) {
        items.total += 1;
        if (item.slot.status === 'answered') items.answered += 1;
        else if (item.slot.status === 'ambiguous') items.ambiguous += 1;
        else if (item.slot.status === 'not_asked') items.notAsked += 1;
      }
      for (const job of jobs) {
        if (!job.spec.remote) {
          localCalls += 1;
          continue;
        }
        const model = job.spec.judge.model;
        const answer = job.request.answer;
        if (
          answer.length > config.maxAnswerTokens &&
          countTokens([{ role: 'user', content: answer }], model) > config.maxAnswerTokens
        ) {
          tooLong += 1;
          continue;
        }
        const entry = byModel.get(model) ?? { calls: 0, input: 0, output: 0 };
        entry.calls += 1;
        entry.input += countTokens(job.request.prompt.messages, model);
        entry.output += expectedOutputTokens(job.request.format.flagIds.length);
        byModel.set(model, entry);
      }
    },
    result() {
      const models = [...byModel].map(([model, e]) => {
        const tokens = { model, inputTokens: e.input, outputTokens: e.output };
        const cost = estimateCost(tokens, prices, endpointOf(config, model));
        const batch = estimateCost(tokens, prices, endpointOf(config, model), 'batch');
        return { model, calls: e.calls, inputTokens: e.input, outputTokens: e.output, cost, batch };
      });
      const total = sumCosts(models.map((m) => m.cost));
      const totalBatch = sumCosts(models.map((m) => m.batch));
      return {
        items: { ...items },
        calls,
        byModel: models.map(({ cost, batch, ...m }) => ({ ...m, usd: cost.usd, batchUsd: batch.usd })),
        localCalls,
        tooLong,
        maxAnswerTokens: config.maxAnswerTokens,
        totalUsd: total.usd,
        totalBatchUsd: totalBatch.usd,
        batchApi: config.batchApi,
        pricesAsOf: DEFAULT_PRICES_AS_OF,
        warnings: total.warnings,
      };
    },
  };
}
