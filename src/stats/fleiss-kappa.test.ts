import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fleissKappa } from './fleiss-kappa.ts';
import { type Rating, StatResultSchema } from './schema.ts';

/** Items × raters from a count table (items × categories): category j+1 repeated count times. */
function fromCounts(table: number[][]): number[][] {
  return table.map((row) => row.flatMap((count, j) => Array<number>(count).fill(j + 1)));
}

// Fleiss (1971) as worked in Wikipedia "Fleiss' kappa": 10 subjects, 14 raters, 5 categories;
// P̄ = 0.378, P̄e = 0.213, κ = 0.210. The exact value is 4211/20059.
const wikipedia = [
  [0, 0, 0, 0, 14],
  [0, 2, 6, 4, 2],
  [0, 0, 3, 5, 6],
  [0, 3, 9, 2, 0],
  [2, 2, 8, 1, 1],
  [7, 7, 0, 0, 0],
  [3, 2, 6, 3, 0],
  [2, 5, 3, 2, 2],
  [6, 5, 2, 1, 0],
  [0, 2, 2, 3, 7],
];

describe('fleissKappa: published examples', () => {
  it.each([
    ['Wikipedia / Fleiss (1971) 10 items × 14 raters (0.210)', wikipedia, 0.21, 3, 4211 / 20059],
    // Randolph's online kappa calculator, "fixed-marginal kappa", as cited in statsmodels test_fleis_randolph.
    [
      'Randolph calculator, table [[7,1],[3,5]] (0.161905)',
      [
        [7, 1],
        [3, 5],
      ],
      0.161905,
      6,
      17 / 105,
    ],
    [
      'Randolph calculator, table [[6,1,0],[0,7,0]] (0.708333)',
      [
        [6, 1, 0],
        [0, 7, 0],
      ],
      0.708333,
      6,
      17 / 24,
    ],
    [
      'Randolph calculator, table [[7,0],[0,7]] (1)',
      [
        [7, 0],
        [0, 7],
      ],
      1,
      12,
      1,
    ],
  ])('%s', (_name, table, value, digits, exact) => {
    const result = fleissKappa(fromCounts(table));
    expect(result.n).toBe(table.length);
    expect(result.value).toBeCloseTo(value, digits);
    expect(result.value).toBeCloseTo(exact, 12);
  });

  it('accepts labels and missing cells when every item has the same number of ratings', () => {
    const labels = fromCounts(wikipedia).map((row) => row.map((v) => `category ${v}`));
    const withGaps: Rating[][] = labels.map((row, i) => (i % 2 === 0 ? [null, ...row] : [...row, null]));
    expect(fleissKappa(withGaps).value).toBeCloseTo(4211 / 20059, 12);
  });
});

describe('fleissKappa: degenerate input', () => {
  it.each<[string, Rating[][], RegExp, number]>([
    ['no ratings at all', [[null, null]], /no item has any rating/, 0],
    [
      'unequal numbers of ratings',
      [
        [1, 2, 2],
        [1, 2, null],
      ],
      /same number of ratings, but items have 2 to 3/,
      2,
    ],
    ['one rater', [[1], [2]], /only one rating/, 2],
    [
      'one rating value only',
      [
        [2, 2],
        [2, 2],
      ],
      /chance agreement is total/,
      2,
    ],
  ])('%s → null with a reason', (_name, matrix, reason, n) => {
    const result = fleissKappa(matrix);
    expect(result.value).toBeNull();
    expect(result.n).toBe(n);
    expect('reason' in result ? result.reason : '').toMatch(reason);
  });

  it('leaves out items nobody rated', () => {
    expect(fleissKappa([...fromCounts(wikipedia), [null, null]]).n).toBe(10);
  });
});

const items = fc
  .integer({ min: 2, max: 6 })
  .chain((m) =>
    fc.array(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: m, maxLength: m }), { maxLength: 20 }),
  );

describe('fleissKappa: properties', () => {
  it('is finite or null, and always a valid StatResult', () => {
    fc.assert(
      fc.property(items, (matrix) => {
        const result = fleissKappa(matrix);
        expect(StatResultSchema.parse(result)).toEqual(result);
        if (result.value !== null) expect(Number.isFinite(result.value)).toBe(true);
      }),
    );
  });

  it('does not depend on the order of raters within an item', () => {
    fc.assert(
      fc.property(items, (matrix) => {
        expect(fleissKappa(matrix.map((row) => row.toReversed()))).toEqual(fleissKappa(matrix));
      }),
    );
  });

  it('is 1 when the raters agree on every item, whenever it is defined', () => {
    fc.assert(
      fc.property(items, (matrix) => {
        const result = fleissKappa(matrix.map((row) => row.map(() => row[0] ?? 1)));
        if (result.value !== null) expect(result.value).toBe(1);
      }),
    );
  });
});
