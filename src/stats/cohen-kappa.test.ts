import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cohenKappa } from './cohen-kappa.ts';
import { type KappaWeights, type Rating, type RatingValue, StatResultSchema } from './schema.ts';

/** Two aligned rating lists from a contingency table `'20 5 / 10 15'`: rows rater A, columns rater B. */
function fromTable(table: string, categories: RatingValue[]): [RatingValue[], RatingValue[]] {
  const a: RatingValue[] = [];
  const b: RatingValue[] = [];
  table.split('/').forEach((row, i) => {
    row
      .trim()
      .split(/\s+/)
      .forEach((count, j) => {
        for (let r = 0; r < Number(count); r++) {
          a.push(categories[i] ?? 'missing');
          b.push(categories[j] ?? 'missing');
        }
      });
  });
  return [a, b];
}

/** Ratings written as runs, as scikit-learn's tests build them: `'0x46 1x44'` = 46 zeros then 44 ones. */
function runs(spec: string): number[] {
  return spec.split(' ').flatMap((run) => {
    const [value, times] = run.split('x').map(Number);
    return Array<number>(times ?? 0).fill(value ?? Number.NaN);
  });
}

const yesNo = ['yes', 'no'];
const sasTable = '0 4 1 / 0 8 0 / 0 1 5';
const sklearnA = runs('0x46 1x44 2x10');
const sklearnB = runs('0x50 1x40 2x10');

// Each row: a published example, its published value (to the digits published) and the exact
// rational the formula gives for it (worked out by hand with fractions, so we assert 12 digits).
const published: [string, [RatingValue[], RatingValue[]], KappaWeights, number, number, number][] = [
  [
    'Wikipedia "Cohen\'s kappa" worked example, 50 proposals (0.4)',
    fromTable('20 5 / 10 15', yesNo),
    'none',
    0.4,
    12,
    2 / 5,
  ],
  [
    'Wikipedia "Cohen\'s kappa" same-agreement example 1 (0.1304)',
    fromTable('45 15 / 25 15', yesNo),
    'none',
    0.1304,
    4,
    3 / 23,
  ],
  [
    'Wikipedia "Cohen\'s kappa" same-agreement example 2 (0.2593)',
    fromTable('25 35 / 5 35', yesNo),
    'none',
    0.2593,
    4,
    7 / 27,
  ],
  [
    'Artstein & Poesio (2008) Table 1, scikit-learn test_cohen_kappa (0.348)',
    fromTable('20 20 / 10 50', [0, 1]),
    'none',
    0.348,
    3,
    8 / 23,
  ],
  [
    'Artstein & Poesio (2008) Table 4, scikit-learn test_cohen_kappa (0.8013)',
    [sklearnA, runs('0x52 1x32 2x16')],
    'none',
    0.8013,
    4,
    121 / 151,
  ],
  [
    'scikit-learn test_cohen_kappa weighting example, none (0.9315)',
    [sklearnA, sklearnB],
    'none',
    0.9315,
    4,
    68 / 73,
  ],
  [
    'scikit-learn test_cohen_kappa weighting example, linear (0.9412)',
    [sklearnA, sklearnB],
    'linear',
    0.9412,
    4,
    16 / 17,
  ],
  [
    'scikit-learn test_cohen_kappa weighting example, quadratic (0.9541)',
    [sklearnA, sklearnB],
    'quadratic',
    0.9541,
    4,
    104 / 109,
  ],
  // SAS PROC FREQ output quoted in statsmodels' test_inter_rater (UnweightedCohens / TestWeightedCohens).
  [
    'SAS PROC FREQ example via statsmodels, simple kappa (0.4842)',
    fromTable(sasTable, [1, 2, 3]),
    'none',
    0.4842,
    4,
    107 / 221,
  ],
  [
    'SAS PROC FREQ example via statsmodels, Cicchetti–Allison = linear (0.4701)',
    fromTable(sasTable, [1, 2, 3]),
    'linear',
    0.4701,
    4,
    118 / 251,
  ],
];

describe('cohenKappa: published examples', () => {
  it.each(published)('%s', (_source, [a, b], weights, value, digits, exact) => {
    const result = cohenKappa(a, b, { weights });
    expect(result.n).toBe(a.length);
    expect(result.value).toBeCloseTo(value, digits);
    expect(result.value).toBeCloseTo(exact, 12);
  });

  it('gives exactly 0.4 on the Wikipedia example (integer arithmetic, one rounding)', () => {
    const [a, b] = fromTable('20 5 / 10 15', yesNo);
    expect(cohenKappa(a, b).value).toBe(0.4);
  });
});

