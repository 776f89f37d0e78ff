import { requiredLiterals } from './required-literals.ts';

/** Which of a gate's patterns can match one text. */
export interface GateResult {
  /**
   * False when `pattern` (one the gate was built with) cannot match the text: running it would
   * find nothing. True for a pattern the gate does not know.
   */
  readonly mayMatch: (pattern: RegExp) => boolean;
}

/** A gate that lets every pattern run: for callers that have not scanned the text. */
export const OPEN_GATE: GateResult = { mayMatch: () => true };

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
  /** Per pattern, its literal ids, or null when it must always run. */
  readonly literalsOf: ReadonlyMap<RegExp, readonly number[] | null>;
  readonly literalCount: number;
}

function build(patterns: readonly RegExp[]): Built {
  const ids = new Map<string, number>();
  const literalsOf = new Map<RegExp, readonly number[] | null>();
  for (const pattern of patterns) {
    const literals = requiredLiterals(pattern);
    literalsOf.set(
      pattern,
      literals?.map((literal) => {
        const known = ids.get(literal);
        if (known !== undefined) return known;
        ids.set(literal, ids.size);
        return ids.size - 1;
      }) ?? null,
    );
  }
  const alphabet = new Uint8Array(128);
  let width = 1;
  for (const literal of ids.keys())
    for (let i = 0; i < literal.length; i++) {
      const code = literal.charCodeAt(i);
      if (alphabet[code] === 0) alphabet[code] = width++;
    }
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
  return { next, alphabet, width, ends, outputLink, literalsOf, literalCount: ids.size };
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
  const { next, alphabet, width, ends, outputLink, literalsOf } = built;
  const lower = text.toLowerCase();
  const seen = new Uint8Array(built.literalCount);
  let node = 0;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    node = next[node * width + (code < 128 ? (alphabet[code] ?? 0) : 0)] ?? 0;
    for (
      let at = ends[node] === undefined ? (outputLink[node] ?? 0) : node;
      at !== 0;
      at = outputLink[at] ?? 0
    ) {
      for (const id of ends[at] ?? []) seen[id] = 1;
    }
  }
  return {
    mayMatch: (pattern) => {
      const literals = literalsOf.get(pattern);
      if (literals === null || literals === undefined) return true;
      for (const id of literals) if (seen[id] === 1) return true;
      return false;
    },
  };
}
