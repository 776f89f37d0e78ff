import { closeSync, existsSync, fsyncSync, ftruncateSync, openSync, readFileSync, writeSync } from 'node:fs';
import { type CallRecord, CallRecordSchema } from './call-record.ts';

/** An open, append-only `calls.jsonl`. */
export interface Journal {
  /** Appends one record and fsyncs it, so a completed call survives SIGKILL or power loss. */
  append(record: CallRecord): void;
  close(): void;
}

/** What `readJournal` found. */
export interface JournalContents {
  readonly records: CallRecord[];
  /** A last line cut short by a crash mid-write (ignored). */
  readonly tornTail: boolean;
  /** Complete lines that are not valid records (1-based line numbers), for a warning. */
  readonly invalid: Array<{ line: number; error: string }>;
}

/**
 * Opens (creating if needed) a journal for appending. A torn last line left by a crash is cut
 * off first; otherwise the next record would be glued onto it and both would be lost.
 */
export function openJournal(path: string): Journal {
  if (existsSync(path)) dropTornTail(path);
  // Mode 600: call records name models and usage, and the journal sits with quotes of answers.
  const fd = openSync(path, 'a', 0o600);
  let open = true;
  return {
    append(record) {
      if (!open) throw new Error(`journal ${path} is closed`);
      const line = `${JSON.stringify(CallRecordSchema.parse(record))}\n`;
      writeSync(fd, line);
      fsyncSync(fd);
    },
    close() {
      if (open) closeSync(fd);
      open = false;
    },
  };
}

/** Reads a journal; a missing file is an empty journal. Never throws on a torn or bad line. */
export function readJournal(path: string): JournalContents {
  if (!existsSync(path)) return { records: [], tornTail: false, invalid: [] };
  const text = readFileSync(path, 'utf8');
  const lines = text.split('\n');
  // After the final newline split() yields '', so the last element is a torn line when non-empty.
  const tail = lines.pop() ?? '';
  const records: CallRecord[] = [];
  const invalid: Array<{ line: number; error: string }> = [];
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const parsed = parseRecord(line);
    if (parsed.ok) records.push(parsed.record);
    else invalid.push({ line: index + 1, error: parsed.error });
  });
  return { records, tornTail: tail.trim() !== '', invalid };
}

function parseRecord(line: string): { ok: true; record: CallRecord } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    return { ok: false, error: `not JSON: ${(error as Error).message}` };
  }
  const result = CallRecordSchema.safeParse(json);
  return result.success ? { ok: true, record: result.data } : { ok: false, error: result.error.message };
}

function dropTornTail(path: string): void {
  const bytes = readFileSync(path);
  if (bytes.length === 0 || bytes[bytes.length - 1] === 0x0a) return;
  const keep = bytes.lastIndexOf(0x0a) + 1;
  const fd = openSync(path, 'r+');
  try {
    ftruncateSync(fd, keep);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
