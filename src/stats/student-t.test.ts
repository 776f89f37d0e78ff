import { describe, expect, it } from 'vitest';
import { regularizedIncompleteBeta, studentTQuantile } from './student-t.ts';

describe('studentTQuantile', () => {
  // Closed forms of the t distribution for small ν: the quantile for ν = 1 (Cauchy) and ν = 2,
  // and the CDF for ν = 3 and ν = 4, into which we plug our quantile.
  it.each([
    ['ν = 1: tan(π(p − ½))', 1, Math.tan(Math.PI * (0.975 - 0.5))],
    ['ν = 2: (2p − 1)·√(2 / (4p(1 − p)))', 2, (2 * 0.975 - 1) * Math.sqrt(2 / (4 * 0.975 * 0.025))],
  ])('matches the closed-form quantile for %s', (_name, df, exact) => {
    expect(studentTQuantile(0.975, df) / exact).toBeCloseTo(1, 12);
  });

  it.each([
    [3, (t: number) => 0.5 + (Math.atan(t / Math.sqrt(3)) + t / Math.sqrt(3) / (1 + t ** 2 / 3)) / Math.PI],
    [
      4,
      (t: number) => 0.5 + ((3 / 8) * t * (1 - t ** 2 / (12 * (1 + t ** 2 / 4)))) / Math.sqrt(1 + t ** 2 / 4),
    ],
  ])('puts 97.5%% of the mass below its quantile for ν = %i (closed-form CDF)', (df, cdf) => {
    expect(cdf(studentTQuantile(0.975, df))).toBeCloseTo(0.975, 13);
  });

  // NIST/SEMATECH e-Handbook of Statistical Methods, §1.3.6.7.2 "Critical values of the Student's t
  // distribution" (upper 0.025 column, 3 decimals); the 12-digit values are scipy.stats.t.ppf(0.975, ν).
  it.each([
    [1, 12.706, 12.706204736174694],
    [2, 4.303, 4.302652729749462],
    [3, 3.182, 3.1824463052837078],
    [4, 2.776, 2.7764451051977934],
    [5, 2.571, 2.5705818356363146],
    [10, 2.228, 2.228138851986274],
    [20, 2.086, 2.085963447265864],
    [30, 2.042, 2.0422724563012378],
    [100, 1.984, 1.9839715185235518],
  ])('t(0.975, %i) = %f (table)', (df, table, precise) => {
    const t = studentTQuantile(0.975, df);
    expect(t).toBeCloseTo(table, 3);
    expect(t / precise).toBeCloseTo(1, 12);
  });

  it('handles other probabilities and is antisymmetric around ½', () => {
    expect(studentTQuantile(0.995, 7) / 3.4994832973504924).toBeCloseTo(1, 12); // NIST table: 3.499
    expect(studentTQuantile(0.9995, 1) / 636.6192487687897).toBeCloseTo(1, 10); // NIST table: 636.619
    expect(studentTQuantile(0.025, 5)).toBe(-studentTQuantile(0.975, 5));
    expect(studentTQuantile(0.5, 5)).toBe(0);
  });

  it('rejects probabilities and degrees of freedom outside their range', () => {
    expect(() => studentTQuantile(1, 5)).toThrow(RangeError);
    expect(() => studentTQuantile(0.975, 0)).toThrow(RangeError);
  });
});

describe('regularizedIncompleteBeta', () => {
  it.each([
    // I_x(1, 1) = x; I_x(a, 1) = x^a; I_x(1, b) = 1 − (1 − x)^b; I_½(a, a) = ½ by symmetry.
    [0.3, 1, 1, 0.3],
    [0.3, 2.5, 1, 0.3 ** 2.5],
    [0.3, 1, 3, 1 - 0.7 ** 3],
    [0.5, 7, 7, 0.5],
    [0, 2, 3, 0],
    [1, 2, 3, 1],
  ])('I_%f(%f, %f) = %f', (x, a, b, exact) => {
    expect(regularizedIncompleteBeta(x, a, b)).toBeCloseTo(exact, 13);
  });
});
