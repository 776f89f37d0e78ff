import { describe, expect, it } from 'vitest';
import { cohenKappa } from '../stats/index.ts';
import { computeGoldMetrics, type RatedPair } from './compute-gold-metrics.ts';

// (gold, run): (1,1) (2,2) (3,4) (4,4) (2,1). Marginals gold {1:1, 2:2, 3:1, 4:1}, run {1:2, 2:1, 4:2}.
// Quadratic: observed Σw = 1 + 1 = 2; expected Σ n_x n_y (x−y)² = 19 + 20 + 11 + 22 = 72 → κ = (72 − 5·2)/72.
// Linear: observed Σw = 2; expected Σ n_x n_y |x−y| = 7 + 12 + 7 + 8 = 34 → κ = (34 − 5·2)/34.
const MIXED: RatedPair[] = [
  [1, 1],
  [2, 2],
  [3, 4],
  [4, 4],
  [2, 1],
];

describe('computeGoldMetrics', () => {
  it.each([
    {
      name: 'mixed pairs (hand-computed)',
      pairs: MIXED,
      expected: {
        n: 5,
        exactAgreement: 3 / 5,
        withinOne: 1,
        quadraticKappa: 62 / 72,
        linearKappa: 24 / 34,
        meanBias: 0,
        notes: {},
      },
    },
    {
      name: 'run one point lenient everywhere',
      pairs: [
        [1, 2],
        [3, 4],
        [1, 3],
      ] as RatedPair[],
      // Quadratic: O = 1 + 1 + 4 = 6; gold {1:2, 3:1} × run {2:1, 3:1, 4:1}: E = 2(1+4+9) + 1(1+0+1) = 30 → (30 − 18)/30.
      // Linear: O = 1 + 1 + 2 = 4; E = 2(1+2+3) + 1(1+0+1) = 14 → (14 − 12)/14.
      expected: {
        n: 3,
        exactAgreement: 0,
        withinOne: 2 / 3,
        quadraticKappa: 12 / 30,
        linearKappa: 2 / 14,
        meanBias: 4 / 3,
        notes: {},
      },
    },
  ])('$name', ({ pairs, expected }) => {
    const metrics = computeGoldMetrics(pairs);
    expect(metrics).toEqual({
      ...expected,
      exactAgreement: expect.closeTo(expected.exactAgreement, 12),
      withinOne: expect.closeTo(expected.withinOne, 12),
      quadraticKappa: expect.closeTo(expected.quadraticKappa, 12),
      linearKappa: expect.closeTo(expected.linearKappa, 12),
      meanBias: expect.closeTo(expected.meanBias, 12),
    });
  });

  it('passes gold as the first rater and the run as the second to the stats module', () => {
    const metrics = computeGoldMetrics(MIXED);
    const gold = MIXED.map(([g]) => g);
    const run = MIXED.map(([, r]) => r);
    expect(metrics.quadraticKappa).toBe(cohenKappa(gold, run, { weights: 'quadratic' }).value);
    expect(metrics.linearKappa).toBe(cohenKappa(gold, run, { weights: 'linear' }).value);
  });

  it('gives nulls with reasons when nothing is paired', () => {
    const metrics = computeGoldMetrics([]);
    expect(metrics).toMatchObject({
      n: 0,
      exactAgreement: null,
      withinOne: null,
      quadraticKappa: null,
      linearKappa: null,
      meanBias: null,
    });
    expect(Object.keys(metrics.notes).sort()).toEqual([
      'exactAgreement',
      'linearKappa',
      'meanBias',
      'quadraticKappa',
      'withinOne',
    ]);
  });

  it('gives a null kappa with the reason when both sides use one rating only', () => {
    const metrics = computeGoldMetrics([
      [4, 4],
      [4, 4],
    ]);
    expect(metrics.exactAgreement).toBe(1);
    expect(metrics.quadraticKappa).toBeNull();
    expect(metrics.notes.quadraticKappa).toMatch(/chance agreement is total/);
    expect(metrics.notes.exactAgreement).toBeUndefined();
  });
});
