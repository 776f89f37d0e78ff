import { describe, expect, it } from 'vitest';
import { makeItemResult, makeTranscriptItems } from '../../test/fixtures/ratings/item-results.ts';
import { calibrateInterviewers } from './calibrate-interviewers.ts';
import { type InterviewerReport, InterviewerReportSchema, type RatingRow } from './schema.ts';

// A run over three transcripts × q1–q4. Lena interviewed t1 and t2 and rates about one point above
// the run; t3's interviewer (not named in the map) is right on average. A not-asked item in t3
// carries an interviewer rating but no run rating, so it must not count.
const items = [
  ...makeTranscriptItems('t1', [2, 3, 1, 3], [3, 4, 2, 4]),
  ...makeTranscriptItems('t2', [3, 2, 2, 1], [4, 4, 2, 2]),
  ...makeTranscriptItems('t3', [2, 3, 4, 1], [2, 3, 3, 2]),
  makeItemResult({ transcript: 't3', question: 'q5', rating: null, interviewerRating: 3 }),
];
const interviewerOf = { t1: 'Lena', t2: 'Lena' };

// Sev rates about one point below the run, from a CSV: t1 by `item` keys, t2 by transcript/question
// columns. Lena's CSV row for t2#q3 (3) replaces her metadata rating (2). Rows that match no item
// and label ratings off the numeric scale are left out.
const csv: RatingRow[] = [
  ...[1, 2, 1, 2].map((rating, i) => ({ item: `t1#q${i + 1}`, rater: 'Sev', rating })),
  ...[2, 1, 1, 1].map((rating, i) => ({
    item: `row${i}`,
    rater: 'Sev',
    rating,
    transcript: 't2',
    question: `q${i + 1}`,
  })),
  { item: 't2#q3', rater: 'Lena', rating: 3 },
  { item: 't9#q1', rater: 'Sev', rating: 4 },
  { item: 't1#q1', rater: 'Nominal Nina', rating: 'great' },
  { item: 't8#q1', rater: 'Ghost', rating: 2 },
];

// Expected values from an independent check (Python: sklearn cohen_kappa_score(weights='quadratic');
// the CI with t(0.975, n − 1) from mpmath at 40 digits — Debian's scipy 1.10 t.ppf(0.975, 7) is off
// by 2.5e-10 relative). Lena: diffs [1,1,1,1, 1,2,1,1]; t3: [0,0,−1,1];
// Sev: [−1,−1,0,−1, −1,−1,−1,0].
const expected: InterviewerReport[] = [
  {
    rater: 'Lena',
    n: 8,
    quadraticKappa: 19 / 41,
    meanBias: 1.125,
    biasCi95: [0.8294219685509018, 1.420578031449098],
    label: 'lenient',
    reading: 'Rates higher than the rubric: +1.13 points on average (95% CI +0.83 to +1.42) over 8 items.',
    perQuestion: [
      { question: 'q1', n: 2, meanBias: 1 },
      { question: 'q2', n: 2, meanBias: 1.5 },
      { question: 'q3', n: 2, meanBias: 1 },
      { question: 'q4', n: 2, meanBias: 1 },
    ],
    notes: {},
  },
  {
    rater: 'Sev',
    n: 8,
    quadraticKappa: 7 / 15,
    meanBias: -0.75,
    biasCi95: [-1.13700248653758, -0.36299751346241993],
    label: 'severe',
    reading: 'Rates lower than the rubric: −0.75 points on average (95% CI −1.14 to −0.36) over 8 items.',
    perQuestion: [
      { question: 'q1', n: 2, meanBias: -1 },
      { question: 'q2', n: 2, meanBias: -1 },
      { question: 'q3', n: 2, meanBias: -0.5 },
      { question: 'q4', n: 2, meanBias: -0.5 },
    ],
    notes: {},
  },
  {
    rater: 'interviewer of t3',
    n: 4,
    quadraticKappa: 2 / 3,
    meanBias: 0,
    biasCi95: [-1.2992282636251116, 1.2992282636251116],
    // Right on average, but 4 items are below the minimum of 5: no label either way.
    label: 'insufficient_data',
    reading: 'Too few items to tell: 4 items rated by both (at least 5 needed); average 0.00 points.',
    perQuestion: [
      { question: 'q1', n: 1, meanBias: 0 },
      { question: 'q2', n: 1, meanBias: 0 },
      { question: 'q3', n: 1, meanBias: -1 },
      { question: 'q4', n: 1, meanBias: 1 },
    ],
    notes: {},
  },
];

