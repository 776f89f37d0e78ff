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

/**
 * The trie's full transition table and output links, by a breadth-first walk (Aho–Corasick), with
 * the nodes renumbered in that walk's order (`ends` too). A walk over text spends most of its steps
 * near the root, so numbered first the shallow nodes' rows share a few cache lines, and a table of
 * 16-bit entries is half the memory: the table of the thousand phrase patterns' literals is
 * megabytes, and a walk cost mostly cache misses.
 */
export function automaton(
  children: readonly (readonly number[])[],
  ends: ReadonlyArray<readonly number[] | undefined>,
  width: number,
): { next: Uint16Array | Int32Array; outputLink: Int32Array; ends: (readonly number[] | undefined)[] } {
  const order = [0];
  for (let head = 0; head < order.length; head++)
    for (let symbol = 1; symbol < width; symbol++) {
      const child = children[order[head] ?? 0]?.[symbol];
      if (child !== undefined) order.push(child);
    }
  const rank = new Int32Array(children.length);
  order.forEach((old, node) => {
    rank[old] = node;
  });
  const size = children.length * width;
  const next = children.length <= 0x10000 ? new Uint16Array(size) : new Int32Array(size);
  const fail = new Int32Array(children.length);
  const outputLink = new Int32Array(children.length);
  const renumbered = order.map((old) => ends[old]);
  // In breadth-first order a node's fallback (shallower) is complete before its row is filled.
  for (let node = 0; node < order.length; node++) {
    const back = fail[node] ?? 0;
    const row = children[order[node] ?? 0];
    for (let symbol = 1; symbol < width; symbol++) {
      const old = row?.[symbol];
      const fallback = node === 0 ? 0 : (next[back * width + symbol] ?? 0);
      if (old === undefined) {
        next[node * width + symbol] = fallback;
        continue;
      }
      const child = rank[old] ?? 0;
      next[node * width + symbol] = child;
      fail[child] = fallback;
      outputLink[child] = renumbered[fallback] !== undefined ? fallback : (outputLink[fallback] ?? 0);
    }
  }
  return { next, outputLink, ends: renumbered };
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
