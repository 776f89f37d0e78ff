import { describe, expect, it } from 'vitest';
import { meanBiasWithCi95 } from './mean-bias.ts';
import { MeanBiasSchema } from './schema.ts';

describe('meanBiasWithCi95', () => {
  it('gives mean ± t(0.975, n − 1)·s/√n', () => {
    // diffs 0, 1, 2: mean 1, s = 1, ν = 2 where t has the closed form 0.95·√(2/0.0975) = 4.30265…
    const half = (0.95 * Math.sqrt(2 / 0.0975)) / Math.sqrt(3);
    const result = meanBiasWithCi95([0, 1, 2]);
    expect(result.mean).toBe(1);
    expect(result.ci95?.[0]).toBeCloseTo(1 - half, 12);
    expect(result.ci95?.[1]).toBeCloseTo(1 + half, 12);
    expect(MeanBiasSchema.parse(result)).toEqual(result);
  });

  it('gives the textbook interval for 1…5 (mean 3, s = √2.5, t(0.975, 4) = 2.776445)', () => {
    const result = meanBiasWithCi95([1, 2, 3, 4, 5]);
    const half = 2.7764451051977934 * Math.sqrt(2.5 / 5);
    expect(result.ci95?.[0]).toBeCloseTo(3 - half, 12);
    expect(result.ci95?.[1]).toBeCloseTo(3 + half, 12);
    expect(result.n).toBe(5);
  });

  it.each([
    ['no differences', [], { mean: null, ci95: null, n: 0 }],
    ['one difference: no spread to estimate', [-1], { mean: -1, ci95: null, n: 1 }],
    ['identical differences: zero-width interval', [2, 2, 2], { mean: 2, ci95: [2, 2], n: 3 }],
  ])('%s', (_name, diffs, expected) => {
    expect(meanBiasWithCi95(diffs)).toEqual(expected);
  });

  it('throws on a non-finite difference (a bug upstream)', () => {
    expect(() => meanBiasWithCi95([1, Number.POSITIVE_INFINITY])).toThrow(RangeError);
  });
});
