import { nullStat, valueStat } from './result.ts';
import type { Rating, RatingValue, StatResult } from './schema.ts';
import { assertFiniteRatings, countValues } from './values.ts';

/**
 * Fleiss' kappa (Fleiss 1971) for many raters: `matrix` is items × raters, `null` = missing.
 *
 * The raters need not be the same people on every item, but every item must have the same number
 * of ratings m ≥ 2; otherwise the result is null with a reason (Krippendorff's alpha handles
 * unequal numbers). Items nobody rated are left out, and `n` counts the items used. With integer
 * counts, κ = (P̄ − P̄e) / (1 − P̄e) reduces to [M(S − M) − T(m − 1)] / [(m − 1)(M² − T)], where
 * M = N·m ratings in all, S = Σ n_ij² and T = Σ_j (column total)², so the value is rounded only once.
 */
export function fleissKappa(matrix: readonly (readonly Rating[])[]): StatResult {
  const items: RatingValue[][] = [];
  for (const row of matrix) {
    assertFiniteRatings(row, 'fleissKappa');
    const present = row.filter((value): value is RatingValue => value !== null);
    if (present.length > 0) items.push(present);
  }
  const n = items.length;
  if (n === 0) return nullStat('no item has any rating', 0);
  // A loop, not Math.min(...sizes): spreading a very long array overflows the call stack.
  let m = Number.POSITIVE_INFINITY;
  let largest = 0;
  for (const item of items) {
    m = Math.min(m, item.length);
    largest = Math.max(largest, item.length);
  }
  if (m !== largest) {
    return nullStat(`every item needs the same number of ratings, but items have ${m} to ${largest}`, n);
  }
  if (m < 2) return nullStat('each item has only one rating, so there is nothing to agree on', n);
  let squares = 0;
  for (const item of items) for (const count of countValues(item).values()) squares += count * count;
  let totalSquares = 0;
  for (const total of countValues(items.flat()).values()) totalSquares += total * total;
  const ratings = n * m;
  const denominator = (m - 1) * (ratings * ratings - totalSquares);
  if (denominator === 0) {
    return nullStat('every rating has the same value, so chance agreement is total', n);
  }
  return valueStat((ratings * (squares - ratings) - totalSquares * (m - 1)) / denominator, n);
}
