import { describe, expect, it } from 'vitest';
import { bootstrap, pearson, spearman } from './correlate.ts';

describe('pearson and spearman', () => {
  it('match values worked by hand', () => {
    // x = 1..5, y = 2, 4, 5, 4, 5: r = 6 / sqrt(10 * 6) = 0.7746; ranks of y 1, 2.5, 4.5, 2.5, 4.5 → ρ = 0.7379.
    expect(pearson([1, 2, 3, 4, 5], [2, 4, 5, 4, 5])).toBeCloseTo(0.7746, 4);
    expect(spearman([1, 2, 3, 4, 5], [2, 4, 5, 4, 5])).toBeCloseTo(0.7379, 4);
    expect(spearman([1, 2, 3, 4], [1, 4, 9, 16])).toBeCloseTo(1, 10);
  });

  it('are null when undefined: too few pairs or a constant side', () => {
    expect(pearson([1, 2], [3, 4])).toBeNull();
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeNull();
    expect(spearman([1, 2, 3], [5, 5, 5])).toBeNull();
  });
});

describe('bootstrap', () => {
  const x = Array.from({ length: 60 }, (_, i) => i % 4);
  const y = x.map((value, i) => value + (i % 3) - 1);

  it('gives an interval around the estimate, the same on every run', () => {
    const first = bootstrap(pearson, x, y, { resamples: 300 });
    const second = bootstrap(pearson, x, y, { resamples: 300 });
    expect(first).toEqual(second);
    const [low, high] = first.ci95 ?? [Number.NaN, Number.NaN];
    expect(low).toBeLessThanOrEqual(first.value ?? Number.NaN);
    expect(high).toBeGreaterThanOrEqual(first.value ?? Number.NaN);
    expect(high - low).toBeGreaterThan(0);
  });

  it('has no interval when the statistic is undefined', () => {
    expect(bootstrap(pearson, [1, 1, 1], [1, 2, 3])).toEqual({ value: null, ci95: null });
  });
});
