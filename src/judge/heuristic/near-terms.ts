/** Terms this long may differ from another by one typo ("circut", "termianl") and still be it. */
export const FUZZY_MIN_LENGTH = 5;
/** A longer form of a term ("constructor" for "construct") adds at most this many letters. */
const SUFFIX_MAX = 3;

/**
 * Whether two stems are one term for a reader who forgives a typo or a derived form: within one
 * edit (both at least FUZZY_MIN_LENGTH − 1 letters long), or one is the other plus a short suffix
 * the stemmer left on ("construct" / "constructor", "point" / "pointer").
 */
export function isNearTerm(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= FUZZY_MIN_LENGTH && long.length - short.length <= SUFFIX_MAX && long.startsWith(short))
    return true;
  return withinOneEdit(a, b);
}

/** Damerau–Levenshtein distance ≤ 1 (one insertion, deletion, substitution or swap of neighbours). */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a.length < FUZZY_MIN_LENGTH - 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Whether `a` and `b` are at most `max` edits apart (insertions, deletions, substitutions and swaps
 * of neighbours; optimal string alignment), computed in a band of width `max` with an early exit.
 * Hand-written: the npm edit-distance packages compute the full Levenshtein distance without swaps.
 */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  const width = b.length + 1;
  const over = max + 1;
  // Three rows, rotated: the one before the previous (for swaps), the previous and the current.
  let before = new Int32Array(width).fill(over);
  let previous = new Int32Array(width).map((_, j) => j);
  let current = new Int32Array(width);
  for (let i = 1; i <= a.length; i += 1) {
    current.fill(over);
    current[0] = i;
    let best = i;
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    for (let j = from; j <= to; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (before[j - 2] as number) + 1);
      current[j] = value;
      if (value < best) best = value;
    }
    if (best > max) return false;
    [before, previous, current] = [previous, current, before];
  }
  return (previous[b.length] as number) <= max;
}
