import type { ItemResult } from '../aggregate/schema.ts';
import { detailsOf, groupByTranscript, rowsOf } from './describe.ts';
import type { ItemRow } from './item-row.ts';
import { compareQueueOrder } from './order-review-queue.ts';
import type { Report } from './schema.ts';

/** How many rows pass `test`, in one pass. */
export function countRows(rows: Iterable<ItemRow>, test: (row: ItemRow) => boolean): number {
  let n = 0;
  for (const row of rows) if (test(row)) n += 1;
  return n;
}

/**
 * `groupByTranscript` for rows that may come from disk: when each transcript's rows are together
 * (a run's are: results come transcript by transcript), groups are handed out one at a time as
 * they are read, so only one is in memory; otherwise (rows put together by hand) all rows are
 * grouped in memory, as `groupByTranscript` does. One pass to check, one to group.
 */
export function* groupRowsByTranscript(rows: Iterable<ItemRow>): Generator<[string, ItemRow[]]> {
  const done = new Set<string>();
  let current: string | undefined;
  let together = true;
  for (const row of rows) {
    if (row.transcript === current) continue;
    if (current !== undefined) done.add(current);
    if (done.has(row.transcript)) {
      together = false;
      break;
    }
    current = row.transcript;
  }
  done.clear();
  if (!together) {
    yield* groupByTranscript([...rows]);
    return;
  }
  let group: ItemRow[] = [];
  for (const row of rows) {
    if (group.length > 0 && (group[0] as ItemRow).transcript !== row.transcript) {
      yield [(group[0] as ItemRow).transcript, group];
      group = [];
    }
    group.push(row);
  }
  if (group.length > 0) yield [(group[0] as ItemRow).transcript, group];
}

/** The review queue as far as a report shows it in full, and how long it is. */
export interface QueueHead {
  /** The queued items the report holds in full, most urgent first, up to the first it does not hold. */
  readonly shown: ItemResult[];
  /** Items in the whole queue. */
  readonly total: number;
}

/**
 * The head of the review queue (`orderReviewQueue` of every row) that the report's full items
 * cover, in one pass over the rows and without sorting them: the queued full items in queue
 * order, cut at the most urgent queued row that has no full item.
 */
export function findQueueHead(report: Report): QueueHead {
  const details = detailsOf(report);
  const present = new Set<string>();
  let firstMissing: ItemRow | undefined;
  let total = 0;
  for (const row of rowsOf(report)) {
    if (!row.needsReview) continue;
    total += 1;
    if (details.has(row.key)) present.add(row.key);
    else if (firstMissing === undefined || compareQueueOrder(row, firstMissing) < 0) firstMissing = row;
  }
  const shown = report.items
    .filter((item) => item.needsReview && present.has(item.key))
    .sort(compareQueueOrder)
    .filter((item) => firstMissing === undefined || compareQueueOrder(item, firstMissing) < 0);
  return { shown, total };
}
