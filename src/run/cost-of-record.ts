import type { CallRecord } from '../cache/call-record.ts';
import type { EndpointKind } from '../cost/classify-endpoint.ts';
import { costOfUsage } from '../cost/cost-of-usage.ts';
import type { PriceTable } from '../cost/price-table.ts';
import type { Usage } from '../judge/schema.ts';

/**
 * What one call record cost in USD: its usage at the model's price, except the part a Batch API
 * line consumed (`record.batch.usage`), which is charged at batch prices; a repair re-ask sent
 * online after it is charged online. Unknown prices count as 0 (the dry run and the budget check
 * deal with them up front). Pure.
 */
export function costOfRecord(
  record: CallRecord,
  prices: Readonly<PriceTable>,
  endpoint: EndpointKind,
): number {
  const cost = (usage: Usage, tier: 'online' | 'batch') =>
    costOfUsage(usage, record.model, prices, endpoint, tier).usd ?? 0;
  if (record.batch === undefined) return cost(record.usage, 'online');
  const batch = record.batch.usage;
  const online = {
    inputTokens: Math.max(0, record.usage.inputTokens - batch.inputTokens),
    cachedInputTokens: Math.max(0, record.usage.cachedInputTokens - batch.cachedInputTokens),
    outputTokens: Math.max(0, record.usage.outputTokens - batch.outputTokens),
  };
  return cost(batch, 'batch') + cost(online, 'online');
}
