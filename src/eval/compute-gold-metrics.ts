import { cohenKappa, meanBiasWithCi95, percentAgreement, type StatResult } from '../stats/index.ts';
import type { GoldMetrics } from './schema.ts';

/** A gold rating and the run's rating of the same item. */
export type RatedPair = readonly [gold: number, run: number];

const NO_PAIRS = 'no item was rated by both raters';
const noPairs = (n: number): StatResult => ({ value: null, reason: NO_PAIRS, n });

/** Share of pairs within one point of each other. */
function withinOne(pairs: readonly RatedPair[]): StatResult {
  if (pairs.length === 0) return noPairs(0);
  return { value: pairs.filter(([g, r]) => Math.abs(r - g) <= 1).length / pairs.length, n: pairs.length };
}

function meanBias(pairs: readonly RatedPair[]): StatResult {
  const { mean, n } = meanBiasWithCi95(pairs.map(([g, r]) => r - g));
  return mean === null ? noPairs(n) : { value: mean, n };
}

/**
 * Agreement of the run with the gold over numerically rated pairs: exact agreement, agreement
 * within one point, linear and quadratic weighted Cohen's kappa, and the mean bias run − gold.
 * A statistic that is undefined for the data is null, with the reason in `notes`.
 */
export function computeGoldMetrics(pairs: readonly RatedPair[]): GoldMetrics {
  const gold = pairs.map(([g]) => g);
  const run = pairs.map(([, r]) => r);
  const stats = {
    exactAgreement: percentAgreement(gold, run),
    withinOne: withinOne(pairs),
    quadraticKappa: cohenKappa(gold, run, { weights: 'quadratic' }),
    linearKappa: cohenKappa(gold, run, { weights: 'linear' }),
    meanBias: meanBias(pairs),
  };
  const notes: Record<string, string> = {};
  for (const [name, stat] of Object.entries(stats)) if (stat.value === null) notes[name] = stat.reason;
  return {
    n: pairs.length,
    exactAgreement: stats.exactAgreement.value,
    withinOne: stats.withinOne.value,
    quadraticKappa: stats.quadraticKappa.value,
    linearKappa: stats.linearKappa.value,
    meanBias: stats.meanBias.value,
    notes,
  };
}
