import { requiredLiterals } from './required-literals.ts';

/** Which of a gate's patterns can match one text. */
export interface GateResult {
  /**
   * False when `pattern` (one the gate was built with) cannot match the text: running it would
   * find nothing. True for a pattern the gate does not know.
   */
  readonly mayMatch: (pattern: RegExp) => boolean;
  /**
   * The patterns of `list` that may match, in its order (`mayMatch` of each, without a lookup per
   * pattern: the list's positions in the gate are found once per list and remembered). The
   * result must not be changed; a list none of whose patterns may match gives one shared empty
   * array.
   */
  readonly runnable: (list: readonly RegExp[]) => readonly RegExp[];
}

/** A gate that lets every pattern run: for callers that have not scanned the text. */
export const OPEN_GATE: GateResult = { mayMatch: () => true, runnable: (list) => list };

const NONE: readonly RegExp[] = Object.freeze([]);

/**
 * A prefilter for many patterns run over the same text: each pattern's required literals
 * (`requiredLiterals`) go into one trie, and one walk of the lower-cased text finds which
 * literals occur, so a pattern none of whose literals occur is skipped without being run. A
 * pattern with no required literals is always run. Building parses every pattern, so a gate is
 * built once (lazily, on first use) and reused for every text.
 *
 * Hand-written rather than an Aho–Corasick package: the one kept on npm matches by grapheme
 * cluster, and a prefilter must see exactly the UTF-16 text the patterns see ("e" followed by a
 * combining accent is "e" to a RegExp). The trie is an Aho–Corasick automaton: one transition
 * per character of the text, linear whatever the literals.
 */
export function createLiteralGate(patterns: readonly RegExp[]): (text: string) => GateResult {
  let built: Built | undefined;
  return (text) => {
    built ??= build(patterns);
    return scan(built, text);
  };
}

interface Built {
  /**
   * Aho–Corasick automaton over the literals: node × alphabet → node, every transition filled
   * in (a failed match falls back along the longest suffix that is a literal's prefix), so the
   * walk reads each character once.
   */
  readonly next: Int32Array;
  /** Alphabet index of each ASCII code (0 = not in any literal: the walk returns to the root). */
  readonly alphabet: Uint8Array;
  readonly width: number;
  /** Per node, the literal ids ending there. */
  readonly ends: ReadonlyArray<readonly number[] | undefined>;
  /** Per node, the nearest node on its suffix chain where literals end (0 = none). */
  readonly outputLink: Int32Array;
  /** Each pattern's position in the gate's list. */
  readonly indexOf: ReadonlyMap<RegExp, number>;
  /** Per literal id, the positions of the patterns needing it. */
  readonly patternsOf: readonly (readonly number[])[];
  /** Per pattern position, 1 when it has no required literals (it always runs). */
  readonly always: Uint8Array;
  /** Positions (−1: not in the gate) of every list given to `runnable`, found on first use. */
  readonly positionsOf: WeakMap<readonly RegExp[], Int32Array>;
  readonly literalCount: number;
}

function build(patterns: readonly RegExp[]): Built {
  const ids = new Map<string, number>();
  const indexOf = new Map<RegExp, number>();
  const patternsOf: number[][] = [];
  const always = new Uint8Array(patterns.length);
  for (const pattern of patterns) {
    if (indexOf.has(pattern)) continue;
    const position = indexOf.size;
    indexOf.set(pattern, position);
    const literals = requiredLiterals(pattern);
    if (literals === null) always[position] = 1;
    for (const literal of literals ?? []) {
      let id = ids.get(literal);
      if (id === undefined) {
        id = ids.size;
        ids.set(literal, id);
        patternsOf.push([]);
      }
      patternsOf[id]?.push(position);
    }
  }
  const alphabet = new Uint8Array(128);
  let width = 1;
  for (const literal of ids.keys())
    for (let i = 0; i < literal.length; i++) {
      const code = literal.charCodeAt(i);
      if (alphabet[code] === 0) alphabet[code] = width++;
    }
  // Upper case walks as lower case: the text is not lower-cased first (a copy per scan).
  for (let code = 65; code <= 90; code++) alphabet[code] = alphabet[code + 32] ?? 0;
  const children: number[][] = [[]];
  const ends: (number[] | undefined)[] = [undefined];
  for (const [literal, id] of ids) {
    let node = 0;
    for (let i = 0; i < literal.length; i++) {
      const symbol = alphabet[literal.charCodeAt(i)] ?? 0;
      const row = children[node] ?? [];
      let child = row[symbol];
      if (child === undefined) {
        child = children.length;
        row[symbol] = child;
        children.push([]);
        ends.push(undefined);
      }
      node = child;
    }
    const list = ends[node] ?? [];
    list.push(id);
    ends[node] = list;
  }
  const { next, outputLink } = automaton(children, ends, width);
  return {
    next,
    alphabet,
    width,
    ends,
    outputLink,
    indexOf,
    patternsOf,
    always,
    positionsOf: new WeakMap(),
    literalCount: ids.size,
  };
}

