import { describeRating, formatAlpha, listRatings } from '../describe.ts';
import { escapeHtml } from '../escape-html.ts';
import type { Report } from '../schema.ts';

function duration(startedAt: string, finishedAt: string | null): string | null {
  if (finishedAt === null) return null;
  const ms = Date.parse(finishedAt) - Date.parse(startedAt);
  if (!Number.isFinite(ms) || ms < 0) return null;
  return ms < 60_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 60_000)} min`;
}

function renderRunInfo(report: Report): string {
  const { manifest, summary } = report;
  const { judge } = manifest;
  const took = duration(manifest.startedAt, manifest.finishedAt);
  const entries: [string, string][] = [
    ['Rubric', `${manifest.rubric.id} · version ${manifest.rubric.version}`],
    [
      'Judges',
      `${judge.kind}: ${judge.models.join(', ')} × ${judge.samples} sample(s)${judge.crossCheck ? ' + cross-check' : ''}`,
    ],
    [
      'Settings',
      `temperature ${judge.temperature ?? 'default'} · seed ${judge.seed ?? 'none'} · prompt ${manifest.promptVersion}`,
    ],
    [
      'Run',
      `${manifest.startedAt}${took ? ` · took ${took}` : ''} · ${manifest.tool.name} ${manifest.tool.version}`,
    ],
    [
      'LLM',
      `${summary.llm.calls} calls · ${summary.llm.cacheHits} cache hits · ${summary.llm.retries} retries · $${summary.llm.costUsd.toFixed(4)}`,
    ],
  ];
  return `<dl class="run-info">${entries.map(([k, v]) => `<div><dt>${k}</dt><dd>${escapeHtml(v)}</dd></div>`).join('')}</dl>`;
}

function renderAlerts(report: Report): string {
  const { manifest } = report;
  const failed = manifest.inputs.filter((input) => input.status === 'failed');
  if (manifest.status === 'complete' && failed.length === 0) return '';
  const reasons = manifest.incompleteReasons.length > 0 ? ` (${manifest.incompleteReasons.join(', ')})` : '';
  const inputs = failed
    .map(
      (input) =>
        `<li><code>${escapeHtml(input.path)}</code>: ${escapeHtml(input.error ?? 'could not be read')}</li>`,
    )
    .join('');
  return `<div class="alert" role="status"><p><strong>Run ${escapeHtml(manifest.status)}</strong>${escapeHtml(reasons)}.${
    manifest.status === 'complete' ? '' : ' Resume it with <code>rubricate score --resume</code> to finish.'
  }</p>${inputs ? `<p>Inputs that could not be read:</p><ul>${inputs}</ul>` : ''}</div>`;
}

/** Title, run status, run details, and any incompleteness a reader must know about first. */
export function renderHeader(report: Report): string {
  const status = report.manifest.status;
  return `<header class="page-header">
<p class="eyebrow">rubricate report</p>
<h1>${escapeHtml(report.rubric.title)}</h1>
<p><span class="run-status run-${escapeHtml(status)}">${escapeHtml(status)}</span></p>
${renderRunInfo(report)}
${renderAlerts(report)}
</header>`;
}

/** The headline figures as cards. */
export function renderCards(report: Report): string {
  const { summary } = report;
  const cards: [string, string, string, string][] = [
    [
      'Transcripts',
      String(summary.transcripts),
      summary.transcriptsFailed
        ? `+${summary.transcriptsFailed} unreadable`
        : `${summary.questions} questions each`,
      '',
    ],
    ['Items', String(summary.items.total), `${summary.items.notAsked} not asked`, ''],
    ['Scored', String(summary.items.scored), 'with a rating', ''],
    [
      'Needs review',
      String(summary.items.needsReview),
      'see the queue below',
      summary.items.needsReview ? 'card-warn' : '',
    ],
    ['Failed', String(summary.items.failed), 'no usable verdict', summary.items.failed ? 'card-bad' : ''],
    [
      'Judge agreement α',
      formatAlpha(summary.judges.agreement.krippendorffAlphaOrdinal),
      `Krippendorff, ordinal · ${summary.judges.count} judges`,
      '',
    ],
  ];
  return `<ul class="cards">${cards
    .map(
      ([label, value, note, extra]) =>
        `<li class="card ${extra}"><span class="card-label">${escapeHtml(label)}</span><span class="card-value">${escapeHtml(value)}</span><span class="card-note">${escapeHtml(note)}</span></li>`,
    )
    .join('')}</ul>`;
}

/** The per-question counts as a table: the accessible twin of the ratings chart. */
export function renderQuestionTable(report: Report): string {
  const { rubric, summary } = report;
  const ratings = listRatings(rubric.scale);
  const head = [
    'Question',
    ...ratings.map((v) => `${v} ${describeRating(rubric.scale, v)}`),
    'Not asked',
    'Needs review',
    'Failed',
  ]
    .map((h, i) => `<th scope="col"${i === 0 ? '' : ' class="num"'}>${escapeHtml(h)}</th>`)
    .join('');
  const rows = summary.perQuestion.map((row) => {
    const text = rubric.questions.find((q) => q.id === row.question)?.text ?? '';
    const counts = [
      ...ratings.map((v) => row.ratings[String(v)] ?? 0),
      row.notAsked,
      row.needsReview,
      row.failed,
    ];
    return `<tr><th scope="row"><span class="qid">${escapeHtml(row.question)}</span> ${escapeHtml(text)}</th>${counts
      .map((n) => `<td class="num${n === 0 ? ' zero' : ''}">${n}</td>`)
      .join('')}</tr>`;
  });
  return `<div class="table-scroll"><table class="questions"><caption>Items per question</caption><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}
