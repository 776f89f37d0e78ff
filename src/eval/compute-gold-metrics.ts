import { cohenKappa, meanBiasWithCi95, percentAgreement, type StatResult } from '../stats/index.ts';
import type { GoldMetrics } from './schema.ts';

/** A gold rating and the run's rating of the same item. */
export type RatedPair = readonly [gold: number, run: number];

const NO_PAIRS = 'no item has both a gold rating and a run rating';

/**
 * Agreement of the run with the gold over numerically rated pairs: exact agreement, agreement
 * within one point, linear and quadratic weighted Cohen's kappa, and the mean bias run − gold.
 * A statistic that is undefined for the data is null, with the reason in `notes`.
 */
export function computeGoldMetrics(pairs: readonly RatedPair[]): GoldMetrics {
  const gold = pairs.map(([g]) => g);
  const run = pairs.map(([, r]) => r);
  const notes: Record<string, string> = {};
  const valueOf = (name: string, stat: StatResult): number | null => {
    if (stat.value === null) notes[name] = stat.reason;
    return stat.value;
  };
  const n = pairs.length;
  const withinOne = pairs.filter(([g, r]) => Math.abs(r - g) <= 1).length;
  const bias = meanBiasWithCi95(pairs.map(([g, r]) => r - g)).mean;
  if (n === 0) {
    notes.withinOne = NO_PAIRS;
    notes.meanBias = NO_PAIRS;
  }
  return {
    n,
    exactAgreement: valueOf('exactAgreement', percentAgreement(gold, run)),
    withinOne: n === 0 ? null : withinOne / n,
    quadraticKappa: valueOf('quadraticKappa', cohenKappa(gold, run, { weights: 'quadratic' })),
    linearKappa: valueOf('linearKappa', cohenKappa(gold, run, { weights: 'linear' })),
    meanBias: bias,
    notes,
  };
}
