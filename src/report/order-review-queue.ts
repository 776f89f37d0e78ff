/** What ordering the review queue needs of an item (full results and report rows both have it). */
export interface Queued {
  readonly key: string;
  readonly needsReview: boolean;
  readonly reviewPriority: number;
}

/**
 * The items a human must look at, most urgent first: `reviewPriority` descending, then `key`
 * ascending so the order is stable across runs. Returns a new array.
 */
export function orderReviewQueue<T extends Queued>(items: readonly T[]): T[] {
  return items.filter((item) => item.needsReview).sort(compareQueueOrder);
}

/** The queue order: negative when `a` comes before `b`. */
export function compareQueueOrder(a: Queued, b: Queued): number {
  return b.reviewPriority - a.reviewPriority || compareKeys(a.key, b.key);
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
