import type { MeanBias } from '../stats/index.ts';
import type { CalibrationLabel } from './schema.ts';

/** A mean bias smaller than half a scale point is not worth a label, however sure we are of it. */
export const MIN_LABELLED_BIAS = 0.5;
/**
 * Fewer shared items than this never earn a label: with 4 items t(0.975, 3) = 3.18, so even a
 * modest spread gives a 95% interval wider than the whole 1–4 scale.
 */
export const MIN_CALIBRATION_ITEMS = 5;
/**
 * `calibrated` must be shown, not assumed: the whole 95% interval of the bias has to lie within
 * this many scale points of 0 (strictly), so "no evidence of bias" from a handful of scattered
 * ratings is not read as "no bias".
 */
export const CALIBRATED_MARGIN = 1;

/**
 * Labels an interviewer's bias (interviewer − run) given the quadratic κ of the same pairs:
 * - `insufficient_data` with fewer than {@link MIN_CALIBRATION_ITEMS} shared items, whatever the mean;
 * - `lenient` when the 95% CI lies entirely above 0 and the mean is ≥ 0.5; `severe` mirrored;
 * - `calibrated` when the 95% CI lies strictly within ±{@link CALIBRATED_MARGIN} point and κ is
 *   defined (an undefined κ means the ratings did not vary enough to compare them);
 * - `insufficient_data` otherwise: the interval is too wide to tell (e.g. bias +1.40, CI −0.02 to
 *   +2.82 over 5 items), so more rated items are needed.
 */
export function labelBias(bias: MeanBias, quadraticKappa: number | null): CalibrationLabel {
  const { mean, ci95, n } = bias;
  if (mean === null || ci95 === null || n < MIN_CALIBRATION_ITEMS) return 'insufficient_data';
  const [low, high] = ci95;
  if (low > 0 && mean >= MIN_LABELLED_BIAS) return 'lenient';
  if (high < 0 && mean <= -MIN_LABELLED_BIAS) return 'severe';
  if (low > -CALIBRATED_MARGIN && high < CALIBRATED_MARGIN && quadraticKappa !== null) return 'calibrated';
  return 'insufficient_data';
}
