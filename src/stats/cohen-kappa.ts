import { nullStat, valueStat } from './result.ts';
import type { KappaWeights, Rating, RatingValue, StatResult } from './schema.ts';
import { allNumbers, countValues, distinctValues, pairRatings } from './values.ts';

/** Options for {@link cohenKappa}. */
export interface CohenKappaOptions {
  /** `none` (default): any difference is a full disagreement; `linear`/`quadratic` weight by distance. */
  readonly weights?: KappaWeights;
  /**
   * The rating scale, when known (e.g. `[1, 2, 3, 4]`): a rating outside it gives a null result.
   * Categories neither rater used have zero marginals, so they never change the value; distances
   * are numeric, so unused categories between two ratings are already counted in their distance.
   */
  readonly categories?: readonly RatingValue[];
}

/**
 * Cohen's kappa between two raters over the items both rated, optionally weighted.
 *
 * κ = 1 − Σ w·observed / Σ w·expected with disagreement weights w = 0/1 (`none`), |x − y| (`linear`) or (x − y)² (`quadratic`) on the
 * NUMERIC ratings, as Cohen (1968). Weights are left unnormalised because any scale factor cancels,
 * and counts stay integers so that integer ratings give κ = (E − n·O) / E with a single rounding.
 * Labels (strings) allow only unweighted kappa.
 */
export function cohenKappa(
  a: readonly Rating[],
  b: readonly Rating[],
  options: CohenKappaOptions = {},
): StatResult {
  const pairs = pairRatings(a, b, 'cohenKappa');
  const n = pairs.length;
  if (n === 0) return nullStat('no item was rated by both raters', 0);
  const weights = options.weights ?? 'none';
  const seen = distinctValues(pairs.flat());
  const outside = options.categories ? seen.find((v) => !options.categories?.includes(v)) : undefined;
  if (outside !== undefined) {
    return nullStat(`rating ${JSON.stringify(outside)} is not one of the given categories`, n);
  }
  if (weights !== 'none' && !allNumbers(seen)) {
    return nullStat(`${weights} kappa needs numeric ratings; labels allow only unweighted kappa`, n);
  }
  const weight = disagreementWeight(weights);
  const observed = pairs.reduce((sum, [x, y]) => sum + weight(x, y), 0);
  const countsA = countValues(pairs.map(([x]) => x));
  const countsB = countValues(pairs.map(([, y]) => y));
  let expected = 0;
  for (const [x, nx] of countsA) for (const [y, ny] of countsB) expected += nx * ny * weight(x, y);
  if (expected === 0) {
    return nullStat(
      'both raters gave one and the same rating to every item, so chance agreement is total',
      n,
    );
  }
  return valueStat((expected - n * observed) / expected, n);
}

function disagreementWeight(weights: KappaWeights): (x: RatingValue, y: RatingValue) => number {
  if (weights === 'none') return (x, y) => (x === y ? 0 : 1);
  // Only reached with numbers (checked above); Number() keeps the types honest without a cast.
  if (weights === 'linear') return (x, y) => Math.abs(Number(x) - Number(y));
  return (x, y) => (Number(x) - Number(y)) ** 2;
}
