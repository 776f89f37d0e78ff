import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import type { CallRecord } from './call-record.ts';
import { parseRecord } from './journal.ts';

/** What `indexJournal` found: the records by key, read from the disk when asked for. */
export interface JournalIndex {
  /** The last record of each key; each `get` reads its line back from the file. */
  readonly calls: ReadonlyMap<string, CallRecord>;
  /** Keys with a record that did not finish (`failed` or `invalid`). */
  readonly unfinished: ReadonlySet<string>;
  /** A last line cut short by a crash mid-write (ignored). */
  readonly tornTail: boolean;
  /** Complete lines that are not valid records (1-based line numbers), for a warning. */
  readonly invalid: Array<{ line: number; error: string }>;
}

/** How much of the journal is read at a time. */
const CHUNK = 1024 * 1024;

interface Place {
  readonly offset: number;
  readonly length: number;
}

/**
 * Indexes a run's `calls.jsonl` for `--resume` without holding it: every line is read once and
 * validated, and only its key, place in the file and whether it finished are kept (about a hundred
 * bytes a call; a resumed run of 110,000 calls held every record, hundreds of megabytes). A
 * record is read back from its place when a job asks for it. The file is append-only, so the
 * places stay valid while the run appends. A missing file is an empty journal; never throws on a
 * torn or bad line.
 */
export function indexJournal(path: string): JournalIndex {
  const places = new Map<string, Place>();
  const unfinished = new Set<string>();
  const invalid: Array<{ line: number; error: string }> = [];
  let tornTail = false;
  if (existsSync(path)) {
    const fd = openSync(path, 'r');
    try {
      let line = 0;
      let carry = Buffer.alloc(0);
      let carryStart = 0;
      const chunk = Buffer.alloc(CHUNK);
      for (let position = 0; ; ) {
        const read = readSync(fd, chunk, 0, CHUNK, position);
        if (read === 0) break;
        const data =
          carry.length > 0 ? Buffer.concat([carry, chunk.subarray(0, read)]) : chunk.subarray(0, read);
        const dataStart = carry.length > 0 ? carryStart : position;
        position += read;
        let from = 0;
        for (let end = data.indexOf(0x0a, from); end >= 0; end = data.indexOf(0x0a, from)) {
          line += 1;
          const text = data.toString('utf8', from, end);
          if (text.trim() !== '') {
            const parsed = parseRecord(text);
            if (parsed.ok) {
              const { key, outcome } = parsed.record;
              places.set(key, { offset: dataStart + from, length: end - from });
              if (outcome === 'failed' || outcome === 'invalid') unfinished.add(key);
            } else invalid.push({ line, error: parsed.error });
          }
          from = end + 1;
        }
        carry = Buffer.from(data.subarray(from));
        carryStart = dataStart + from;
      }
      tornTail = carry.toString('utf8').trim() !== '';
    } finally {
      closeSync(fd);
    }
  }
  return { calls: new DiskRecords(path, places), unfinished, tornTail, invalid };
}

/** A read-only map of records whose values are read from their places in the file. */
class DiskRecords implements ReadonlyMap<string, CallRecord> {
  readonly #path: string;
  readonly #places: ReadonlyMap<string, Place>;

  constructor(path: string, places: ReadonlyMap<string, Place>) {
    this.#path = path;
    this.#places = places;
  }

  get size(): number {
    return this.#places.size;
  }

  has(key: string): boolean {
    return this.#places.has(key);
  }

  get(key: string): CallRecord | undefined {
    const place = this.#places.get(key);
    return place === undefined ? undefined : this.#read(place);
  }

  *entries(): MapIterator<[string, CallRecord]> {
    for (const [key, place] of this.#places) yield [key, this.#read(place)];
  }

  keys(): MapIterator<string> {
    return this.#places.keys();
  }

  *values(): MapIterator<CallRecord> {
    for (const place of this.#places.values()) yield this.#read(place);
  }

  forEach(callback: (value: CallRecord, key: string, map: ReadonlyMap<string, CallRecord>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }

  [Symbol.iterator](): MapIterator<[string, CallRecord]> {
    return this.entries();
  }

  #read(place: Place): CallRecord {
    const buffer = Buffer.alloc(place.length);
    const fd = openSync(this.#path, 'r');
    try {
      readSync(fd, buffer, 0, place.length, place.offset);
    } finally {
      closeSync(fd);
    }
    const parsed = parseRecord(buffer.toString('utf8'));
    // The line was valid when indexed and the file is append-only: a change is someone else's doing.
    if (!parsed.ok) throw new Error(`${this.#path} changed under the run: ${parsed.error}`);
    return parsed.record;
  }
}
