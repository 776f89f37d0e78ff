import type { EvalContext } from '../eval/eval-context.ts';
import { comparisonRows } from '../eval/render-eval-markdown.ts';
import { listChangedQuestions, renderRunFigures } from '../eval/render-eval-summary.ts';
import type { EvalMeta, EvalResult, Gate, GoldMetrics } from '../eval/schema.ts';
import { escapeHtml } from './escape-html.ts';
import { renderDocumentHead } from './html/render-document-head.ts';
import { REPORT_STYLES } from './html/report-styles.ts';

// Upper-casing a heading turns κ into Κ, which reads as a K.
const EVAL_STYLES =
  'thead th { text-transform: none; letter-spacing: 0; } details.panel > summary { cursor: pointer; font-weight: 600; }';

const stat = (value: number | null | undefined): string =>
  value === null || value === undefined ? '—' : value.toFixed(3);
const bias = (value: number | null): string =>
  value === null ? '—' : `${value > 0 ? '+' : ''}${value.toFixed(3)}`;

function table(
  caption: string,
  head: readonly string[],
  rows: readonly (readonly string[])[],
  numeric: (i: number) => boolean,
): string {
  const th = head
    .map((h, i) => `<th scope="col"${numeric(i) ? ' class="num"' : ''}>${escapeHtml(h)}</th>`)
    .join('');
  const body = rows
    .map(
      (row) =>
        `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${escapeHtml(cell)}</th>` : `<td${numeric(i) ? ' class="num"' : ''}>${escapeHtml(cell)}</td>`)).join('')}</tr>`,
    )
    .join('');
  return `<div class="table-scroll"><table><caption>${escapeHtml(caption)}</caption><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table></div>`;
}

function metricCells(m: GoldMetrics): string[] {
  return [
    String(m.n),
    stat(m.exactAgreement),
    stat(m.withinOne),
    stat(m.quadraticKappa),
    stat(m.linearKappa),
    bias(m.meanBias),
  ];
}

function renderCards(result: EvalResult, gate: Gate): string {
  const { overall } = result;
  const failed = gate.checks.filter((c) => !c.passed).length;
  const cards: [string, string, string, string][] = [
    [
      'Checks',
      `${gate.checks.length - failed}/${gate.checks.length}`,
      failed === 0 ? 'all passed' : `${failed} failed`,
      failed === 0 ? '' : 'card-bad',
    ],
    ['Quadratic κ', stat(overall.quadraticKappa), `over ${overall.n} rated pairs`, ''],
    ['Exact agreement', stat(overall.exactAgreement), `within one: ${stat(overall.withinOne)}`, ''],
    ['Bias (run − gold)', bias(overall.meanBias), '+ = more lenient than the humans', ''],
    [
      'Gold labels',
      String(result.labels),
      `${result.missing.count} with no run item`,
      result.missing.count > 0 ? 'card-warn' : '',
    ],
  ];
  return `<ul class="cards">${cards
    .map(
      ([label, value, note, extra]) =>
        `<li class="card ${extra}"><span class="card-label">${escapeHtml(label)}</span><span class="card-value">${escapeHtml(value)}</span><span class="card-note">${escapeHtml(note)}</span></li>`,
    )
    .join('')}</ul>`;
}

function section(id: string, title: string, body: string): string {
  return `<section id="${id}" aria-labelledby="${id}-title"><h2 id="${id}-title">${escapeHtml(title)}</h2>\n${body}\n</section>`;
}

/**
 * `eval-report.html`: the eval in the run report's style, one offline file with no script:
 * verdict and headline figures, what failed, changed questions with agreement before → after,
 * per-question agreement, every check, the confusion matrix and every disagreement.
 */
export function renderEvalPage(result: EvalResult, gate: Gate, meta: EvalMeta, context: EvalContext): string {
  const status = gate.passed ? 'complete' : 'incomplete';
  const failed = gate.checks.filter((c) => !c.passed);
  const changed = listChangedQuestions(result, context);
  const figures = renderRunFigures(context);
  const baselinePer = context.baseline?.perQuestion ?? {};
  const perQuestion = result.perQuestion.map((q) => [
    q.question,
    String(q.labels),
    ...metricCells(q),
    stat(baselinePer[q.question]?.quadraticKappa),
  ]);
  const info: [string, string][] = [
    ['Rubric', meta.rubricVersion],
    ['Prompt', meta.promptVersion],
    ['Judge', meta.judge],
    ['Baseline', gate.baseline === null ? 'none' : gate.baseline.createdAt],
    ...(figures === '' ? [] : ([['Run', figures]] as [string, string][])),
  ];
  const { categories, counts } = result.confusion;
  return `${renderDocumentHead(`Eval ${meta.suite}: ${gate.passed ? 'PASS' : 'FAIL'} · rubricate`, `${REPORT_STYLES}${EVAL_STYLES}`)}
