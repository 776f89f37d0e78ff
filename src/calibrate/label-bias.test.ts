import { describe, expect, it } from 'vitest';
import type { MeanBias } from '../stats/index.ts';
import { labelBias } from './label-bias.ts';
import type { CalibrationLabel } from './schema.ts';

describe('labelBias', () => {
  it.each<[string, MeanBias, CalibrationLabel]>([
    ['CI above 0, mean ≥ 0.5', { mean: 0.5, ci95: [0.1, 0.9], n: 10 }, 'lenient'],
    [
      'CI above 0 but mean < 0.5: real yet too small to matter',
      { mean: 0.4, ci95: [0.1, 0.7], n: 30 },
      'calibrated',
    ],
    ['mean ≥ 0.5 but CI touches 0', { mean: 0.5, ci95: [0, 1], n: 10 }, 'calibrated'],
    ['mean ≥ 0.5 but CI spans 0', { mean: 0.8, ci95: [-0.1, 1.7], n: 5 }, 'calibrated'],
    ['CI below 0, mean ≤ −0.5', { mean: -0.5, ci95: [-0.9, -0.1], n: 10 }, 'severe'],
    ['CI below 0 but mean > −0.5', { mean: -0.4, ci95: [-0.7, -0.1], n: 30 }, 'calibrated'],
    ['one item, a point above', { mean: 1, ci95: null, n: 1 }, 'lenient'],
    ['one item, a point below', { mean: -1, ci95: null, n: 1 }, 'severe'],
    ['two items, wide CI, mean 1', { mean: 1, ci95: [-5.35, 7.35], n: 2 }, 'lenient'],
    ['two items, wide CI, mean 0.5', { mean: 0.5, ci95: [-5.85, 6.85], n: 2 }, 'calibrated'],
    [
      'three items, wide CI, mean 1: the few-items rule no longer applies',
      { mean: 1, ci95: [-1.5, 3.5], n: 3 },
      'calibrated',
    ],
    ['no items', { mean: null, ci95: null, n: 0 }, 'calibrated'],
  ])('%s → %s', (_name, bias, label) => {
    expect(labelBias(bias)).toBe(label);
  });
});
