import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import type { ItemResult } from '../aggregate/schema.ts';
import { createRowSpool } from '../io/row-spool.ts';
import { type ItemRow, toItemRow } from '../report/item-row.ts';
import { createDetailKeeper } from '../report/select-details.ts';
import type { SummaryBuilder } from './summarize-run.ts';

/** What a run keeps of its items once results.jsonl is written. */
export interface CollectedResults {
  /** Every item as a report row, in run order: read back from disk on every pass. */
  readonly rows: Iterable<ItemRow>;
  /** The items reports show in full (see `selectDetails`), in run order. */
  readonly details: ItemResult[];
  /** Failed items that had an answer to judge (a judge failed or was never asked). */
  readonly itemsWithoutVerdict: number;
}

/** Takes each transcript's results as they are done, in any order. */
export interface ResultCollector {
  /** The items of the transcript that was read `seq`-th (0-based, counting readable ones). */
  add(seq: number, items: readonly ItemResult[]): void;
  /** Bytes of results.jsonl lines waiting for an earlier transcript to finish. */
  backlogBytes(): number;
  /** Writes what is left, flushes results.jsonl to disk and puts it in place. */
  finish(): CollectedResults;
  /** Drops the partial file (the run failed). */
  abandon(): void;
  /** Deletes the rows' scratch file once the reports are written. */
  release(): void;
}

/**
 * Streams a run's results: each transcript's lines go to results.jsonl in run order (a
 * transcript finished early waits for the ones before it), each item feeds the summary, a slim
 * report row (appended to `rowsPath`, in the same order) and, when reports show it in full, the
 * detail set. Nothing else of an item is kept in memory. results.jsonl is written under a
 * temporary name and renamed when complete, so it is never half-written.
 */
export function createResultCollector(args: {
  readonly path: string;
  /** Scratch file for the report rows (see `createRowSpool`). */
  readonly rowsPath: string;
  /** Items per transcript: every transcript has one per rubric question. */
  readonly questions: number;
  readonly summary: SummaryBuilder;
}): ResultCollector {
  const partial = `${args.path}.partial`;
  const fd = openSync(partial, 'w', 0o600);
  const waiting = new Map<number, { text: string; rows: ItemRow[] }>();
  let next = 0;
  let backlog = 0;
  const spool = createRowSpool(args.rowsPath);
  const details = createDetailKeeper();
  let itemsWithoutVerdict = 0;
  return {
    add(seq, items) {
      let text = '';
      const rows: ItemRow[] = [];
      items.forEach((item, i) => {
        const order = seq * args.questions + i;
        text += `${JSON.stringify(item)}\n`;
        rows.push(toItemRow(item));
        details.add(item, order);
        args.summary.addItem(item, order);
        if (item.status === 'failed' && item.alignment.answer.trim() !== '') itemsWithoutVerdict += 1;
      });
      waiting.set(seq, { text, rows });
      backlog += text.length;
      for (let ready = waiting.get(next); ready !== undefined; ready = waiting.get(next)) {
        writeSync(fd, ready.text);
        spool.append(ready.rows);
        waiting.delete(next);
        backlog -= ready.text.length;
        next += 1;
      }
    },
    backlogBytes: () => backlog,
    finish() {
      if (waiting.size > 0) throw new Error(`results of transcript ${next} never came`);
      fsyncSync(fd);
      closeSync(fd);
      renameSync(partial, args.path);
      return { rows: spool.finish(), details: details.items(), itemsWithoutVerdict };
    },
    abandon() {
      closeSync(fd);
      rmSync(partial, { force: true });
      spool.remove();
    },
    release: () => spool.remove(),
  };
}
