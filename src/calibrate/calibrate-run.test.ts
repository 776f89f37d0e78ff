import { describe, expect, it } from 'vitest';
import { makeTranscriptItems } from '../../test/fixtures/ratings/item-results.ts';
import { DEFAULT_SCALE } from '../rubric/schema.ts';
import { calibrateRun, interviewersOfRun } from './calibrate-run.ts';

// Lena rates t1 a point above the judges on six questions.
const items = makeTranscriptItems('t1', [1, 2, 3, 1, 2, 3], [2, 3, 4, 2, 3, 4]);
const inputs = [{ transcript: 't1', metadata: { interviewer: 'Lena' } }, { transcript: null }];
const reviewed = (finalRatings: (number | null)[]) =>
  finalRatings.map((finalRating, i) => ({
    key: `t1#q${i + 1}`,
    finalRating,
    decision: finalRating === null ? ('not_asked' as const) : ('rate' as const),
    reviewer: 'Ann',
    note: null,
    at: '2025-01-01T00:00:00Z',
  }));

describe('calibrateRun', () => {
  it('names interviewers from the inputs’ metadata', () => {
    expect(interviewersOfRun(inputs)).toEqual({ t1: 'Lena' });
  });

  it('compares each interviewer with the judges’ ratings when nobody reviewed', () => {
    const outcome = calibrateRun({ items, reviewed: [], inputs, scale: DEFAULT_SCALE });
    expect(outcome.kind === 'report' && outcome.report.interviewers[0]).toMatchObject({
      rater: 'Lena',
      n: 6,
      meanBias: 1,
      label: 'lenient',
    });
  });

  it('uses reviewers’ final ratings where they exist: the reviewers agree with Lena', () => {
    const outcome = calibrateRun({
      items,
      reviewed: reviewed([2, 3, 4, 2, 3, null]),
      inputs,
      scale: DEFAULT_SCALE,
    });
    expect(outcome.kind).toBe('report');
    if (outcome.kind !== 'report') return;
    expect(outcome.report.reviewedItems).toBe(6);
    expect(outcome.report.interviewers[0]).toMatchObject({
      rater: 'Lena',
      n: 5,
      meanBias: 0,
      label: 'calibrated',
    });
    expect(outcome.report.scale).toEqual({ min: 1, max: 4, source: 'run' });
  });

  it('refuses an interviewer on another scale instead of calling them lenient', () => {
    const zeroToFive = makeTranscriptItems('t1', [1, 2, 3, 4, 1, 2], [2, 3, 5, 5, 2, 3]);
    const outcome = calibrateRun({ items: zeroToFive, reviewed: [], inputs, scale: DEFAULT_SCALE });
    expect(outcome.kind).toBe('scale_mismatch');
  });
});