describe('cohenKappa: weights use the numeric distance between ratings', () => {
  // Ratings 1, 2, 4: the gap 2→4 is twice the gap 1→2 although the categories are adjacent.
  // Pairs (1,1) (2,2) (4,4) (1,2) (2,4): n = 5, marginals A {1:2, 2:2, 4:1}, B {1:1, 2:2, 4:2}.
  // Linear: O = 1 + 2 = 3; E = Σ nA·nB·|x−y| = 2·2·1 + 2·2·3 + 2·1·1 + 2·2·2 + 1·1·3 + 1·2·2 = 33;
  // κ = (33 − 5·3)/33 = 6/11. Quadratic: O = 1 + 4 = 5; E = 4 + 36 + 2 + 16 + 9 + 8 = 75; κ = 50/75 = 2/3.
  const a = [1, 2, 4, 1, 2];
  const b = [1, 2, 4, 2, 4];
  it.each([
    ['linear', 6 / 11],
    ['quadratic', 2 / 3],
  ] as const)('%s kappa on a 1/2/4 scale', (weights, exact) => {
    expect(cohenKappa(a, b, { weights }).value).toBeCloseTo(exact, 12);
  });

  it('unused categories do not change the value, but ratings outside them give null', () => {
    expect(cohenKappa(a, b, { weights: 'linear', categories: [1, 2, 3, 4, 5] }).value).toBeCloseTo(
      6 / 11,
      12,
    );
    expect(cohenKappa(a, b, { categories: [1, 2, 3] })).toEqual({
      value: null,
      reason: 'rating 4 is not one of the given categories',
      n: 5,
    });
  });
});

describe('cohenKappa: missing and degenerate input', () => {
  it('skips items either rater left missing', () => {
    const result = cohenKappa(['yes', null, 'no', 'yes', 'no'], ['yes', 'no', null, 'yes', 'no']);
    expect(result).toEqual({ value: 1, n: 3 });
  });

  it.each<[string, Rating[], Rating[], KappaWeights, RegExp]>([
    ['no item rated by both', [1, null], [null, 2], 'none', /no item was rated by both/],
    ['one rating value only', [3, 3, 3], [3, 3, 3], 'quadratic', /chance agreement is total/],
    ['labels with weights', ['a', 'b'], ['a', 'a'], 'linear', /labels allow only unweighted/],
  ])('%s → null with a reason', (_name, a, b, weights, reason) => {
    const result = cohenKappa(a, b, { weights });
    expect(result.value).toBeNull();
    expect('reason' in result ? result.reason : '').toMatch(reason);
  });

  it('throws on lists that are not aligned by item (a bug in the caller)', () => {
    expect(() => cohenKappa([1, 2], [1])).toThrow(/same length/);
  });
});

const ratings = fc.array(
  fc.tuple(
    fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
    fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
  ),
  { maxLength: 40 },
);
const weightings = fc.constantFrom<KappaWeights>('none', 'linear', 'quadratic');

describe('cohenKappa: properties', () => {
  it('is finite or null, and always a valid StatResult', () => {
    fc.assert(
      fc.property(ratings, weightings, (pairs, weights) => {
        const result = cohenKappa(
          pairs.map(([x]) => x),
          pairs.map(([, y]) => y),
          { weights },
        );
        expect(StatResultSchema.parse(result)).toEqual(result);
        if (result.value !== null) expect(Number.isFinite(result.value)).toBe(true);
      }),
    );
  });

  it('is symmetric in the two raters', () => {
    fc.assert(
      fc.property(ratings, weightings, (pairs, weights) => {
        const a = pairs.map(([x]) => x);
        const b = pairs.map(([, y]) => y);
        expect(cohenKappa(a, b, { weights })).toEqual(cohenKappa(b, a, { weights }));
      }),
    );
  });

  it('is 1 for identical raters whenever it is defined', () => {
    fc.assert(
      fc.property(ratings, weightings, (pairs, weights) => {
        const a = pairs.map(([x]) => x);
        const result = cohenKappa(a, a, { weights });
        if (result.value !== null) expect(result.value).toBe(1);
      }),
    );
  });
});
