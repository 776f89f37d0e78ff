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
  /** `order`: the item's place in the run (default: the order of the calls). */
  add(item: ItemResult, order?: number): void;
  /** The kept items, in run order. */
  items(): ItemResult[];
}

/**
 * The streaming form of `selectDetails`: the `limits.queue` most urgent review items seen so far
 * (a heap on the queue order), and the first `limits.other` others.
 */
export function createDetailKeeper(limits: { queue: number; other: number } = DETAIL_LIMITS): DetailKeeper {
  // Max-heap on queue order: the root is the least urgent kept item, the first to give way.
  const heap: Array<{ item: ItemResult; seq: number }> = [];
  // The first `limits.other` others in run order (they may arrive out of order): a max-heap on order.
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
    add(item, order = seq) {
      seq += 1;
      const entry = { item, seq: order };
      if (!item.needsReview) {
        keepFirst(others, entry, limits.other);
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

/** Keeps the `limit` entries of lowest `seq` in `kept` (a max-heap on `seq`). */
function keepFirst<T extends { seq: number }>(kept: T[], entry: T, limit: number): void {
  if (limit === 0) return;
  const bigger = (a: number, b: number) => (kept[a] as T).seq > (kept[b] as T).seq;
  const swap = (a: number, b: number) => {
    const t = kept[a] as T;
    kept[a] = kept[b] as T;
    kept[b] = t;
  };
  if (kept.length < limit) {
    kept.push(entry);
    for (let i = kept.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (!bigger(i, parent)) break;
      swap(i, parent);
      i = parent;
    }
    return;
  }
  if (entry.seq >= (kept[0] as T).seq) return;
  kept[0] = entry;
  for (let i = 0; ; ) {
    const [l, r] = [2 * i + 1, 2 * i + 2];
    let top = i;
    if (l < kept.length && bigger(l, top)) top = l;
    if (r < kept.length && bigger(r, top)) top = r;
    if (top === i) break;
    swap(i, top);
    i = top;
  }
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
