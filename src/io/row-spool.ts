import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import type { ItemRow } from '../report/item-row.ts';

/** A run's report rows on disk, appended as items finish and read back for the reports. */
export interface RowSpool {
  /** Appends rows (in run order: the caller writes them as results.jsonl gets their items). */
  append(rows: readonly ItemRow[]): void;
  /**
   * Closes the file for writing; returns the rows, re-read from disk on every pass, so a report
   * can go over 110,000 rows several times while holding a few of them.
   */
  finish(): Iterable<ItemRow>;
  /** Deletes the file (the reports are written, or the run failed). */
  remove(): void;
}

/** Bytes buffered before a write: a few hundred rows. */
const WRITE_CHUNK_CHARS = 64 * 1024;

/**
 * Opens (truncates) the spool at `path`, mode 600 like everything in a run directory. It is
 * scratch, not state: a resumed run rebuilds it from the journal, so a crash needs nothing from it.
 */
export function createRowSpool(path: string): RowSpool {
  let fd: number | null = openSync(path, 'w', 0o600);
  let pending = '';
  const flush = () => {
    if (fd !== null && pending !== '') writeSync(fd, pending);
    pending = '';
  };
  return {
    append(rows) {
      if (fd === null) throw new Error('the row spool is closed');
      for (const row of rows) pending += `${JSON.stringify(row)}\n`;
      if (pending.length >= WRITE_CHUNK_CHARS) flush();
    },
    finish() {
      flush();
      if (fd !== null) closeSync(fd);
      fd = null;
      return { [Symbol.iterator]: () => readJsonLines<ItemRow>(path) };
    },
    remove() {
      if (fd !== null) closeSync(fd);
      fd = null;
      pending = '';
      rmSync(path, { force: true });
    },
  };
}

const READ_CHUNK_BYTES = 1024 * 1024;

/**
 * Each line of a JSON Lines file, parsed, read synchronously a megabyte at a time (the rows were
 * written by this process and are trusted: no schema check). Splits on the newline byte, so a
 * multi-byte character is never cut in two.
 */
export function* readJsonLines<T>(path: string): Generator<T, void, undefined> {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(READ_CHUNK_BYTES);
    let carry: Buffer = Buffer.alloc(0);
    for (;;) {
      const read = readSync(fd, buffer, 0, buffer.length, null);
      if (read === 0) break;
      const chunk =
        carry.length === 0 ? buffer.subarray(0, read) : Buffer.concat([carry, buffer.subarray(0, read)]);
      let start = 0;
      for (let end = chunk.indexOf(10, start); end !== -1; end = chunk.indexOf(10, start)) {
        if (end > start) yield JSON.parse(chunk.toString('utf8', start, end)) as T;
        start = end + 1;
      }
      // The unfinished line is copied: `buffer` is overwritten by the next read.
      carry = Buffer.from(chunk.subarray(start));
    }
    if (carry.length > 0) yield JSON.parse(carry.toString('utf8')) as T;
  } finally {
    closeSync(fd);
  }
}
