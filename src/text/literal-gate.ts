import { outsideAscii } from './aho-corasick.ts';
import { type Built, build, placesIn } from './literal-gate-build.ts';
import { WORD_CODES, wordCode } from './word-starts.ts';

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
  /** The indexes in `list` of the patterns `runnable` gives, in order. */
  readonly runnableIndexes: (list: readonly RegExp[]) => readonly number[];
}

/** A gate that lets every pattern run: for callers that have not scanned the text. */
export const OPEN_GATE: GateResult = {
  mayMatch: () => true,
  runnable: (list) => list,
  runnableIndexes: (list) => list.map((_, index) => index),
};

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

function scan(built: Built, text: string): GateResult {
  // The patterns each of whose sets has a literal found (those needing none aside), in no order:
  // all a result keeps of the walk (the counts per pattern are scratch, see `foundIn`).
  const ready: number[] = [];
  const { foundIn, slotFoundIn, countedIn, setsFound, walks, need, slotStart, slotIds, slotPattern } = built;
  // Walk numbers wrap to 0 after 2³² − 1 walks (a Uint32Array): then the scratch is cleared once.
  walks[0] = (walks[0] ?? 0) + 1;
  if (walks[0] === 0) {
    for (const scratch of [foundIn, slotFoundIn, countedIn, built.seen]) scratch.fill(0);
    walks[0] = 1;
  }
  const stamp = walks[0] ?? 1;
  // A set's first literal found counts the set for its pattern.
  const mark = (id: number) => {
    if (foundIn[id] === stamp) return;
    foundIn[id] = stamp;
    for (let k = slotStart[id] ?? 0, to = slotStart[id + 1] ?? 0; k < to; k++) {
      const slot = slotIds[k] ?? 0;
      if (slotFoundIn[slot] === stamp) continue;
      slotFoundIn[slot] = stamp;
      const position = slotPattern[slot] ?? 0;
      const sets = countedIn[position] === stamp ? (setsFound[position] ?? 0) + 1 : 1;
      countedIn[position] = stamp;
      setsFound[position] = sets;
      if (sets === need[position]) ready.push(position);
    }
  };
  const { outputLink, endStart, endIds, seen } = built;
  for (const output of walk(built, text, stamp, mark)) {
    // Each chain once: one reaching a node already noted has the rest of it followed too.
    for (let at = output; ; ) {
      for (let e = endStart[at] ?? 0, stop = endStart[at + 1] ?? 0; e < stop; e++) mark(endIds[e] ?? 0);
      at = outputLink[at] ?? 0;
      if (at === 0 || seen[at] === stamp) break;
      seen[at] = stamp;
    }
  }
  const { indexOf } = built;
  // Until the next walk of this gate the scratch counts still hold this walk's; after, `ready` is read.
  let readySet: Set<number> | undefined;
  const mayRun = (position: number): boolean => {
    if (position < 0 || need[position] === 0) return true;
    if (walks[0] === stamp)
      return countedIn[position] === stamp && (setsFound[position] ?? 0) >= (need[position] ?? 0);
    readySet ??= new Set(ready);
    return readySet.has(position);
  };
  const runnableIndexes = (list: readonly RegExp[]): readonly number[] => {
    const { positions, always, indexAt } = placesIn(built, list);
    // Few patterns may match a text (some sixty of the thousand phrase patterns): a long list's
    // are found from those, not by reading the whole list.
    if (indexAt !== null && ready.length * 8 < positions.length) {
      const picked = always.slice();
      for (const position of ready) {
        const index = indexAt[position] ?? -1;
        if (index >= 0) picked.push(index);
      }
      return picked.length > always.length ? picked.sort((a, b) => a - b) : picked;
    }
    const picked: number[] = [];
    for (let index = 0; index < positions.length; index++)
      if (mayRun(positions[index] ?? -1)) picked.push(index);
    return picked;
  };
  return {
    mayMatch: (pattern) => mayRun(indexOf.get(pattern) ?? -1),
    runnableIndexes,
    runnable: (list) => {
      const indexes = runnableIndexes(list);
      return indexes.length === 0 ? NONE : indexes.map((index) => list[index] as RegExp);
    },
  };
}

/**
 * One pass over the text: the word-start literals found are marked at once (they are few), and
 * each node where literals end is returned once, in the order first reached (`seen` notes it), for
 * its chain to be followed after the walk: following chains at every character cost more than the walk.
 */
function walk(built: Built, text: string, stamp: number, mark: (id: number) => void): number[] {
  const { next, alphabet, width, firstOutput, seen, wordStarts } = built;
  const outputs: number[] = [];
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
    const output = firstOutput[node] ?? 0;
    if (output !== 0 && seen[output] !== stamp) {
      seen[output] = stamp;
      outputs.push(output);
    }
  }
  return outputs;
}
