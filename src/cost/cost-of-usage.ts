import type { Usage } from '../judge/schema.ts';
import type { EndpointKind } from './classify-endpoint.ts';
import { batchPriceOf, findModelPrice, type PriceTable } from './price-table.ts';

/** How a call is billed: one online request, or a line of an OpenAI Batch API file. */
export type PriceTier = 'online' | 'batch';

/** A cost in USD, or null when it cannot be known, with the reason as a warning. */
export interface Cost {
  readonly usd: number | null;
  readonly warning?: string;
}

/**
 * The USD cost of `usage` on `model`. Cached input tokens are part of `inputTokens` (as OpenAI
 * reports them) and are charged at the cached rate. Local endpoints cost 0. An unknown model
 * costs null with a warning: a budget must not silently treat it as free. The `batch` tier uses
 * the model's batch prices (`batchPriceOf`).
 */
export function costOfUsage(
  usage: Usage,
  model: string,
  table: Readonly<PriceTable>,
  endpoint: EndpointKind = 'openai',
  tier: PriceTier = 'online',
): Cost {
  if (endpoint === 'local') return { usd: 0 };
  const listed = findModelPrice(table, model);
  const price = listed === undefined || tier === 'online' ? listed : batchPriceOf(listed);
  if (price === undefined) {
    return {
      usd: null,
      warning: `No price for model \`${model}\`: add it to \`prices\` in the config to track cost and budget`,
    };
  }
  const cached = Math.min(usage.cachedInputTokens, usage.inputTokens);
  const usd =
    ((usage.inputTokens - cached) * price.input +
      cached * price.cachedInput +
      usage.outputTokens * price.output) /
    1_000_000;
  return { usd };
}

/** A dry-run estimate: `inputTokens` counted from the prompts, `outputTokens` expected. */
export function estimateCost(
  estimate: { readonly model: string; readonly inputTokens: number; readonly outputTokens: number },
  table: Readonly<PriceTable>,
  endpoint: EndpointKind = 'openai',
  tier: PriceTier = 'online',
): Cost {
  const usage = {
    inputTokens: estimate.inputTokens,
    cachedInputTokens: 0,
    outputTokens: estimate.outputTokens,
  };
  return costOfUsage(usage, estimate.model, table, endpoint, tier);
}

/** Adds costs; the sum is null as soon as one part is unknown (warnings are kept, deduplicated). */
export function sumCosts(costs: readonly Cost[]): { usd: number | null; warnings: string[] } {
  let usd: number | null = 0;
  const warnings = new Set<string>();
  for (const cost of costs) {
    if (cost.warning !== undefined) warnings.add(cost.warning);
    usd = usd === null || cost.usd === null ? null : usd + cost.usd;
  }
  return { usd, warnings: [...warnings] };
}
