import { existsSync, readFileSync } from 'node:fs';
import type { CallRecord } from '../call-record.ts';
import { parseRecord } from '../journal.ts';

/** What `readJournal` found. */
export interface JournalContents {
  readonly records: CallRecord[];
  /** A last line cut short by a crash mid-write (ignored). */
  readonly tornTail: boolean;
  /** Complete lines that are not valid records (1-based line numbers), for a warning. */
  readonly invalid: Array<{ line: number; error: string }>;
}

/**
 * Reads a whole journal, every line in order (a test's view of the file; a run indexes it with
 * `indexJournal`). A missing file is an empty journal. Never throws on a torn or bad line.
 */
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
