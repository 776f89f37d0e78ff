import { CALIBRATED_MARGIN, MIN_CALIBRATION_ITEMS } from '../../calibrate/label-bias.ts';
import type { CalibrationReport } from '../../calibrate/schema.ts';
import { escapeHtml } from '../escape-html.ts';
import { chooseBiasAxis, renderBiasRows } from './render-bias-rows.ts';

const fixed = (value: number | null): string => (value === null ? '—' : value.toFixed(2));

/** How a calibration report was made: scale, rescaled raters, reviewed items. */
function renderContext(report: CalibrationReport): string {
  const lines: string[] = [];
  if (report.scale !== null) {
    const source = { run: "the run's rubric", flag: '--scale', default: 'the default scale' }[
      report.scale.source
    ];
    lines.push(`Every rating is read on ${report.scale.min}–${report.scale.max} (${source}).`);
  }
  for (const r of report.rescaled) {
    lines.push(
      `${r.rater}'s ratings were rescaled from ${r.from.min}–${r.from.max} to ${r.to.min}–${r.to.max} (linear, rounded).`,
    );
  }
  if (report.reviewedItems > 0) {
    lines.push(`${report.reviewedItems} run item(s) use a reviewer's final rating instead of the judges'.`);
  }
  return lines.length === 0
    ? ''
    : `<ul class="muted calib-context">${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`;
}

function leftOut(pairs: number): string {
  if (pairs === 0) return '';
  return pairs === 1
    ? ' (1 pair shares none and is left out)'
    : ` (${pairs} pairs share none and are left out)`;
}

/** Agreement among raters: the headline statistics over pairs that share items, then the pairs. */
export function renderAgreement(report: CalibrationReport): string {
  const { krippendorffAlpha: alpha } = report;
  const figures: [string, string][] = [
    [
      'Rater pairs compared',
      `${report.pairsCompared} that share items${leftOut(report.pairsWithoutSharedItems)}`,
    ],
    ['Items rated by two or more', `${report.sharedItems} of ${report.items}`],
    [
      "Krippendorff's α",
      `ordinal ${fixed(alpha.ordinal)} · interval ${fixed(alpha.interval)} · nominal ${fixed(alpha.nominal)}`,
    ],
    ["Fleiss' κ", fixed(report.fleissKappa)],
  ];
  const table = `<table class="figures calib-figures"><caption class="sr-only">Agreement among raters</caption><tbody>${figures
    .map(([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`)
    .join('')}</tbody></table>`;
  if (report.pairs.length === 0) return table;
  const rows = report.pairs
    .map(
      (p) =>
        `<tr><th scope="row">${escapeHtml(p.a)} – ${escapeHtml(p.b)}</th><td class="num">${p.n}</td><td class="num">${
          p.percentAgreement === null ? '—' : `${Math.round(p.percentAgreement * 100)}%`
        }</td><td class="num">${fixed(p.cohenKappa)}</td><td class="num">${fixed(p.quadraticKappa)}</td></tr>`,
    )
    .join('');
  return `${table}<div class="table-scroll"><table class="pairs"><caption>Rater pairs that share items</caption><thead><tr><th scope="col">Pair</th><th scope="col" class="num">Items</th><th scope="col" class="num">Exact</th><th scope="col" class="num">κ</th><th scope="col" class="num">Quadratic κ</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

/**
 * The interviewer rows (bias dot and CI on a common axis, n, label, reading) with the rule that
 * produced the labels, for readers who want to know why someone is "insufficient data".
 */
export function renderInterviewers(report: CalibrationReport): string {
  if (report.interviewers.length === 0) {
    return '<p class="muted">No interviewer ratings to compare with the run.</p>';
  }
  const span = report.scale === null ? 3 : report.scale.max - report.scale.min;
  const axis = chooseBiasAxis(report.interviewers, span, CALIBRATED_MARGIN);
  return `${renderBiasRows(report.interviewers, axis)}
<p class="muted bias-legend">Labels: <strong>lenient</strong> / <strong>severe</strong> when the whole 95% interval lies above / below 0 and the mean is at least half a point; <strong>calibrated</strong> when the whole interval lies within ±${CALIBRATED_MARGIN} point and quadratic κ is defined; <strong>insufficient data</strong> with fewer than ${MIN_CALIBRATION_ITEMS} items rated by both, or when the interval is too wide to tell.</p>
${renderContext(report)}`;
}
