import type { InterviewerReport } from '../../calibrate/schema.ts';
import { escapeHtml } from '../escape-html.ts';

/** Chart geometry in SVG user units; every row uses the same, so the axis is common. */
const WIDTH = 400;
const PAD = 14;
const ROW = 28;

/** The symmetric axis −limit…+limit every interviewer's bias is drawn on. */
export interface BiasAxis {
  readonly limit: number;
  /** The band drawn around 0: how close counts as calibrated. */
  readonly margin: number;
}

/**
 * One axis for all rows: wide enough for every mean and CI end (rounded up to half a point), at
 * least ±1.5 so the calibrated band is visible, and never wider than the scale's span.
 */
export function chooseBiasAxis(
  interviewers: readonly InterviewerReport[],
  span: number,
  margin: number,
): BiasAxis {
  const extent = Math.max(
    0,
    ...interviewers.flatMap((r) => [Math.abs(r.meanBias), ...(r.biasCi95 ?? []).map(Math.abs)]),
  );
  const limit = Math.min(Math.max(span, 1), Math.max(1.5, Math.ceil(extent * 2) / 2));
  return { limit, margin };
}

const x = (axis: BiasAxis, value: number): number => {
  const clamped = Math.max(-axis.limit, Math.min(axis.limit, value));
  return PAD + ((clamped + axis.limit) / (2 * axis.limit)) * (WIDTH - 2 * PAD);
};

const fmt = (value: number): string => {
  const text = value.toFixed(2);
  return value > 0 && text !== '0.00' ? `+${text}` : text === '-0.00' ? '0.00' : text.replace('-', '−');
};

function renderAxis(axis: BiasAxis): string {
  const ticks: string[] = [];
  const step = axis.limit > 2 ? 1 : 0.5;
  for (let value = -axis.limit; value <= axis.limit + 1e-9; value += step) {
    const at = x(axis, value).toFixed(1);
    const label = value === 0 ? '0' : fmt(value).replace('.00', '').replace('.50', '.5');
    ticks.push(
      `<line x1="${at}" x2="${at}" y1="18" y2="24" class="tick-line"/><text x="${at}" y="13" text-anchor="middle" class="tick">${label}</text>`,
    );
  }
  return `<svg class="bias-axis" viewBox="0 0 ${WIDTH} 24" role="presentation" aria-hidden="true">${ticks.join('')}</svg>`;
}

function renderChart(axis: BiasAxis, r: InterviewerReport): string {
  const zero = x(axis, 0).toFixed(1);
  const band = `<rect class="band" x="${x(axis, -axis.margin).toFixed(1)}" y="2" width="${(x(axis, axis.margin) - x(axis, -axis.margin)).toFixed(1)}" height="${ROW - 4}"/>`;
  const ci =
    r.biasCi95 === null
      ? ''
      : `<line class="ci" x1="${x(axis, r.biasCi95[0]).toFixed(1)}" x2="${x(axis, r.biasCi95[1]).toFixed(1)}" y1="${ROW / 2}" y2="${ROW / 2}"/>` +
        [r.biasCi95[0], r.biasCi95[1]]
          .map(
            (end) =>
              `<line class="ci" x1="${x(axis, end).toFixed(1)}" x2="${x(axis, end).toFixed(1)}" y1="${ROW / 2 - 6}" y2="${ROW / 2 + 6}"/>`,
          )
          .join('');
  const dot = `<circle class="dot" cx="${x(axis, r.meanBias).toFixed(1)}" cy="${ROW / 2}" r="6"/>`;
  const label = `${r.rater}: mean bias ${fmt(r.meanBias)}${r.biasCi95 === null ? '' : `, 95% CI ${fmt(r.biasCi95[0])} to ${fmt(r.biasCi95[1])}`}`;
  return `<svg class="bias-chart label-${r.label}" viewBox="0 0 ${WIDTH} ${ROW}" role="img" aria-label="${escapeHtml(label)}">${band}<line class="zero" x1="${zero}" x2="${zero}" y1="0" y2="${ROW}"/>${ci}${dot}</svg>`;
}

const LABEL_TEXT: Readonly<Record<InterviewerReport['label'], string>> = {
  lenient: 'lenient',
  severe: 'severe',
  calibrated: 'calibrated',
  insufficient_data: 'insufficient data',
};

/**
 * One row per interviewer: name, their mean bias (interviewer − run) as a dot with its 95% CI on
 * an axis shared by every row (the shaded band is ±margin, the line 0), n, the label, and the
 * plain-language reading. A grid that stacks on a phone, so nothing scrolls sideways.
 */
export function renderBiasRows(interviewers: readonly InterviewerReport[], axis: BiasAxis): string {
  const rows = interviewers.map(
    (r) => `<li class="bias-row" data-label="${r.label}">
<span class="bias-name">${escapeHtml(r.rater)}</span>
<span class="bias-plot">${renderChart(axis, r)}</span>
<span class="bias-n">n ${r.n}</span>
<span class="bias-label"><span class="badge calib-${r.label}">${LABEL_TEXT[r.label]}</span></span>
<span class="bias-reading">${escapeHtml(r.reading)}${
      r.perQuestion.length > 0
        ? ` <details class="per-question"><summary>per question</summary>${escapeHtml(
            r.perQuestion.map((q) => `${q.question} ${fmt(q.meanBias)} (n ${q.n})`).join(' · '),
          )}</details>`
        : ''
    }</span>
</li>`,
  );
  return `<div class="bias-key" aria-hidden="true"><span></span><span class="bias-plot">${renderAxis(axis)}</span></div>
<ul class="bias-rows" aria-label="Interviewers: mean bias against the run with 95% confidence interval">${rows.join('\n')}</ul>
<p class="muted bias-legend">Dot: mean of (interviewer − run) over the items both rated; bar: its 95% confidence interval; shaded band: within ±${axis.margin} point; right of 0 = more lenient than the rubric.</p>`;
}
