import { describe, expect, it } from 'vitest';
import type { MeanBias } from '../stats/index.ts';
import { labelBias } from './label-bias.ts';
import type { CalibrationLabel } from './schema.ts';

describe('labelBias', () => {
  it.each<[string, MeanBias, number | null, CalibrationLabel]>([
    ['CI above 0, mean ≥ 0.5', { mean: 0.5, ci95: [0.1, 0.9], n: 10 }, 0.7, 'lenient'],
    ['CI below 0, mean ≤ −0.5', { mean: -0.5, ci95: [-0.9, -0.1], n: 10 }, 0.7, 'severe'],
    [
      'a clear bias is labelled even when κ is low',
      { mean: 2.2, ci95: [1.64, 2.76], n: 5 },
      0.046,
      'lenient',
    ],
    [
      'CI above 0 but mean < 0.5, within a point: real yet too small to matter',
      { mean: 0.4, ci95: [0.1, 0.7], n: 30 },
      0.8,
      'calibrated',
    ],
    ['CI within ±1 and κ defined', { mean: 0.2, ci95: [-0.36, 0.76], n: 5 }, 0.857, 'calibrated'],
    [
      'the issue’s case: bias +1.40, κ 0.000, n = 5, CI −0.02 to +2.82',
      { mean: 1.4, ci95: [-0.02, 2.82], n: 5 },
      0,
      'insufficient_data',
    ],
    [
      'mean ≥ 0.5 but CI touches 0 and reaches past +1',
      { mean: 0.5, ci95: [0, 1], n: 10 },
      0.5,
      'insufficient_data',
    ],
    [
      'CI touching −1 is not inside the margin',
      { mean: 0, ci95: [-1, 0.5], n: 12 },
      0.6,
      'insufficient_data',
    ],
    [
      'narrow CI but κ undefined (ratings never varied)',
      { mean: 0, ci95: [0, 0], n: 8 },
      null,
      'insufficient_data',
    ],
    ['four items, however clear', { mean: 2, ci95: [2, 2], n: 4 }, 0.2, 'insufficient_data'],
    ['one item', { mean: 1, ci95: null, n: 1 }, null, 'insufficient_data'],
    ['no items', { mean: null, ci95: null, n: 0 }, null, 'insufficient_data'],
  ])('%s → %s', (_name, bias, kappa, label) => {
    expect(labelBias(bias, kappa)).toBe(label);
  });
});
