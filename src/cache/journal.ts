import {
  closeSync,
  existsSync,
  fstatSync,
  fsync,
  fsyncSync,
  ftruncateSync,
  openSync,
  readSync,
  writeSync,
} from 'node:fs';
import { type CallRecord, CallRecordSchema } from './call-record.ts';

/** An open, append-only `calls.jsonl`. */
export interface Journal {
  /**
   * Writes one record's line to the file at once (one `write(2)`): from then on it survives the
   * process being killed (SIGKILL included), since the kernel holds it. Flushing to the disk
   * itself (against power loss) is grouped: see `openJournal`.
   */
  append(record: CallRecord): void;
  /** Resolves once every line appended so far is on the disk (fsynced). */
  flush(): Promise<void>;
  /** Flushes, then closes the file. Further appends throw. */
  close(): Promise<void>;
}

/** How the journal reaches the disk; tests count the fsyncs. */
export interface JournalOptions {
  /** Flush at most this long after a line is written (default 20 ms). */
  readonly maxDelayMs?: number;
  /** Flush at once when this many lines wait (default 256). */
  readonly maxLines?: number;
  /** `fs.fsync` (the libuv thread pool, off the event loop). */
  readonly fsync?: (fd: number, done: (error: NodeJS.ErrnoException | null) => void) => void;
}

/** A record's own fields; its verdict was validated where it was made (the judge's boundary). */
const RecordFieldsSchema = CallRecordSchema.omit({ verdict: true });

/**
 * Opens (creating if needed) a journal for appending. A torn last line left by a crash is cut
 * off first; otherwise the next record would be glued onto it and both would be lost.
 *
 * Group commit: each line is written when appended (so a killed process loses no completed
 * call), and fsyncs are shared: one runs on the thread pool once `maxLines` lines wait or
 * `maxDelayMs` after the first waiting line, whichever comes first, and covers every line
 * written before it started. One fsync per call cost more CPU than the rest of a call.
 */
export function openJournal(path: string, options: JournalOptions = {}): Journal {
  if (existsSync(path)) dropTornTail(path);
  const maxDelayMs = options.maxDelayMs ?? 20;
  const maxLines = options.maxLines ?? 256;
  const syncFile = options.fsync ?? fsync;
  // Mode 600: call records name models and usage, and the journal sits with quotes of answers.
  const fd = openSync(path, 'a', 0o600);
  let open = true;
  /** Lines written but not yet covered by a started fsync. */
  let waiting = 0;
  let timer: NodeJS.Timeout | null = null;
  let syncing: Promise<void> | null = null;
  let failure: Error | null = null;

  const startSync = (): Promise<void> => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    waiting = 0;
    const run = new Promise<void>((resolve) => {
      syncFile(fd, (error) => {
        // A failed flush must not pass silently: the next append or flush reports it.
        if (error) failure ??= new Error(`could not flush ${path} to disk: ${error.message}`);
        resolve();
      });
    });
    syncing = run.then(() => {
      syncing = null;
      // Lines written while this fsync ran are not covered by it.
      if (waiting >= maxLines) void startSync();
      else if (waiting > 0) schedule();
    });
    return syncing;
  };
  const schedule = (): void => {
    if (syncing !== null || timer !== null) return;
    timer = setTimeout(() => void startSync(), maxDelayMs);
    // A pending flush alone must not keep the process alive; close() flushes what is left.
    timer.unref();
  };
  const flush = async (): Promise<void> => {
    while (syncing !== null || waiting > 0) {
      if (syncing !== null) await syncing;
      else await startSync();
    }
    if (failure !== null) throw failure;
  };

  return {
    append(record) {
      if (!open) throw new Error(`journal ${path} is closed`);
      if (failure !== null) throw failure;
      RecordFieldsSchema.parse(record);
      writeSync(fd, `${JSON.stringify(record)}\n`);
      waiting += 1;
      if (waiting >= maxLines && syncing === null) void startSync();
      else schedule();
    },
    flush,
    async close() {
      if (!open) return;
      try {
        await flush();
      } finally {
        open = false;
        closeSync(fd);
      }
    },
  };
}

/** One line of a journal, parsed and validated. */
export function parseRecord(line: string): { ok: true; record: CallRecord } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    return { ok: false, error: `not JSON: ${(error as Error).message}` };
  }
  const result = CallRecordSchema.safeParse(json);
  return result.success ? { ok: true, record: result.data } : { ok: false, error: result.error.message };
}

/** How much of the file's end is read at a time to find its last newline. */
const TAIL_CHUNK = 64 * 1024;

function dropTornTail(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    // Read back from the end only until the last newline: a journal of a big run is hundreds of
    // megabytes, its torn line a few kilobytes.
    const size = fstatSync(fd).size;
    const chunk = Buffer.alloc(TAIL_CHUNK);
    let keep = 0;
    for (let end = size; end > 0; end -= TAIL_CHUNK) {
      const start = Math.max(0, end - TAIL_CHUNK);
      const read = readSync(fd, chunk, 0, end - start, start);
      const at = chunk.subarray(0, read).lastIndexOf(0x0a);
      if (at >= 0) {
        keep = start + at + 1;
        break;
      }
    }
    if (keep === size) return;
    ftruncateSync(fd, keep);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
