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
 * combining accent is "e" to a RegExp). The walk from each position is bounded by the longest
 * literal, so the work is linear in the text.
 */
export function createLiteralGate(patterns: readonly RegExp[]): (text: string) => GateResult {
  let built: Built | undefined;
  return (text) => {
    built ??= build(patterns);
    return scan(built, text);
  };
}

interface Built {
  /** Trie transitions: node × alphabet → node (0 = none). */
  readonly next: Int32Array;
  /** Alphabet index of each ASCII code (0 = not in any literal). */
  readonly alphabet: Uint8Array;
  readonly width: number;
  /** Per node, the literal ids ending there. */
  readonly ends: ReadonlyArray<readonly number[] | undefined>;
  /** Per pattern, its literal ids, or null when it must always run. */
  readonly literalsOf: ReadonlyMap<RegExp, readonly number[] | null>;
  readonly literalCount: number;
  readonly longest: number;
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
  let longest = 0;
  for (const [literal, id] of ids) {
    longest = Math.max(longest, literal.length);
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
  const next = new Int32Array(children.length * width);
  children.forEach((row, node) => {
    row.forEach((child, symbol) => {
      next[node * width + symbol] = child;
    });
  });
  return { next, alphabet, width, ends, literalsOf, literalCount: ids.size, longest };
}

function scan(built: Built, text: string): GateResult {
  const { next, alphabet, width, ends, literalsOf } = built;
  const lower = text.toLowerCase();
  const seen = new Uint8Array(built.literalCount);
  const n = lower.length;
  for (let start = 0; start < n; start++) {
    let node = 0;
    for (let i = start; i < n && i - start < built.longest; i++) {
      const code = lower.charCodeAt(i);
      const symbol = code < 128 ? (alphabet[code] ?? 0) : 0;
      if (symbol === 0) break;
      node = next[node * width + symbol] ?? 0;
      if (node === 0) break;
      const here = ends[node];
      if (here !== undefined) for (const id of here) seen[id] = 1;
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
