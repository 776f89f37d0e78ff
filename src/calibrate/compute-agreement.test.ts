import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeAgreement } from './compute-agreement.ts';
import { parseRatingsCsv } from './parse-ratings-csv.ts';
import { type AgreementReport, AgreementReportSchema, type RatingRow } from './schema.ts';

function readFixture(name: string): RatingRow[] {
  const path = `test/fixtures/ratings/${name}`;
  return parseRatingsCsv({ path, text: readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8') });
}

const threeRaters = readFixture('three-raters.csv');
const krippendorff2011 = readFixture('krippendorff-2011.csv');

// Expected values: exact fractions from an independent check (Python: sklearn.metrics
// cohen_kappa_score, statsmodels fleiss_kappa, and Krippendorff's pairwise formulas in exact
// fractions), each also worked out from the fixture by hand for the unweighted statistics.
const pairKeys = ['a', 'b', 'n', 'percentAgreement', 'cohenKappa', 'linearKappa', 'quadraticKappa'] as const;
type PairRow = [string, string, number, number, number, number, number];

describe('computeAgreement: reference values', () => {
  it.each<
    [
      string,
      RatingRow[],
      Omit<AgreementReport, 'pairs' | 'notes' | 'pairsCompared' | 'pairsWithoutSharedItems'>,
      PairRow[],
      string[],
    ]
  >([
    [
      'three-raters.csv (i07 has 2 ratings, so no Fleiss)',
      threeRaters,
      {
        items: 10,
        raters: 3,
        sharedItems: 10,
        krippendorffAlpha: { nominal: 5 / 11, ordinal: 2339 / 2871, interval: 29 / 36 },
        fleissKappa: null,
      },
      [
        ['ana', 'ben', 10, 0.7, 22 / 37, 43 / 58, 94 / 109],
        ['ana', 'cai', 9, 6 / 9, 34 / 61, 68 / 95, 50 / 59],
        ['ben', 'cai', 9, 3 / 9, 5 / 59, 17 / 44, 17 / 26],
      ],
      ['fleissKappa'],
    ],
    [
      'three-raters.csv without i07 (every item has 3 ratings)',
      threeRaters.filter((row) => row.item !== 'i07'),
      {
        items: 9,
        raters: 3,
        sharedItems: 9,
        krippendorffAlpha: { nominal: 55 / 133, ordinal: 64933 / 81729, interval: 103 / 129 },
        fleissKappa: 52 / 133,
      },
      [
        ['ana', 'ben', 9, 6 / 9, 32 / 59, 68 / 95, 158 / 185],
        ['ana', 'cai', 9, 6 / 9, 34 / 61, 68 / 95, 50 / 59],
        ['ben', 'cai', 9, 3 / 9, 5 / 59, 17 / 44, 17 / 26],
      ],
      [],
    ],
    [
      // Published: nominal 0.743, ordinal 0.815, interval 0.849 (see src/stats/krippendorff-alpha.test.ts).
      'Krippendorff (2011) reliability data as a CSV',
      krippendorff2011,
      {
        items: 12,
        raters: 4,
        // One of the 12 units has a single rating: α pairs only the other 11.
        sharedItems: 11,
        krippendorffAlpha: { nominal: 113 / 152, ordinal: 108577 / 133160, interval: 951 / 1120 },
        fleissKappa: null,
      },
      [
        ['observer1', 'observer2', 9, 8 / 9, 0.8448275862068966, 0.8941176470588236, 0.9395973154362416],
        ['observer1', 'observer3', 8, 5 / 8, 0.4782608695652174, 0.5, 0.5384615384615384],
        ['observer1', 'observer4', 9, 8 / 9, 0.85, 0.7157894736842105, 0.5524861878453038],
        ['observer2', 'observer3', 9, 6 / 9, 0.5423728813559321, 0.7157894736842105, 0.8571428571428572],
        ['observer2', 'observer4', 10, 0.9, 0.8701298701298701, 0.855072463768116, 0.8709677419354839],
        ['observer3', 'observer4', 10, 0.7, 0.6153846153846154, 0.7727272727272727, 0.8920863309352518],
      ],
      ['fleissKappa'],
    ],
  ])('%s', (_name, rows, expected, pairs, nullNotes) => {
    const report = computeAgreement(rows);
    expect(AgreementReportSchema.parse(report)).toEqual(report);
    expect(report.items).toBe(expected.items);
    expect(report.raters).toBe(expected.raters);
    expect(report.sharedItems).toBe(expected.sharedItems);
    // Every pair of these raters shares items, so all are compared.
    expect([report.pairsCompared, report.pairsWithoutSharedItems]).toEqual([pairs.length, 0]);
    for (const level of ['nominal', 'ordinal', 'interval'] as const) {
      expect(report.krippendorffAlpha[level]).toBeCloseTo(
        expected.krippendorffAlpha[level] ?? Number.NaN,
        12,
      );
    }
    if (expected.fleissKappa === null) expect(report.fleissKappa).toBeNull();
    else expect(report.fleissKappa).toBeCloseTo(expected.fleissKappa, 12);
    expect(report.pairs).toHaveLength(pairs.length);
    pairs.forEach((row, p) => {
      const actual = report.pairs[p];
      pairKeys.forEach((key, k) => {
        const want = row[k];
        if (typeof want === 'string') expect(actual?.[key]).toBe(want);
        else expect(actual?.[key]).toBeCloseTo(want ?? Number.NaN, 12);
      });
    });
    expect(Object.keys(report.notes)).toEqual(nullNotes);
  });

  it('matches the published Krippendorff (2011) values to three places', () => {
    const { krippendorffAlpha } = computeAgreement(krippendorff2011);
    expect(krippendorffAlpha.nominal).toBeCloseTo(0.743, 3);
    expect(krippendorffAlpha.ordinal).toBeCloseTo(0.815, 3);
    expect(krippendorffAlpha.interval).toBeCloseTo(0.849, 3);
  });

  it('gives exactly the contract keys', () => {
    const report = computeAgreement(threeRaters);
    expect(Object.keys(report)).toEqual([
      'items',
      'raters',
      'sharedItems',
      'pairsCompared',
      'pairsWithoutSharedItems',
      'krippendorffAlpha',
      'fleissKappa',
      'pairs',
      'notes',
    ]);
    expect(Object.keys(report.pairs[0] ?? {})).toEqual([...pairKeys]);
  });
});

describe('computeAgreement: nulls carry reasons', () => {
  // Two raters × 4 items of nominal labels. By hand: coincidences o(yes,yes)=2, o(yes,no)=o(no,yes)=1,
  // o(no,no)=4; n_yes=3, n_no=5, n=8 → α = 1 − 7·2/(2·3·5) = 8/15. Cohen: p_o = 3/4, p_e = 1/2 → κ = 1/2.
  // Fleiss (m=2): P̄ = 3/4, P̄e = (3² + 5²)/8² = 34/64 → κ = (48 − 34)/(64 − 34) = 7/15.
  const labels: RatingRow[] = [
    ['u1', 'yes', 'yes'],
    ['u2', 'yes', 'no'],
    ['u3', 'no', 'no'],
    ['u4', 'no', 'no'],
  ].flatMap(([item = '', a = '', b = '']) => [
    { item, rater: 'A', rating: a },
    { item, rater: 'B', rating: b },
  ]);

  it('nominal labels: values where defined, reasons for ordinal, interval and weighted kappas', () => {
    const report = computeAgreement(labels);
    expect(report.krippendorffAlpha.nominal).toBeCloseTo(8 / 15, 12);
    expect(report.fleissKappa).toBeCloseTo(7 / 15, 12);
    expect(report.pairs).toEqual([
      {
        a: 'A',
        b: 'B',
        n: 4,
        percentAgreement: 0.75,
        cohenKappa: 0.5,
        linearKappa: null,
        quadraticKappa: null,
      },
    ]);
    expect(report.krippendorffAlpha.ordinal).toBeNull();
    expect(report.krippendorffAlpha.interval).toBeNull();
    expect(report.notes).toEqual({
      'krippendorffAlpha.ordinal': 'ordinal alpha needs numeric ratings; labels allow only nominal alpha',
      'krippendorffAlpha.interval': 'interval alpha needs numeric ratings; labels allow only nominal alpha',
      'pairs[0].linearKappa': 'linear kappa needs numeric ratings; labels allow only unweighted kappa',
      'pairs[0].quadraticKappa': 'quadratic kappa needs numeric ratings; labels allow only unweighted kappa',
    });
  });

  it.each<[string, RatingRow[], AgreementReport]>([
    [
      'no rows',
      [],
      {
        items: 0,
        raters: 0,
        sharedItems: 0,
        pairsCompared: 0,
        pairsWithoutSharedItems: 0,
        krippendorffAlpha: { nominal: null, ordinal: null, interval: null },
        fleissKappa: null,
        pairs: [],
        notes: {
          'krippendorffAlpha.nominal': 'fewer than two raters',
          'krippendorffAlpha.ordinal': 'fewer than two raters',
          'krippendorffAlpha.interval': 'fewer than two raters',
          fleissKappa: 'no item has any rating',
        },
      },
    ],
    [
      'two raters who never rated the same item: counted, not compared',
      [
        { item: 'x', rater: 'A', rating: 3 },
        { item: 'y', rater: 'B', rating: 2 },
      ],
      {
        items: 2,
        raters: 2,
        sharedItems: 0,
        pairsCompared: 0,
        pairsWithoutSharedItems: 1,
        krippendorffAlpha: { nominal: null, ordinal: null, interval: null },
        fleissKappa: null,
        pairs: [],
        notes: {
          'krippendorffAlpha.nominal': 'no unit was rated by two or more raters, so nothing is pairable',
          'krippendorffAlpha.ordinal': 'no unit was rated by two or more raters, so nothing is pairable',
          'krippendorffAlpha.interval': 'no unit was rated by two or more raters, so nothing is pairable',
          fleissKappa: 'each item has only one rating, so there is nothing to agree on',
        },
      },
    ],
    [
      // The case in small: interviewers of different candidates each share items with the
      // run only. Their pair statistics would be empty; only pairs with the run are compared,
      // and the notes index the compared pairs.
      'interviewers who share items only with the run',
      [
        { item: 't1#q1', rater: 'run', rating: 3 },
        { item: 't1#q2', rater: 'run', rating: 2 },
        { item: 't2#q1', rater: 'run', rating: 4 },
        { item: 't1#q1', rater: 'Ann', rating: 3 },
        { item: 't1#q2', rater: 'Ann', rating: 3 },
        { item: 't2#q1', rater: 'Bo', rating: 4 },
      ],
      {
        items: 3,
        raters: 3,
        sharedItems: 3,
        pairsCompared: 2,
        pairsWithoutSharedItems: 1,
        krippendorffAlpha: expect.anything(),
        // P̄ = 2/3 (two of three items agree); p = {2: 1/6, 3: 3/6, 4: 2/6} → P̄e = 14/36 → κ = 5/11.
        fleissKappa: 5 / 11,
        pairs: [
          {
            a: 'Ann',
            b: 'run',
            n: 2,
            percentAgreement: 0.5,
            cohenKappa: 0,
            linearKappa: 0,
            quadraticKappa: 0,
          },
          {
            a: 'Bo',
            b: 'run',
            n: 1,
            percentAgreement: 1,
            cohenKappa: null,
            linearKappa: null,
            quadraticKappa: null,
          },
        ],
        notes: expect.objectContaining({
          'pairs[1].cohenKappa': expect.any(String),
        }),
      },
    ],
  ])('%s', (_name, rows, expected) => {
    expect(computeAgreement(rows)).toEqual(expected);
  });

  it('does not mutate its input', () => {
    const rows = structuredClone(threeRaters);
    computeAgreement(rows);
    expect(rows).toEqual(threeRaters);
  });

  it('throws on two rows for one (item, rater), a caller bug', () => {
    const row = { item: 'x', rater: 'A', rating: 3 };
    expect(() => computeAgreement([row, { ...row, rating: 4 }])).toThrow(
      'buildRatingMatrix: expected one rating per (item, rater), got two for (x, A)',
    );
  });
});
