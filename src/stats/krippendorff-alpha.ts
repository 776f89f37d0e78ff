import { buildCoincidences, type Coincidences } from './coincidence-matrix.ts';
import { nullStat, valueStat } from './result.ts';
import type { AlphaLevel, Rating, StatResult } from './schema.ts';
import { allNumbers } from './values.ts';

/**
 * Krippendorff's alpha for any number of raters with missing data, computed through the coincidence
 * matrix as in Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability":
 * α = 1 − (n − 1) · Σ o_ck δ²_ck / Σ n_c n_k δ²_ck.
 *
 * `data` is raters × units (`null` = missing). Units with fewer than two values are not pairable
 * and are dropped; `n` in the result counts the pairable units. `ordinal`, `interval` and `ratio`
 * need numeric ratings (labels are nominal), and `ratio` needs them non-negative.
 */
export function krippendorffAlpha(data: readonly (readonly Rating[])[], level: AlphaLevel): StatResult {
  const coincidences = buildCoincidences(data);
  const n = coincidences.units;
  if (data.length < 2) return nullStat('fewer than two raters', 0);
  if (n === 0) return nullStat('no unit was rated by two or more raters, so nothing is pairable', 0);
  const delta = differenceFunction(level, coincidences);
  if (typeof delta === 'string') return nullStat(delta, n);
  const { matrix, marginals, total } = coincidences;
  let observed = 0;
  let expected = 0;
  marginals.forEach((nc, c) => {
    marginals.forEach((nk, k) => {
      const d = delta(c, k);
      observed += (matrix[c]?.[k] ?? 0) * d;
      expected += nc * nk * d;
    });
  });
  if (expected === 0) {
    return nullStat('every pairable rating has the same value, so expected disagreement is zero', n);
  }
  return valueStat(1 - ((total - 1) * observed) / expected, n);
}

/** δ²_ck by value index for a level of measurement (Krippendorff 2011, §E), or why it cannot apply. */
function differenceFunction(
  level: AlphaLevel,
  coincidences: Coincidences,
): ((c: number, k: number) => number) | string {
  const { values, marginals } = coincidences;
  if (level === 'nominal') return (c, k) => (c === k ? 0 : 1);
  if (!allNumbers(values)) return `${level} alpha needs numeric ratings; labels allow only nominal alpha`;
  const v = (i: number): number => values[i] ?? 0;
  if (level === 'interval') return (c, k) => (v(c) - v(k)) ** 2;
  if (level === 'ratio') {
    if (values.some((value) => value < 0)) return 'ratio alpha needs non-negative ratings';
    // Two zeros do not differ; (0 − 0)/(0 + 0) would be NaN.
    return (c, k) => (v(c) + v(k) === 0 ? 0 : ((v(c) - v(k)) / (v(c) + v(k))) ** 2);
  }
  // Ordinal: δ²_ck = (Σ_{g=c..k} n_g − (n_c + n_k)/2)², with values sorted ascending.
  const cumulative = [0];
  for (const nc of marginals) cumulative.push((cumulative.at(-1) ?? 0) + nc);
  const sumBetween = (lo: number, hi: number): number => (cumulative[hi + 1] ?? 0) - (cumulative[lo] ?? 0);
  const m = (i: number): number => marginals[i] ?? 0;
  return (c, k) => (sumBetween(Math.min(c, k), Math.max(c, k)) - (m(c) + m(k)) / 2) ** 2;
}
