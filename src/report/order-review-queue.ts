import type { ItemResult } from '../aggregate/schema.ts';

/**
 * The items a human must look at, most urgent first: `reviewPriority` descending, then `key`
 * ascending so the order is stable across runs. Returns a new array.
 */
export function orderReviewQueue(items: readonly ItemResult[]): ItemResult[] {
  return items
    .filter((item) => item.needsReview)
    .sort((a, b) => b.reviewPriority - a.reviewPriority || compareKeys(a.key, b.key));
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
