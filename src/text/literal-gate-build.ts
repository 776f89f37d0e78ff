/** The literal gate's tables, built once per gate from its patterns (see `createLiteralGate`). */

import { automaton, flatten } from './aho-corasick.ts';
import { requiredLiteralSets } from './literal-table.ts';
import { WORD_START } from './required-literals.ts';
import { pairIndex, trieLiterals, WORD_CODES } from './word-starts.ts';

export interface Built {
  /**
   * Aho–Corasick automaton over the literals: node × alphabet → node, every transition filled
   * in (a failed match falls back along the longest suffix that is a literal's prefix), so the
   * walk reads each character once.
   */
  readonly next: Uint16Array | Int32Array;
  /** Alphabet index of each ASCII code (0 = not in any literal: the walk returns to the root). */
  readonly alphabet: Uint8Array;
  readonly width: number;
  /**
   * Per node, the first node of its suffix chain (itself included) where literals end, 0 = none:
   * the walk reads one number per character, and notes each such node once (`seen`); the chains
   * are followed after the walk.
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
  /**
   * Scratch for one walk: literal l was found in the current walk when `foundIn[l]` is its
   * number (`walks[0]`). Reused, not allocated per text: a typed array beyond 64 bytes lives
   * outside the heap and cost microseconds to allocate, more than walking a clause. Safe
   * because a walk is synchronous and returns nothing that reads it.
   */
  readonly foundIn: Uint32Array;
  /** As `foundIn`, for slots: slot s had a literal found in the current walk. */
  readonly slotFoundIn: Uint32Array;
  /** As `foundIn`, for nodes: node n's output chain was noted (or followed) in the current walk. */
  readonly seen: Uint32Array;
  /** As `foundIn`, for patterns: `setsFound[p]` is pattern p's count of sets found in the current walk. */
  readonly countedIn: Uint32Array;
  readonly setsFound: Int32Array;
  readonly walks: Uint32Array;
  /** Where each list given to `runnable` stands in the gate (see `ListPlaces`), found on first use. */
  readonly placesOf: WeakMap<readonly RegExp[], ListPlaces>;
}

/** A list's patterns' places in a gate, found once per list. */
export interface ListPlaces {
  /** Each pattern's position in the gate (−1: not in it). */
  readonly positions: Int32Array;
  /** The list's indexes of patterns that always run (no literal needed, or not in the gate). */
  readonly always: readonly number[];
  /** Per gate position, its index in the list (−1: none); null when a pattern is in the list twice. */
  readonly indexAt: Int32Array | null;
}

export function build(patterns: readonly RegExp[]): Built {
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
  const { next, outputLink, ends: nodeEnds } = automaton(children, ends, width);
  const firstOutput = new Int32Array(children.length);
  for (let node = 1; node < children.length; node++)
    firstOutput[node] = nodeEnds[node] !== undefined ? node : (outputLink[node] ?? 0);
  const ends_ = flatten(nodeEnds);
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
    foundIn: new Uint32Array(ids.size),
    slotFoundIn: new Uint32Array(slotPattern.length),
    seen: new Uint32Array(children.length),
    countedIn: new Uint32Array(need.length),
    setsFound: new Int32Array(need.length),
    walks: new Uint32Array(1),
    placesOf: new WeakMap(),
  };
}

/** Where `list`'s patterns stand in the gate (remembered per list). */
export function placesIn(built: Built, list: readonly RegExp[]): ListPlaces {
  let places = built.placesOf.get(list);
  if (places === undefined) {
    const positions = Int32Array.from(list, (pattern) => built.indexOf.get(pattern) ?? -1);
    const always: number[] = [];
    const indexAt = new Int32Array(built.need.length).fill(-1);
    let once = true;
    for (let index = 0; index < positions.length; index++) {
      const position = positions[index] ?? -1;
      if (position < 0 || (built.need[position] ?? 0) === 0) always.push(index);
      else if ((indexAt[position] ?? -1) < 0) indexAt[position] = index;
      else once = false;
    }
    places = { positions, always, indexAt: once ? indexAt : null };
    built.placesOf.set(list, places);
  }
  return places;
}
