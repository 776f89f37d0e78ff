import type { ReviewedItem } from './schema.ts';

/**
 * One entry per item: `earlier` (e.g. the run's existing `reviewed.jsonl`) then `later`, a later
 * entry for an item replacing an earlier one. Items keep the position of their first decision,
 * so re-applying a file does not reshuffle `reviewed.jsonl`.
 */
export function mergeReviewed(
  earlier: readonly ReviewedItem[],
  later: readonly ReviewedItem[],
): ReviewedItem[] {
  const merged = new Map<string, ReviewedItem>();
  for (const entry of [...earlier, ...later]) merged.set(entry.key, entry);
  return [...merged.values()];
}
