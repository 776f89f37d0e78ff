import { estimateCost, sumCosts } from '../../cost/cost-of-usage.ts';
import { createTokenCounter, expectedOutputTokens } from '../../cost/count-tokens.ts';
import { DEFAULT_PRICE_TABLE, DEFAULT_PRICES_AS_OF, mergePriceTables } from '../../cost/price-table.ts';
import type { PlannedItem } from '../../run/plan-items.ts';
import type { JudgeJob } from '../../run/plan-jobs.ts';
import type { CliIo } from '../cli-io.ts';
import type { Config } from '../config/schema.ts';
import { type BuiltJudges, endpointOf } from './build-judges.ts';

/** `--dry-run`: what the run would do and cost, from the real prompts and tokenizer; calls nothing. */
export function printDryRun(args: {
  jobs: readonly JudgeJob[];
  items: readonly PlannedItem[];
  judges: BuiltJudges;
  config: Config;
  io: CliIo;
}): void {
  const { jobs, items, config, io } = args;
  const prices = mergePriceTables(DEFAULT_PRICE_TABLE, config.prices);
  const countTokens = createTokenCounter();
  const byModel = new Map<string, { calls: number; input: number; output: number }>();
  let tooLong = 0;
  for (const job of jobs.filter((j) => j.spec.remote)) {
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
    const flags = job.request.question.greenFlags.length + job.request.question.redFlags.length;
    entry.calls += 1;
    entry.input += countTokens(job.request.prompt.messages, model);
    entry.output += expectedOutputTokens(flags);
    byModel.set(model, entry);
  }
  const statuses = (s: string) => items.filter((i) => i.slot.status === s).length;
  const lines = [
    `dry run: ${items.length} items (${statuses('answered')} answered, ${statuses('ambiguous')} ambiguous, ${statuses('not_asked')} not asked), ${jobs.length} judge call(s)`,
  ];
  const costs = [...byModel].map(([model, e]) => {
    const cost = estimateCost(
      { model, inputTokens: e.input, outputTokens: e.output },
      prices,
      endpointOf(config, model),
    );
    const usd = cost.usd === null ? 'unknown price' : `$${cost.usd.toFixed(4)}`;
    lines.push(`  ${model}: ${e.calls} calls, ~${e.input} input tokens, ~${e.output} output tokens, ${usd}`);
    return cost;
  });
  if (tooLong > 0)
    lines.push(
      `  ${tooLong} call(s) not counted: the answer is longer than --max-answer-tokens ${config.maxAnswerTokens} (such items fail with that reason)`,
    );
  const local = jobs.filter((j) => !j.spec.remote).length;
  if (local > 0) lines.push(`  heuristic: ${local} local calls, $0`);
  const total = sumCosts(costs);
  lines.push(
    `estimated cost: ${total.usd === null ? 'unknown' : `$${total.usd.toFixed(4)}`} (prices as of ${DEFAULT_PRICES_AS_OF}; retries and cache hits not counted)`,
    ...total.warnings.map((w) => `warning: ${w}`),
  );
  io.stdout(`${lines.join('\n')}\n`);
}
