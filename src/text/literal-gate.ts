import { automaton, flatten, outsideAscii } from './aho-corasick.ts';
import { requiredLiteralSets } from './literal-table.ts';
import { WORD_START } from './required-literals.ts';
import { pairIndex, trieLiterals, WORD_CODES, wordCode } from './word-starts.ts';

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
 * A prefilter for many patterns run over the same text: each pattern's sets of required literals
 * (`requiredLiteralSets`) go into one trie, and one walk of the lower-cased text finds which
 * literals occur, so a pattern with a set none of whose literals occur is skipped without being
 * run. A pattern with no required literals is always run. Building parses every pattern, so a gate is
 * built once (lazily, on first use: `patterns` may be a function, so that even the list is made
 * only then) and reused for every text.
 *
 * Hand-written rather than an Aho–Corasick package: the one kept on npm matches by grapheme
 * cluster, and a prefilter must see exactly the UTF-16 text the patterns see ("e" followed by a
 * combining accent is "e" to a RegExp). The trie is an Aho–Corasick automaton: one transition
 * per character of the text, linear whatever the literals.
 */
export function createLiteralGate(
  patterns: readonly RegExp[] | (() => readonly RegExp[]),
): (text: string) => GateResult {
  let built: Built | undefined;
  return (text) => {
    built ??= build(typeof patterns === 'function' ? patterns() : patterns);
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
  /**
   * Per node, the first node of its suffix chain (itself included) where literals end, 0 = none:
   * the walk reads one number per character and follows a chain only where a literal ends.
   */
  readonly firstOutput: Int32Array;
  /** Per node, the next node on its suffix chain where literals end (0 = none). */
  readonly outputLink: Int32Array;
  /** The literal ids ending at node n: `endIds[endStart[n] .. endStart[n + 1])`. */
  readonly endStart: Int32Array;
  readonly endIds: Int32Array;
  /**
   * The literal sets (slots) holding literal l: `slotIds[slotStart[l] .. slotStart[l + 1])`. A
   * slot is one required set of one pattern.
   */
  readonly slotStart: Int32Array;
  readonly slotIds: Int32Array;
  /** Each slot's pattern position. */
  readonly slotPattern: Int32Array;
  /**
   * Two-letter words a literal must begin ("\u0001ai": "ai", "AIs", not "said"): by the pair's
   * `pairIndex`, the literal's id + 1 (0: none). Null when no literal is one.
   */
  readonly wordStarts: Int32Array | null;
  /** Each pattern's position in the gate's list. */
  readonly indexOf: ReadonlyMap<RegExp, number>;
  /** Per pattern position, how many sets must each have a literal found (0: it always runs). */
  readonly need: Int32Array;
  /** Per pattern position, 0: the count of sets found a walk starts from. */
  readonly none: readonly number[];
  /**
   * Scratch for one walk: literal l was found in the current walk when `foundIn[l]` is its
   * number (`walks[0]`). Reused, not allocated per text: a typed array beyond 64 bytes lives
   * outside the heap and cost microseconds to allocate, more than walking a clause. Safe
   * because a walk is synchronous and returns nothing that reads it.
   */
  readonly foundIn: Uint32Array;
  /** As `foundIn`, for slots: slot s had a literal found in the current walk. */
  readonly slotFoundIn: Uint32Array;
  readonly walks: Uint32Array;
  /** Positions (−1: not in the gate) of every list given to `runnable`, found on first use. */
  readonly positionsOf: WeakMap<readonly RegExp[], Int32Array>;
}

function build(patterns: readonly RegExp[]): Built {
  const ids = new Map<string, number>();
  const indexOf = new Map<RegExp, number>();
  const slotsOf: number[][] = [];
  const slotPattern: number[] = [];
  const need: number[] = [];
  for (const pattern of patterns) {
    if (indexOf.has(pattern)) continue;
    const position = indexOf.size;
    indexOf.set(pattern, position);
    const sets = requiredLiteralSets(pattern) ?? [];
    need.push(sets.length);
    for (const literals of sets) {
      const slot = slotPattern.length;
      slotPattern.push(position);
      for (const literal of literals) {
        let id = ids.get(literal);
        if (id === undefined) {
          id = ids.size;
          ids.set(literal, id);
          slotsOf.push([]);
        }
        slotsOf[id]?.push(slot);
      }
    }
  }
  let wordStarts: Int32Array | null = null;
  for (const [literal, id] of ids) {
    if (!literal.startsWith(WORD_START)) continue;
    wordStarts ??= new Int32Array(WORD_CODES * WORD_CODES);
    wordStarts[pairIndex(literal.charCodeAt(1), literal.charCodeAt(2))] = id + 1;
  }
  const alphabet = new Uint8Array(128);
  let width = 1;
  for (const literal of trieLiterals(ids.keys()))
    for (let i = 0; i < literal.length; i++) {
      const code = literal.charCodeAt(i);
      if (alphabet[code] === 0) alphabet[code] = width++;
    }
  // Upper case walks as lower case: the text is not lower-cased first (a copy per scan).
  for (let code = 65; code <= 90; code++) alphabet[code] = alphabet[code + 32] ?? 0;
  const children: number[][] = [[]];
  const ends: (number[] | undefined)[] = [undefined];
  for (const [literal, id] of ids) {
    if (literal.startsWith(WORD_START)) continue;
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
  const firstOutput = new Int32Array(children.length);
  for (let node = 1; node < children.length; node++)
    firstOutput[node] = ends[node] !== undefined ? node : (outputLink[node] ?? 0);
  const ends_ = flatten(ends);
  const slots = flatten(slotsOf);
  return {
    next,
    alphabet,
    width,
    firstOutput,
    outputLink,
    endStart: ends_.start,
    endIds: ends_.items,
    slotStart: slots.start,
    slotIds: slots.items,
    slotPattern: Int32Array.from(slotPattern),
    wordStarts,
    indexOf,
    need: Int32Array.from(need),
    none: new Array<number>(need.length).fill(0),
    foundIn: new Uint32Array(ids.size),
    slotFoundIn: new Uint32Array(slotPattern.length),
    walks: new Uint32Array(1),
    positionsOf: new WeakMap(),
  };
}

function scan(built: Built, text: string): GateResult {
  const {
    next,
    alphabet,
    width,
    firstOutput,
    outputLink,
    endStart,
    endIds,
    slotStart,
    slotIds,
    slotPattern,
  } = built;
  // Which patterns may match: those each of whose sets has a literal found (per pattern, the
  // sets found so far, counted when a set's first literal is found). A plain array: see `foundIn`.
  const found = built.none.slice();
  const { foundIn, slotFoundIn, walks, need } = built;
  // Walk numbers wrap to 0 after 2³² − 1 walks (a Uint32Array): then the scratch is cleared once.
  walks[0] = (walks[0] ?? 0) + 1;
  if (walks[0] === 0) {
    foundIn.fill(0);
    slotFoundIn.fill(0);
    walks[0] = 1;
  }
  const stamp = walks[0] ?? 1;
  const mark = (id: number) => {
    if (foundIn[id] === stamp) return;
    foundIn[id] = stamp;
    for (let k = slotStart[id] ?? 0, to = slotStart[id + 1] ?? 0; k < to; k++) {
      const slot = slotIds[k] ?? 0;
      if (slotFoundIn[slot] === stamp) continue;
      slotFoundIn[slot] = stamp;
      const position = slotPattern[slot] ?? 0;
      found[position] = (found[position] ?? 0) + 1;
    }
  };
  const { wordStarts } = built;
  let afterWord = false;
  let node = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (wordStarts !== null) {
      // A word starts where a word character follows anything else (as `\b` reads ASCII text).
      const word = wordCode(code);
      if (word >= 0 && !afterWord && i + 1 < text.length) {
        const next = wordCode(text.charCodeAt(i + 1));
        const id = next >= 0 ? (wordStarts[word * WORD_CODES + next] ?? 0) - 1 : -1;
        if (id >= 0) mark(id);
      }
      afterWord = code < 128 && word >= 0;
    }
    node = next[node * width + (code < 128 ? (alphabet[code] ?? 0) : outsideAscii(alphabet, code))] ?? 0;
    for (let at = firstOutput[node] ?? 0; at !== 0; at = outputLink[at] ?? 0) {
      for (let e = endStart[at] ?? 0, stop = endStart[at + 1] ?? 0; e < stop; e++) {
        mark(endIds[e] ?? 0);
      }
    }
  }
  const { indexOf } = built;
  return {
    mayMatch: (pattern) => {
      const position = indexOf.get(pattern);
      return position === undefined || (found[position] ?? 0) >= (need[position] ?? 0);
    },
    runnable: (list) => {
      const positions = positionsIn(built, list);
      let run: RegExp[] | undefined;
      for (let k = 0; k < positions.length; k++) {
        const position = positions[k] ?? -1;
        if (position >= 0 && (found[position] ?? 0) < (need[position] ?? 0)) continue;
        run ??= [];
        run.push(list[k] as RegExp);
      }
      return run ?? NONE;
    },
  };
}

function positionsIn(built: Built, list: readonly RegExp[]): Int32Array {
  let positions = built.positionsOf.get(list);
  if (positions === undefined) {
    positions = Int32Array.from(list, (pattern) => built.indexOf.get(pattern) ?? -1);
    built.positionsOf.set(list, positions);
  }
  return positions;
}
