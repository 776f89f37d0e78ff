/**
 * The LOWER median of the present values (nulls are skipped): for an even count, the smaller of
 * the two middle values, never their mean, so the median of ratings on a scale is itself a rating
 * on the scale and a split jury rounds toward the more severe rating. Null when nothing is present.
 */
export function median(values: readonly (number | null)[]): number | null {
  const sorted = values.filter((value): value is number => value !== null).sort((x, y) => x - y);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? null;
}

/** Alias of {@link median}, for callers that want the tie rule in the name. */
export const lowerMedian = median;
