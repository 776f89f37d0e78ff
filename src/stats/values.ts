import type { Rating, RatingValue } from './schema.ts';

/**
 * Rejects NaN and ±Infinity. Ratings are validated at the boundary (`RatingSchema`), so one
 * arriving here is a bug upstream: throw rather than let it pass as a category or a missing value.
 */
export function assertFiniteRatings(values: readonly Rating[], where: string): void {
  values.forEach((value, index) => {
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new RangeError(
        `${where}: expected ratings to be finite numbers, strings or null, got ${value} at index ${index}`,
      );
    }
  });
}

/** The items both raters rated, as [a, b] pairs; `a` and `b` must be aligned item by item. */
export function pairRatings(
  a: readonly Rating[],
  b: readonly Rating[],
  where: string,
): [RatingValue, RatingValue][] {
  if (a.length !== b.length) {
    throw new RangeError(
      `${where}: expected two rating lists aligned by item (same length), got ${a.length} and ${b.length}`,
    );
  }
  assertFiniteRatings(a, where);
  assertFiniteRatings(b, where);
  const pairs: [RatingValue, RatingValue][] = [];
  a.forEach((x, i) => {
    const y = b[i];
    if (x !== null && y !== null && y !== undefined) pairs.push([x, y]);
  });
  return pairs;
}

/** Narrows to all-numeric values: only numbers have a distance between them. */
export function allNumbers(values: readonly RatingValue[]): values is number[] {
  return values.every((value) => typeof value === 'number');
}

/**
 * The distinct values in a stable order: numbers ascending (the order ordinal statistics need),
 * then labels in code-point order. A Set keeps `3` and `'3'` apart, as they are different ratings.
 */
export function distinctValues(values: Iterable<RatingValue>): RatingValue[] {
  const unique = [...new Set(values)];
  const numbers = unique.filter((v): v is number => typeof v === 'number').sort((x, y) => x - y);
  const labels = unique.filter((v): v is string => typeof v === 'string').sort();
  return [...numbers, ...labels];
}

/** How many times each value occurs. */
export function countValues(values: Iterable<RatingValue>): Map<RatingValue, number> {
  const counts = new Map<RatingValue, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
