import { calibrateRun } from '../../calibrate/calibrate-run.ts';
import { rowsOf } from '../describe.ts';
import { escapeHtml } from '../escape-html.ts';
import { countRows } from '../row-passes.ts';
import type { Report } from '../schema.ts';
import { renderAgreement, renderInterviewers } from './render-calibration.ts';

/**
 * report.html's calibration section: the interviewers' own ratings (transcript metadata) against
 * the run, reviewed final ratings included. Null when no interviewer rated anything, so runs
 * without interviewer ratings get no empty section. A rater on another scale is named instead of
 * being compared (`calibrate --rater-scale` rescales).
 */
export function renderRunCalibration(report: Report): string | null {
  const rows = rowsOf(report);
  if (countRows(rows, (item) => item.interviewerRating !== null) === 0) return null;
  // Calibration compares every item, so only a run whose interviewers rated holds all its rows.
  const outcome = calibrateRun({
    items: [...rows],
    reviewed: report.reviewed ?? [],
    inputs: report.manifest.inputs,
    scale: report.rubric.scale,
  });
  if (outcome.kind === 'scale_mismatch') {
    return `<div class="scale-problem" role="status"><p><strong>Interviewer ratings are on another scale</strong>, so they are not compared with the run:</p><ul>${outcome.mismatches
      .map((m) => `<li>${escapeHtml(m.message)}</li>`)
      .join('')}</ul></div>`;
  }
  return `<div class="panel">${renderInterviewers(outcome.report)}</div>
<details class="panel calib-agreement"><summary>Agreement among raters (${outcome.report.pairsCompared} pairs that share items)</summary>${renderAgreement(outcome.report)}</details>
<p class="muted">For a page to share: <code>rubricate calibrate --run &lt;run-dir&gt; --html calibration.html</code>.</p>`;
}
