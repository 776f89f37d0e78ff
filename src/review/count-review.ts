import type { ItemResult } from '../aggregate/schema.ts';
import type { ReviewedItem } from './schema.ts';

/** `summary.json`'s `review`: items a person decided, and queued items still waiting for one. */
export interface ReviewCounts {
  readonly decided: number;
  readonly pending: number;
}

/** Counts decided items (of this run) and queued items with no decision yet. */
export function countReview(items: readonly ItemResult[], reviewed: readonly ReviewedItem[]): ReviewCounts {
  const decided = new Set(reviewed.map((entry) => entry.key));
  return {
    decided: items.filter((item) => decided.has(item.key)).length,
    pending: items.filter((item) => item.needsReview && !decided.has(item.key)).length,
  };
}
