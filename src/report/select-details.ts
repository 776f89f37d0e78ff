import type { ItemResult } from '../aggregate/schema.ts';
import { compareQueueOrder } from './order-review-queue.ts';

/**
 * How many items report.html shows in full: the first this many of the review queue (most
 * urgent first) and the first this many of the other items. Beyond that a page would run to
 * hundreds of megabytes and no browser would open it; the page says how many it leaves out, and
 * results.jsonl, results.csv and `rubricate review` have every item.
 */
export const DETAIL_LIMITS = Object.freeze({ queue: 2_000, other: 2_000 });

/** Keeps the items a report shows in full, as they come (in plan order), in bounded memory. */
export interface DetailKeeper {
  add(item: ItemResult): void;
  /** The kept items, in the order they were added. */
  items(): ItemResult[];
}

/**
 * The streaming form of `selectDetails`: the `limits.queue` most urgent review items seen so far
 * (a heap on the queue order), and the first `limits.other` others.
 */
export function createDetailKeeper(limits: { queue: number; other: number } = DETAIL_LIMITS): DetailKeeper {
  // Max-heap on queue order: the root is the least urgent kept item, the first to give way.
  const heap: Array<{ item: ItemResult; seq: number }> = [];
  const others: Array<{ item: ItemResult; seq: number }> = [];
  let seq = 0;
  const worse = (a: number, b: number) =>
    compareQueueOrder((heap[a] as { item: ItemResult }).item, (heap[b] as { item: ItemResult }).item) > 0;
  const swap = (a: number, b: number) => {
    const t = heap[a] as { item: ItemResult; seq: number };
    heap[a] = heap[b] as { item: ItemResult; seq: number };
    heap[b] = t;
  };
  const up = (start: number) => {
    for (let i = start; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (!worse(i, parent)) return;
      swap(i, parent);
      i = parent;
    }
  };
  const down = (start: number) => {
    for (let i = start; ; ) {
      const [l, r] = [2 * i + 1, 2 * i + 2];
      let top = i;
      if (l < heap.length && worse(l, top)) top = l;
      if (r < heap.length && worse(r, top)) top = r;
      if (top === i) return;
      swap(i, top);
      i = top;
    }
  };
  return {
    add(item) {
      const entry = { item, seq: seq++ };
      if (!item.needsReview) {
        if (others.length < limits.other) others.push(entry);
        return;
      }
      if (limits.queue === 0) return;
      if (heap.length < limits.queue) {
        heap.push(entry);
        up(heap.length - 1);
      } else if (compareQueueOrder(item, (heap[0] as { item: ItemResult }).item) < 0) {
        heap[0] = entry;
        down(0);
      }
    },
    items: () => [...heap, ...others].sort((a, b) => a.seq - b.seq).map((e) => e.item),
  };
}

/** The items a report shows in full (see `DETAIL_LIMITS`), in their order. */
export function selectDetails(
  items: readonly ItemResult[],
  limits: { queue: number; other: number } = DETAIL_LIMITS,
): ItemResult[] {
  const keeper = createDetailKeeper(limits);
  for (const item of items) keeper.add(item);
  return keeper.items();
}
