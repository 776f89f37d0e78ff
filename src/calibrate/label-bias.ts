import type { MeanBias } from '../stats/index.ts';
import type { CalibrationLabel } from './schema.ts';

/** A mean bias smaller than half a scale point is not worth a label, however sure we are of it. */
export const MIN_LABELLED_BIAS = 0.5;
/** Below this many items the 95% CI is too wide to say anything (t(0.975, 1) = 12.7). */
export const FEW_ITEMS = 3;
/** With fewer than `FEW_ITEMS` items, a whole scale point on average is labelled anyway. */
export const FEW_ITEMS_MIN_BIAS = 1;

/**
 * Labels an interviewer's bias (interviewer − run):
 * - `lenient` when the 95% CI lies entirely above 0 and the mean is ≥ 0.5,
 *   or, with fewer than 3 items, when the mean is ≥ 1;
 * - `severe` symmetrically (CI entirely below 0 and mean ≤ −0.5, or fewer than 3 items and mean ≤ −1);
 * - `calibrated` otherwise (including no items at all).
 */
export function labelBias(bias: MeanBias): CalibrationLabel {
  const { mean, ci95, n } = bias;
  if (mean === null) return 'calibrated';
  const few = n < FEW_ITEMS;
  if ((ci95 !== null && ci95[0] > 0 && mean >= MIN_LABELLED_BIAS) || (few && mean >= FEW_ITEMS_MIN_BIAS)) {
    return 'lenient';
  }
  if ((ci95 !== null && ci95[1] < 0 && mean <= -MIN_LABELLED_BIAS) || (few && mean <= -FEW_ITEMS_MIN_BIAS)) {
    return 'severe';
  }
  return 'calibrated';
}
