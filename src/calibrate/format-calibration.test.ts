import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeTranscriptItems } from '../../test/fixtures/ratings/item-results.ts';
import { buildCalibrationReport } from './build-calibration-report.ts';
import { formatCalibration } from './format-calibration.ts';
import { parseRatingsCsv } from './parse-ratings-csv.ts';

const path = 'test/fixtures/ratings/three-raters.csv';
const ratings = parseRatingsCsv({
  path,
  text: readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'),
});
const items = [
  ...makeTranscriptItems('t1', [2, 3, 1, 3], [3, 4, 2, 4]),
  ...makeTranscriptItems('t3', [2, 3, 4, 1], [2, 3, 3, 2]),
];

describe('formatCalibration', () => {
  it('prints agreement, pairs, interviewers and the reasons for missing values', () => {
    const report = buildCalibrationReport({ ratings, items, interviewerOf: { t1: 'Lena' } });
    expect(formatCalibration(report)).toBe(
      [
        'Agreement over 3 rater pairs that share items (3 raters; 10 of 10 items rated by two or more)',
        "  Krippendorff's alpha  nominal 0.455  ordinal 0.815  interval 0.806",
        "  Fleiss' kappa         —",
        '',
        'Rater pairs',
        '  a    b    n   agreement  kappa  linear  quadratic',
        '  ana  ben  10  70.0%      0.595  0.741   0.862',
        '  ana  cai  9   66.7%      0.557  0.716   0.847',
        '  ben  cai  9   33.3%      0.085  0.386   0.654',
        '',
        'Interviewers against the run (bias = interviewer − run: + lenient, − severe; a label needs ≥ 5 items)',
        '  rater              n  quadratic κ  mean bias  95% CI          label              per question (bias, n)',
        '  Lena               4  0.579        +1.00      [+1.00, +1.00]  insufficient_data  q1 +1.00 (1) · q2 +1.00 (1) · q3 +1.00 (1) · q4 +1.00 (1)',
        '  interviewer of t3  4  0.667        0.00       [-1.30, +1.30]  insufficient_data  q1 0.00 (1) · q2 0.00 (1) · q3 -1.00 (1) · q4 +1.00 (1)',
        '',
        '  Lena: Too few items to tell: 4 items rated by both (at least 5 needed); average +1.00 points.',
        '  interviewer of t3: Too few items to tell: 4 items rated by both (at least 5 needed); average 0.00 points.',
        '',
        'Why some values are missing',
        '  fleissKappa  every item needs the same number of ratings, but items have 2 to 3',
        '',
      ].join('\n'),
    );
  });

  it('names the rater pair of a missing pair statistic and omits empty sections', () => {
    const report = buildCalibrationReport({
      ratings: [
        { item: 'x', rater: 'A', rating: 'yes' },
        { item: 'x', rater: 'B', rating: 'no' },
      ],
    });
    const text = formatCalibration(report);
    // One item, yes vs no: observed and chance agreement are both 0, so κ = 0 and nominal α = 0.
    expect(text).toContain("  Krippendorff's alpha  nominal 0.000  ordinal —  interval —");
    expect(text).toContain(
      '  A–B linearKappa             linear kappa needs numeric ratings; labels allow only unweighted kappa',
    );
    expect(text).toContain('  A  B  1  0.0%       0.000  —       —');
    expect(text).not.toContain('Interviewers');
  });

  it('counts the pairs left out, and says which scale was used and who was rescaled', () => {
    const report = buildCalibrationReport({
      items: [
        ...makeTranscriptItems('t1', [2, 3, 1, 3, 2], [3, 4, 2, 4, 3]),
        ...makeTranscriptItems('t2', [2, 3], [2, 3]),
      ],
      interviewerOf: { t1: 'Lena', t2: 'Omar' },
      scale: { min: 1, max: 4, source: 'run' },
      rescaled: [{ rater: 'Omar', from: { min: 0, max: 5 }, to: { min: 1, max: 4 } }],
      reviewedItems: 2,
    });
    const text = formatCalibration(report);
    expect(text).toMatch(
      /^Agreement over 2 rater pairs that share items \(3 raters; 7 of 7 items rated by two or more\)/,
    );
    expect(text).toContain('  (1 pair of raters share no item and is left out)');
    expect(text).toContain(
      '  Lena: Rates higher than the rubric: +1.00 points on average (95% CI +1.00 to +1.00) over 5 items.',
    );
    expect(text).toContain("Scale: every rating read on 1–4 (the run's rubric).");
    expect(text).toContain('  Omar: rescaled from 0–5 to 1–4 (linear, rounded to whole points).');
    expect(text).toContain("Reviewed: 2 run items use a reviewer's final rating (reviewed.jsonl).");
  });
});
