import { sampleCorrelation, sampleRankCorrelation } from 'simple-statistics';
import { mulberry32 } from '../prompt/mulberry32.ts';

/** A statistic with its bootstrap 95% interval; null when it cannot be computed (n < 3 or no variance). */
export interface Estimate {
  readonly value: number | null;
  readonly ci95: readonly [number, number] | null;
}

/** Pearson's r, or null when undefined (fewer than 3 pairs, or a constant side). */
export function pearson(x: readonly number[], y: readonly number[]): number | null {
  if (x.length < 3 || isConstant(x) || isConstant(y)) return null;
  const r = sampleCorrelation([...x], [...y]);
  return Number.isFinite(r) ? r : null;
}

/** Spearman's ρ (Pearson on average ranks, so ties are handled), or null when undefined. */
export function spearman(x: readonly number[], y: readonly number[]): number | null {
  if (x.length < 3 || isConstant(x) || isConstant(y)) return null;
  const rho = sampleRankCorrelation([...x], [...y]);
  return Number.isFinite(rho) ? rho : null;
}

/**
 * A paired statistic with a percentile bootstrap 95% interval: `resamples` resamples of the pairs
 * with replacement, drawn from a seeded generator so the figures are the same on every run.
 */
export function bootstrap(
  statistic: (x: readonly number[], y: readonly number[]) => number | null,
  x: readonly number[],
  y: readonly number[],
  options: { readonly resamples?: number; readonly seed?: number } = {},
): Estimate {
  const value = statistic(x, y);
  if (value === null) return { value, ci95: null };
  const random = mulberry32(options.seed ?? 20130607);
  const samples: number[] = [];
  const n = x.length;
  const rx = new Array<number>(n);
  const ry = new Array<number>(n);
  for (let round = 0; round < (options.resamples ?? 1000); round += 1) {
    for (let i = 0; i < n; i += 1) {
      const pick = Math.floor(random() * n);
      rx[i] = x[pick] ?? 0;
      ry[i] = y[pick] ?? 0;
    }
    const sample = statistic(rx, ry);
    if (sample !== null) samples.push(sample);
  }
  if (samples.length === 0) return { value, ci95: null };
  samples.sort((a, b) => a - b);
  const at = (q: number): number =>
    samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? value;
  return { value, ci95: [at(0.025), at(0.975)] };
}

function isConstant(values: readonly number[]): boolean {
  return values.every((value) => value === values[0]);
}
