import {
  cohenKappa,
  fleissKappa,
  krippendorffAlpha,
  percentAgreement,
  type Rating,
  type StatResult,
} from '../stats/index.ts';
import { buildRatingMatrix } from './build-rating-matrix.ts';
import type { AgreementReport, PairAgreement, RatingRow } from './schema.ts';

/**
 * Agreement among all raters of `rows`: Krippendorff's alpha (nominal, ordinal, interval; missing
 * ratings allowed), Fleiss' kappa (null unless every item has the same number of ratings), and for
 * every pair of raters (a < b) percent agreement and Cohen's kappa unweighted, linear and quadratic
 * over the items both rated. Weighted statistics use the numeric distance between ratings; labels
 * are nominal, so they give null there. Every null has its reason in `notes`.
 */
export function computeAgreement(rows: readonly RatingRow[]): AgreementReport {
  const { items, raters, byRater } = buildRatingMatrix(rows);
  const notes: Record<string, string> = {};
  const value = (path: string, result: StatResult): number | null => {
    if (result.value === null) notes[path] = result.reason;
    return result.value;
  };
  const byItem = items.map((_, i) => byRater.map((ratings) => ratings[i] ?? null));
  const krippendorff = {
    nominal: value('krippendorffAlpha.nominal', krippendorffAlpha(byRater, 'nominal')),
    ordinal: value('krippendorffAlpha.ordinal', krippendorffAlpha(byRater, 'ordinal')),
    interval: value('krippendorffAlpha.interval', krippendorffAlpha(byRater, 'interval')),
  };
  const fleiss = value('fleissKappa', fleissKappa(byItem));
  const pairs: PairAgreement[] = [];
  let pairsWithoutSharedItems = 0;
  raters.forEach((a, r) => {
    raters.slice(r + 1).forEach((b, offset) => {
      const x = byRater[r] ?? [];
      const y = byRater[r + 1 + offset] ?? [];
      // Two raters with no item in common (interviewers of different candidates) have nothing to
      // agree on: listing them would only pad the table with nulls.
      if (!x.some((rating, i) => rating !== null && y[i] !== null && y[i] !== undefined)) {
        pairsWithoutSharedItems += 1;
        return;
      }
      pairs.push(comparePair(a, b, x, y, (stat, result) => value(`pairs[${pairs.length}].${stat}`, result)));
    });
  });
  const sharedItems = byItem.filter(
    (ratings) => ratings.filter((rating) => rating !== null).length >= 2,
  ).length;
  return {
    items: items.length,
    raters: raters.length,
    sharedItems,
    pairsCompared: pairs.length,
    pairsWithoutSharedItems,
    krippendorffAlpha: krippendorff,
    fleissKappa: fleiss,
    pairs,
    notes,
  };
}

function comparePair(
  a: string,
  b: string,
  x: readonly Rating[],
  y: readonly Rating[],
  value: (stat: keyof PairAgreement, result: StatResult) => number | null,
): PairAgreement {
  const agreement = percentAgreement(x, y);
  return {
    a,
    b,
    n: agreement.n,
    percentAgreement: value('percentAgreement', agreement),
    cohenKappa: value('cohenKappa', cohenKappa(x, y)),
    linearKappa: value('linearKappa', cohenKappa(x, y, { weights: 'linear' })),
    quadraticKappa: value('quadraticKappa', cohenKappa(x, y, { weights: 'quadratic' })),
  };
}