describe('calibrateInterviewers', () => {
  const reports = calibrateInterviewers(items, csv, interviewerOf);

  it('labels the lenient interviewer lenient, the severe one severe, the one with 4 items insufficient_data', () => {
    expect(reports.map((r) => [r.rater, r.label])).toEqual([
      ['Lena', 'lenient'],
      ['Sev', 'severe'],
      ['interviewer of t3', 'insufficient_data'],
    ]);
  });

  it.each(expected.map((report, i) => [report.rater, report, i] as const))(
    '%s: exact values',
    (_r, want, i) => {
      const got = reports[i];
      expect(InterviewerReportSchema.parse(got)).toEqual(got);
      expect(got?.quadraticKappa).toBeCloseTo(want.quadraticKappa ?? Number.NaN, 12);
      expect(got?.biasCi95?.[0]).toBeCloseTo(want.biasCi95?.[0] ?? Number.NaN, 12);
      expect(got?.biasCi95?.[1]).toBeCloseTo(want.biasCi95?.[1] ?? Number.NaN, 12);
      expect({ ...got, quadraticKappa: 0, biasCi95: null }).toEqual({
        ...want,
        quadraticKappa: 0,
        biasCi95: null,
      });
    },
  );

  it('reads only metadata ratings without CSV rows, naming interviewers by the map', () => {
    const lena = calibrateInterviewers(items, [], interviewerOf).find((r) => r.rater === 'Lena');
    // Without the CSV override, t2#q3 is 2 − 2 = 0: diffs [1,1,1,1, 1,2,0,1].
    expect(lena).toMatchObject({ n: 8, meanBias: 1, label: 'lenient' });
    expect(calibrateInterviewers(items).map((r) => r.rater)).toEqual([
      'interviewer of t1',
      'interviewer of t2',
      'interviewer of t3',
    ]);
  });

  it.each<[string, number[], number[], Partial<InterviewerReport>]>([
    [
      'one item a point above: too few to tell',
      [2],
      [3],
      { n: 1, meanBias: 1, biasCi95: null, label: 'insufficient_data' },
    ],
    [
      'one item a point below: too few to tell',
      [3],
      [2],
      { n: 1, meanBias: -1, biasCi95: null, label: 'insufficient_data' },
    ],
    [
      'two items half a point above on average: too few to tell',
      [2, 3],
      [3, 3],
      { n: 2, meanBias: 0.5, label: 'insufficient_data' },
    ],
    [
      // The interviewer: bias +1.40, κ 0, n = 5, CI −0.02 to +2.82. Never "calibrated".
      'five items, +1.40 on average but scattered: cannot tell yet',
      [2, 1, 1, 3, 2],
      [3, 3, 4, 3, 3],
      {
        n: 5,
        meanBias: 1.4,
        label: 'insufficient_data',
        reading: expect.stringMatching(
          /^Cannot tell yet: \+1\.40 points on average over 5 items, but the 95% CI \(−0\.02 to \+2\.82\) is too wide/,
        ),
      },
    ],
    [
      'six items within half a point, κ defined: calibrated',
      [1, 2, 3, 4, 2, 3],
      [1, 2, 3, 4, 3, 3],
      {
        n: 6,
        label: 'calibrated',
        reading: expect.stringMatching(/^In line with the rubric: \+0\.17 points/),
      },
    ],
  ])('%s', (_name, run, own, want) => {
    expect(calibrateInterviewers(makeTranscriptItems('t', run, own))[0]).toMatchObject(want);
  });

  it('explains a null kappa', () => {
    const [report] = calibrateInterviewers(makeTranscriptItems('t', [3, 3], [3, 3]));
    expect(report).toMatchObject({
      quadraticKappa: null,
      meanBias: 0,
      biasCi95: [0, 0],
      label: 'insufficient_data',
    });
    expect(report?.notes).toEqual({
      quadraticKappa: 'both raters gave one and the same rating to every item, so chance agreement is total',
    });
  });

  it('returns nothing when no interviewer rated a scored item, and leaves its inputs alone', () => {
    const run = makeTranscriptItems('t', [2, null], [null, 3]);
    const before = structuredClone(run);
    expect(calibrateInterviewers(run)).toEqual([]);
    expect(run).toEqual(before);
  });
});
