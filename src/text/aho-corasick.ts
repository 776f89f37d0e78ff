/** The pieces of the literal gate's Aho–Corasick automaton (see `createLiteralGate`). */

/** Lists of numbers as one array and its offsets (list k is `items[start[k] .. start[k + 1])`). */
export function flatten(lists: ReadonlyArray<readonly number[] | undefined>): {
  start: Int32Array;
  items: Int32Array;
} {
  const start = new Int32Array(lists.length + 1);
  for (let k = 0; k < lists.length; k++) start[k + 1] = (start[k] ?? 0) + (lists[k]?.length ?? 0);
  const items = new Int32Array(start[lists.length] ?? 0);
  for (let k = 0; k < lists.length; k++) items.set(lists[k] ?? [], start[k] ?? 0);
  return { start, items };
}

/** The trie's full transition table and output links, by a breadth-first walk (Aho–Corasick). */
export function automaton(
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

/**
 * The alphabet index of a character outside ASCII: none, except the two that lower-case to an
 * ASCII letter ("İ", U+0130, to "i" and a combining dot; the Kelvin sign to "k"), read as those
 * letters, as the patterns' case-blind matching may.
 */
export function outsideAscii(alphabet: Uint8Array, code: number): number {
  if (code === 0x130) return alphabet[105] ?? 0;
  if (code === 0x212a) return alphabet[107] ?? 0;
  return 0;
}
