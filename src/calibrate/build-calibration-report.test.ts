import { describe, expect, it } from 'vitest';
import { makeItemResult, makeTranscriptItems } from '../../test/fixtures/ratings/item-results.ts';
import { buildCalibrationReport, RUN_RATER, ratingRowsOfRun } from './build-calibration-report.ts';
import { CalibrationReportSchema, type RatingRow } from './schema.ts';

const items = [
  ...makeTranscriptItems('t1', [2, 3, 1, 3], [3, 4, 2, 4]),
  ...makeTranscriptItems('t2', [2, 3, 4, 1], [2, 3, 3, 2]),
  makeItemResult({ transcript: 't2', question: 'q5', rating: null, interviewerRating: 3 }),
];

describe('ratingRowsOfRun', () => {
  it('turns the run and each interviewer into raters, keyed <transcript>#<question>', () => {
    const rows = ratingRowsOfRun(items, { t1: 'Lena' });
    expect(rows.filter((row) => row.rater === RUN_RATER)).toHaveLength(8);
    expect(rows).toContainEqual({ item: 't1#q2', rater: RUN_RATER, rating: 3 });
    expect(rows).toContainEqual({ item: 't1#q2', rater: 'Lena', rating: 4 });
    expect(rows).toContainEqual({ item: 't2#q5', rater: 'interviewer of t2', rating: 3 });
    expect(rows).toHaveLength(8 + 9);
  });
});

describe('buildCalibrationReport', () => {
  const csv: RatingRow[] = [
    { item: 'a', rater: 'X', rating: 1 },
    { item: 'a', rater: 'Y', rating: 2 },
    { item: 'b', rater: 'X', rating: 3 },
    { item: 'b', rater: 'Y', rating: 3 },
  ];

  it.each<[string, Parameters<typeof buildCalibrationReport>[0], number, number, string[]]>([
    ['--ratings: agreement among the CSV raters, no interviewers', { ratings: csv }, 2, 2, []],
    [
      '--run: agreement among interviewers and the run',
      { items, interviewerOf: { t1: 'Lena' } },
      9,
      3,
      ['Lena', 'interviewer of t2'],
    ],
    [
      '--run --ratings: agreement from the CSV, interviewers from the run',
      { ratings: csv, items },
      2,
      2,
      ['interviewer of t1', 'interviewer of t2'],
    ],
    ['nothing', {}, 0, 0, []],
  ])('%s', (_name, input, itemCount, raterCount, interviewers) => {
    const report = buildCalibrationReport(input);
    expect(CalibrationReportSchema.parse(report)).toEqual(report);
    expect([report.items, report.raters]).toEqual([itemCount, raterCount]);
    expect(report.interviewers.map((r) => r.rater)).toEqual(interviewers);
  });

  it('computes run agreement over the interviewers and the run (Lena: 4 items all +1)', () => {
    const report = buildCalibrationReport({ items: items.slice(0, 4), interviewerOf: { t1: 'Lena' } });
    // Lena [3,4,2,4] vs run [2,3,1,3]: never equal, so percent agreement 0 and Cohen's kappa
    // (0 − p_e)/(1 − p_e) with p_e = (1·1 + 1·2)/16 = 3/16 → −3/13.
    expect(report.pairs).toEqual([
      expect.objectContaining({ a: 'Lena', b: RUN_RATER, n: 4, percentAgreement: 0 }),
    ]);
    expect(report.pairs[0]?.cohenKappa).toBeCloseTo(-3 / 13, 12);
  });
});
