import type { MeanBias } from './schema.ts';
import { studentTQuantile } from './student-t.ts';

/**
 * Mean of paired differences (e.g. an interviewer's rating minus the rubric's) with a two-sided
 * 95% confidence interval mean ± t(0.975, n − 1) · s / √n, s the sample standard deviation.
 * No differences → mean null; fewer than two → CI null (there is no spread to estimate).
 * Identical differences give the zero-width interval [mean, mean].
 */
export function meanBiasWithCi95(diffs: readonly number[]): MeanBias {
  diffs.forEach((diff, index) => {
    if (!Number.isFinite(diff)) {
      throw new RangeError(`meanBiasWithCi95: expected finite differences, got ${diff} at index ${index}`);
    }
  });
  const n = diffs.length;
  if (n === 0) return { mean: null, ci95: null, n };
  const mean = diffs.reduce((sum, diff) => sum + diff, 0) / n;
  if (n < 2) return { mean, ci95: null, n };
  // Two passes (mean first, then squared deviations) to avoid the cancellation of Σx² − n·mean².
  const variance = diffs.reduce((sum, diff) => sum + (diff - mean) ** 2, 0) / (n - 1);
  const half = studentTQuantile(0.975, n - 1) * Math.sqrt(variance / n);
  return { mean, ci95: [mean - half, mean + half], n };
}