<header class="page-header">
<p class="eyebrow">rubricate eval</p>
<h1>${escapeHtml(meta.suite)}</h1>
<p><span class="run-status run-${status}">${gate.passed ? 'PASS' : 'FAIL'}</span></p>
<dl class="run-info">${info.map(([k, v]) => `<div><dt>${k}</dt><dd>${escapeHtml(v)}</dd></div>`).join('')}</dl>
</header>
<main>
${renderCards(result, gate)}
${failed.length === 0 ? '' : section('failed', 'What failed', `<div class="alert"><ul>${failed.map((c) => `<li><strong>${escapeHtml(c.name)}</strong>: ${escapeHtml(c.message)}</li>`).join('')}</ul></div>`)}
${section(
  'changed',
  'Changed questions',
  changed.rows.length === 0
    ? `<p>${escapeHtml(changed.note.replace(/`/g, ''))}</p>`
    : `<p>${escapeHtml(changed.note)}</p>${table(
        'Agreement with the gold before (baseline) → after (this run)',
        ['Question', 'Change', 'Quadratic κ', 'Exact', 'n'],
        changed.rows.map((r) => [
          r.question,
          r.change,
          `${stat(r.kappa[0])} → ${stat(r.kappa[1])}`,
          `${stat(r.exact[0])} → ${stat(r.exact[1])}`,
          `${r.n[0]} → ${r.n[1]}`,
        ]),
        (i) => i >= 2,
      )}`,
)}
${section(
  'per-question',
  'Per question',
  table(
    'Agreement with the gold per question',
    ['Question', 'Labels', 'n', 'Exact', 'Within 1', 'Quadratic κ', 'Linear κ', 'Bias', 'Baseline κ'],
    perQuestion,
    (i) => i >= 1,
  ),
)}
${section(
  'checks',
  'Checks',
  `<details class="panel"><summary>All ${gate.checks.length} checks (${gate.checks.length - failed.length} passed)</summary>${table(
    'Gate checks',
    ['Check', 'Result', 'Actual', 'Limit', 'Detail'],
    gate.checks.map((c) => [
      c.name,
      c.passed ? 'pass' : 'FAIL',
      c.actual === null ? '—' : String(Number.isInteger(c.actual) ? c.actual : c.actual.toFixed(3)),
      String(Number.isInteger(c.limit) ? c.limit : c.limit.toFixed(3)),
      c.message,
    ]),
    (i) => i === 2 || i === 3,
  )}</details>`,
)}
${section(
  'confusion',
  'Confusion matrix',
  table(
    'Rows: gold rating · columns: run rating',
    ['', ...categories.map((c) => `run ${c}`)],
    categories.map((gold, i) => [`gold ${gold}`, ...(counts[i] ?? []).map(String)]),
    (i) => i >= 1,
  ),
)}
${section(
  'disagreements',
  `Disagreements (${result.disagreements.length})`,
  result.disagreements.length === 0
    ? '<p>The run agrees with every gold label it has an item for.</p>'
    : table(
        'Every label the run differs from',
        ['Transcript', 'Question', 'Gold', 'Run', 'Review reasons'],
        comparisonRows(result.disagreements),
        () => false,
      ),
)}
${
  result.missing.count === 0
    ? ''
    : section(
        'missing',
        `Gold labels with no run item (${result.missing.count})`,
        table(
          'Labels the run has no item for',
          ['Transcript', 'Question', 'labels.csv line'],
          result.missing.items.map((c) => [c.transcript, c.question, String(c.line)]),
          (i) => i === 2,
        ),
      )
}
</main>
<footer>Generated by rubricate from the eval's results only; this file makes no network requests.</footer>
</body>
</html>
`;
}