/** The trie's full transition table and output links, by a breadth-first walk (Aho–Corasick). */
function automaton(
  children: readonly (readonly number[])[],
  ends: ReadonlyArray<readonly number[] | undefined>,
  width: number,
): { next: Int32Array; outputLink: Int32Array } {
  const next = new Int32Array(children.length * width);
  const fail = new Int32Array(children.length);
  const outputLink = new Int32Array(children.length);
  const queue: number[] = [];
  for (let symbol = 1; symbol < width; symbol++) {
    const child = children[0]?.[symbol];
    if (child === undefined) continue;
    next[symbol] = child;
    queue.push(child);
  }
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head] ?? 0;
    const back = fail[node] ?? 0;
    for (let symbol = 1; symbol < width; symbol++) {
      const child = children[node]?.[symbol];
      const fallback = next[back * width + symbol] ?? 0;
      if (child === undefined) {
        next[node * width + symbol] = fallback;
        continue;
      }
      next[node * width + symbol] = child;
      fail[child] = fallback;
      outputLink[child] = ends[fallback] !== undefined ? fallback : (outputLink[fallback] ?? 0);
      queue.push(child);
    }
  }
  return { next, outputLink };
}

function scan(built: Built, text: string): GateResult {
  const { next, alphabet, width, ends, outputLink, indexOf } = built;
  const seen = new Uint8Array(built.literalCount);
  const found: number[] = [];
  let node = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    node = next[node * width + (code < 128 ? (alphabet[code] ?? 0) : outsideAscii(alphabet, code))] ?? 0;
    for (
      let at = ends[node] === undefined ? (outputLink[node] ?? 0) : node;
      at !== 0;
      at = outputLink[at] ?? 0
    ) {
      const ids = ends[at];
      if (ids === undefined) continue;
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k] ?? 0;
        if (seen[id] === 1) continue;
        seen[id] = 1;
        found.push(id);
      }
    }
  }
  // Which patterns may match: those that always run, and those needing a literal found.
  const may = built.always.slice();
  for (const id of found) for (const position of built.patternsOf[id] ?? []) may[position] = 1;
  return {
    mayMatch: (pattern) => {
      const position = indexOf.get(pattern);
      return position === undefined || may[position] === 1;
    },
    runnable: (list) => {
      const positions = positionsIn(built, list);
      let run: RegExp[] | undefined;
      for (let k = 0; k < positions.length; k++) {
        const position = positions[k] ?? -1;
        if (position >= 0 && may[position] !== 1) continue;
        run ??= [];
        run.push(list[k] as RegExp);
      }
      return run ?? NONE;
    },
  };
}

/**
 * The alphabet index of a character outside ASCII: none, except the two that lower-case to an
 * ASCII letter ("İ", U+0130, to "i" and a combining dot; the Kelvin sign to "k"), read as those
 * letters, as the patterns' case-blind matching may.
 */
function outsideAscii(alphabet: Uint8Array, code: number): number {
  if (code === 0x130) return alphabet[105] ?? 0;
  if (code === 0x212a) return alphabet[107] ?? 0;
  return 0;
}

function positionsIn(built: Built, list: readonly RegExp[]): Int32Array {
  let positions = built.positionsOf.get(list);
  if (positions === undefined) {
    positions = Int32Array.from(list, (pattern) => built.indexOf.get(pattern) ?? -1);
    built.positionsOf.set(list, positions);
  }
  return positions;
}
