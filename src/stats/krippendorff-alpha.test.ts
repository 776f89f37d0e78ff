import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCoincidences } from './coincidence-matrix.ts';
import { krippendorffAlpha } from './krippendorff-alpha.ts';
import { type AlphaLevel, type Rating, StatResultSchema } from './schema.ts';

const _ = null;

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", §C: 4 observers × 12 units,
// with missing values. Unit 12 has one value only and is not pairable. Published: nominal α = 0.743,
// ordinal 0.815, interval 0.849, ratio 0.797. The same data and values are in the test suite of the
// reference Python implementation (pln-fing-udelar/fast-krippendorff, tests/test_krippendorff.py).
const krippendorff2011: Rating[][] = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
];

// Wikipedia "Krippendorff's alpha", computational example: 3 coders × 15 units. Published (and in
// fast-krippendorff's tests): nominal 0.691358, interval 0.810845.
const wikipedia: Rating[][] = [
  [_, _, _, _, _, 3, 4, 1, 2, 1, 1, 3, 3, _, 3],
  [1, _, 2, 1, 3, 3, 4, 3, _, _, _, _, _, _, _],
  [_, _, 2, 1, 3, 4, 4, _, 2, 1, 1, 3, 3, _, 4],
];

describe('krippendorffAlpha: published examples', () => {
  // `exact` is the rational the paper's formulas give, worked out with exact fractions.
  it.each<[string, Rating[][], AlphaLevel, number, number, number, number]>([
    ['Krippendorff 2011, nominal (0.743)', krippendorff2011, 'nominal', 0.743, 3, 113 / 152, 11],
    ['Krippendorff 2011, ordinal (0.815)', krippendorff2011, 'ordinal', 0.815, 3, 108577 / 133160, 11],
    ['Krippendorff 2011, interval (0.849)', krippendorff2011, 'interval', 0.849, 3, 951 / 1120, 11],
    ['Krippendorff 2011, ratio (0.797)', krippendorff2011, 'ratio', 0.797, 3, 18222619 / 22852465, 11],
    ['Wikipedia, nominal (0.691358)', wikipedia, 'nominal', 0.691358, 6, 56 / 81, 12],
    ['Wikipedia, interval (0.810845)', wikipedia, 'interval', 0.810845, 6, 643 / 793, 12],
  ])('%s', (_name, data, level, value, digits, exact, n) => {
    const result = krippendorffAlpha(data, level);
    expect(result.n).toBe(n);
    expect(result.value).toBeCloseTo(value, digits);
    expect(result.value).toBeCloseTo(exact, 12);
  });

  it('builds the coincidence matrix printed in Krippendorff (2011) §C', () => {
    const { values, matrix, marginals, total, units } = buildCoincidences(krippendorff2011);
    expect(values).toEqual([1, 2, 3, 4, 5]);
    const printed = [
      [7, 4 / 3, 1 / 3, 1 / 3, 0],
      [4 / 3, 10, 4 / 3, 1 / 3, 0],
      [1 / 3, 4 / 3, 8, 1 / 3, 0],
      [1 / 3, 1 / 3, 1 / 3, 4, 0],
      [0, 0, 0, 0, 3],
    ];
    expect(matrix.flat()).toHaveLength(25);
    printed.flat().forEach((o, i) => {
      expect(matrix.flat()[i]).toBeCloseTo(o, 12);
    });
    [9, 13, 10, 5, 3].forEach((nc, c) => {
      expect(marginals[c]).toBeCloseTo(nc, 12);
    });
    expect(total).toBe(40);
    expect(units).toBe(11);
  });

  it('takes labels at the nominal level (fast-krippendorff test_string_labels_nominal: 0.722222 = 13/18)', () => {
    const labels = [
      ['pos', 'neg', 'neu', _],
      ['pos', 'neg', 'neu', 'pos'],
      ['pos', 'neg', 'pos', 'pos'],
    ];
    expect(krippendorffAlpha(labels, 'nominal').value).toBeCloseTo(13 / 18, 12);
  });

  it('treats two zeros as no difference at the ratio level (fast-krippendorff test_ratio_metric_with_zeros)', () => {
    expect(
      krippendorffAlpha(
        [
          [0, 1, 2],
          [0, 1, 2],
        ],
        'ratio',
      ),
    ).toEqual({ value: 1, n: 3 });
  });
});

describe('krippendorffAlpha: degenerate input', () => {
  it.each<[string, Rating[][], AlphaLevel, RegExp]>([
    ['one rater', [[1, 2, 3]], 'interval', /fewer than two raters/],
    [
      'no pairable unit',
      [
        [1, _],
        [_, 2],
      ],
      'nominal',
      /nothing is pairable/,
    ],
    [
      'one rating value only',
      [
        [2, 2],
        [2, 2],
      ],
      'ordinal',
      /expected disagreement is zero/,
    ],
    [
      'labels above the nominal level',
      [
        ['a', 'b'],
        ['a', 'a'],
      ],
      'ordinal',
      /labels allow only nominal/,
    ],
    [
      'negative values at the ratio level',
      [
        [-1, 2],
        [1, 2],
      ],
      'ratio',
      /non-negative/,
    ],
  ])('%s → null with a reason', (_name, data, level, reason) => {
    const result = krippendorffAlpha(data, level);
    expect(result.value).toBeNull();
    expect('reason' in result ? result.reason : '').toMatch(reason);
  });

  it('throws on NaN, which no validated rating can be', () => {
    expect(() =>
      krippendorffAlpha(
        [
          [1, Number.NaN],
          [1, 2],
        ],
        'nominal',
      ),
    ).toThrow(RangeError);
  });
});

const levels = fc.constantFrom<AlphaLevel>('nominal', 'ordinal', 'interval', 'ratio');
const reliabilityData = fc.integer({ min: 0, max: 12 }).chain((units) =>
  fc.array(
    fc.array(fc.option(fc.integer({ min: 0, max: 4 }), { nil: null, freq: 4 }), {
      minLength: units,
      maxLength: units,
    }),
    { minLength: 1, maxLength: 5 },
  ),
);

describe('krippendorffAlpha: properties', () => {
  it('is finite or null, and always a valid StatResult', () => {
    fc.assert(
      fc.property(reliabilityData, levels, (data, level) => {
        const result = krippendorffAlpha(data, level);
        expect(StatResultSchema.parse(result)).toEqual(result);
        if (result.value !== null) expect(Number.isFinite(result.value)).toBe(true);
      }),
    );
  });

  it('does not depend on the order of the raters', () => {
    fc.assert(
      fc.property(reliabilityData, levels, (data, level) => {
        const forward = krippendorffAlpha(data, level);
        const reversed = krippendorffAlpha(data.toReversed(), level);
        expect(reversed.n).toBe(forward.n);
        if (forward.value === null) expect(reversed.value).toBeNull();
        else expect(reversed.value).toBeCloseTo(forward.value, 12);
      }),
    );
  });

  it('is 1 for identical raters whenever it is defined', () => {
    fc.assert(
      fc.property(reliabilityData, fc.integer({ min: 2, max: 4 }), levels, (data, raters, level) => {
        const first = data[0] ?? [];
        const result = krippendorffAlpha(
          Array.from({ length: raters }, () => first),
          level,
        );
        if (result.value !== null) expect(result.value).toBe(1);
      }),
    );
  });
});
