import { describe, expect, it } from 'vitest';
import { makeTranscriptItems } from '../../test/fixtures/ratings/item-results.ts';
import { buildCalibrationReport } from '../calibrate/build-calibration-report.ts';
import { renderCalibrationPage } from './render-calibration-page.ts';

const hostile = '<img src=x onerror=alert(1)> "Ann"';
const report = buildCalibrationReport({
  items: [
    ...makeTranscriptItems('t1', [1, 2, 3, 1, 2, 3], [3, 4, 4, 3, 4, 4]),
    ...makeTranscriptItems('t2', [2, 3], [2, 3]),
  ],
  interviewerOf: { t1: hostile, t2: 'Bo' },
  scale: { min: 1, max: 4, source: 'run' },
  rescaled: [],
  reviewedItems: 0,
});
const html = renderCalibrationPage(report, {
  title: 'Rubric <x>',
  sources: ['run runs/a'],
  generatedBy: 'rubricate test',
});

describe('renderCalibrationPage', () => {
  it('is one offline page with no script at all', () => {
    expect(html).toContain("script-src 'none'");
    expect(html).not.toMatch(/<script|\bsrc=["']?https?:|<link\b/i);
  });

  it('draws one row per interviewer with a dot, n, the label and the reading', () => {
    expect(html.match(/<li class="bias-row"/g)).toHaveLength(2);
    expect(html.match(/<circle class="dot"/g)).toHaveLength(2);
    expect(html).toContain('data-label="lenient"');
    expect(html).toContain('data-label="insufficient_data"');
    expect(html).toContain('<span class="bias-n">n 6</span>');
    expect(html).toContain('Rates higher than the rubric');
    expect(html).toContain('1 lenient, 0 severe, 0 calibrated, 1 with too little data to tell');
  });

  it('escapes rater names and titles from run files', () => {
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &quot;Ann&quot;');
    expect(html).toContain('Rubric &lt;x&gt;');
  });

  it('states how many rater pairs were compared', () => {
    expect(html).toContain('2 that share items (1 pair shares none and is left out)');
  });
});
