/** Spread (max − min) of the present values (nulls are skipped); null when nothing is present. */
export function ratingSpread(values: readonly (number | null)[]): number | null {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const value of values) {
    if (value === null) continue;
    min = Math.min(min, value);
    max = Math.max(max, value);
  }
  return max >= min ? max - min : null;
}
