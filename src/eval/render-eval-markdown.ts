import { escapeMarkdownText } from '../report/escape-markdown.ts';
import type { EvalContext } from './eval-context.ts';
import { formatBias, formatStat, renderMarkdownTable } from './markdown-table.ts';
import { renderChangedQuestions, renderRunFigures } from './render-eval-summary.ts';
import type { Comparison, EvalMeta, EvalResult, Gate, GoldMetrics } from './schema.ts';

const METRIC_HEADERS = ['n', 'exact', 'within 1', 'quadratic κ', 'linear κ', 'bias (run − gold)'];

function metricCells(m: GoldMetrics): string[] {
  return [
    String(m.n),
    formatStat(m.exactAgreement),
    formatStat(m.withinOne),
    formatStat(m.quadraticKappa),
    formatStat(m.linearKappa),
    formatBias(m.meanBias),
  ];
}

function renderHeader(result: EvalResult, gate: Gate, meta: EvalMeta): string[] {
  const failed = gate.checks.filter((c) => !c.passed).length;
  const verdict = gate.passed
    ? `**PASS**: all ${gate.checks.length} checks passed.`
    : `**FAIL**: ${failed} of ${gate.checks.length} checks failed.`;
  const lines = [
    `# Eval ${escapeMarkdownText(meta.suite)}: ${gate.passed ? 'PASS' : 'FAIL'}`,
    '',
    verdict,
    '',
    `Rubric version \`${meta.rubricVersion}\` · prompt \`${meta.promptVersion}\` · judge \`${meta.judge}\` · ${escapeMarkdownText(meta.createdAt)}`,
    '',
    `${result.labels} gold labels · ${result.items} run items (${result.unlabelledItems} without a label)`,
  ];
  return [...lines, '', ...renderBaselineLine(gate, meta)];
}

/** Names the baseline, and warns when it was made under another rubric, prompt or judge. */
function renderBaselineLine(gate: Gate, meta: EvalMeta): string[] {
  const { baseline } = gate;
  if (baseline === null) return ['No baseline: regressions are not checked.'];
  const lines = [
    `Baseline of ${escapeMarkdownText(baseline.createdAt)} (rubric \`${baseline.rubricVersion}\`, prompt \`${baseline.promptVersion}\`, judge \`${baseline.judge}\`).`,
  ];
  const changed = (['rubricVersion', 'promptVersion', 'judge'] as const).filter(
    (k) => baseline[k] !== meta[k],
  );
  if (changed.length > 0) {
    lines.push(
      '',
      `> The baseline was made with a different ${changed.join(', ')}: differences may come from that change.`,
    );
  }
  return lines;
}

/** The failed checks, first thing after the verdict: what a reader must fix. */
function renderFailed(gate: Gate): string[] {
  const failed = gate.checks.filter((c) => !c.passed);
  if (failed.length === 0) return [];
  return [
    '## What failed',
    '',
    ...failed.map((c) => `- **${escapeMarkdownText(c.name)}**: ${escapeMarkdownText(c.message)}`),
  ];
}

/**
 * The checks, collapsed and trimmed: overall checks and every failed one in full; passing
 * per-question checks (dozens, one per question and metric) only counted, as eval-report.html
 * and junit.xml list them all.
 */
function renderChecks(gate: Gate): string[] {
  const shown = gate.checks.filter((c) => !c.passed || c.question === undefined);
  const hidden = gate.checks.length - shown.length;
  const rows = shown.map((c) => [
    c.passed ? 'pass' : 'FAIL',
    c.name,
    c.actual === null ? '—' : formatCheckValue(c.actual),
    formatCheckValue(c.limit),
    c.message,
  ]);
  const passed = gate.checks.filter((c) => c.passed).length;
  return [
    '## Checks',
    '',
    `<details><summary>${gate.checks.length} checks, ${passed} passed</summary>`,
    '',
    renderMarkdownTable(['result', 'check', 'actual', 'limit', 'detail'], rows),
    ...(hidden > 0
      ? ['', `${hidden} passing per-question checks are listed in eval-report.html and junit.xml.`]
      : []),
    '',
    '</details>',
  ];
}

function renderChanges(result: EvalResult, context: EvalContext | undefined): string[] {
  if (context === undefined) return [];
  return ['## Changed questions', '', ...renderChangedQuestions(result, context)];
}

// Counts stay integers; statistics get three decimals.
const formatCheckValue = (value: number): string =>
  Number.isInteger(value) ? String(value) : value.toFixed(3);

function renderNotes(m: GoldMetrics): string[] {
  const notes = Object.entries(m.notes);
  return notes.length === 0
    ? []
    : ['', ...notes.map(([name, why]) => `- ${name}: ${escapeMarkdownText(why)}`)];
}

function renderOverall(result: EvalResult): string[] {
  const { overall, alignment, review, failed, missing } = result;
  return [
    '## Overall agreement with the gold',
    '',
    renderMarkdownTable(METRIC_HEADERS, [metricCells(overall)]),
    ...renderNotes(overall),
    '',
    `- Gold not asked, run scored: ${alignment.goldNotAskedRunScored.count}`,
    `- Gold rated, run not asked: ${alignment.goldScoredRunNotAsked.count}`,
    `- In the review queue: ${review.count}`,
    `- Failed: ${failed.count}`,
    `- Gold labels with no run item: ${missing.count}`,
  ];
}

function renderPerQuestion(result: EvalResult): string[] {
  const rows = result.perQuestion.map((q) => [q.question, String(q.labels), ...metricCells(q)]);
  return ['## Per question', '', renderMarkdownTable(['question', 'labels', ...METRIC_HEADERS], rows)];
}

function renderConfusion(result: EvalResult): string[] {
  const { categories, counts } = result.confusion;
  const rows = categories.map((gold, i) => [`gold ${gold}`, ...(counts[i] ?? []).map(String)]);
  return [
    '## Confusion matrix (rows: gold, columns: run)',
    '',
    renderMarkdownTable(['', ...categories.map((c) => `run ${c}`)], rows),
  ];
}

/** One table row per disagreement: transcript, question, gold, run, review reasons. */
export function comparisonRows(list: readonly Comparison[]): string[][] {
  return list.map((c) => [
    c.transcript,
    c.question,
    String(c.gold),
    String(c.run ?? 'missing'),
    c.reviewReasons.join(', '),
  ]);
}

/** Disagreements shown in the Markdown report; eval-report.html lists them all. */
const MAX_DISAGREEMENTS = 25;

function renderDisagreements(result: EvalResult): string[] {
  const heading = `## Disagreements (${result.disagreements.length})`;
  if (result.disagreements.length === 0)
    return [heading, '', 'The run agrees with every gold label it has an item for.'];
  const headers = ['transcript', 'question', 'gold', 'run', 'review reasons'];
  const shown = result.disagreements.slice(0, MAX_DISAGREEMENTS);
  const more = result.disagreements.length - shown.length;
  return [
    heading,
    '',
    renderMarkdownTable(headers, comparisonRows(shown)),
    ...(more > 0 ? ['', `_${more} more in eval-report.html._`] : []),
  ];
}

function renderMissing(result: EvalResult): string[] {
  if (result.missing.count === 0) return [];
  const rows = result.missing.items.map((c) => [c.transcript, c.question, String(c.line)]);
  return [
    `## Gold labels with no run item (${result.missing.count})`,
    '',
    renderMarkdownTable(['transcript', 'question', 'labels.csv line'], rows),
  ];
}

/**
 * `eval-report.md`: the PASS/FAIL headline, what failed, the questions changed since the
 * baseline (with `context`), agreement overall and per question, the gate's checks (collapsed),
 * the confusion matrix, the first disagreements with the gold, and labels with no item.
 */
export function renderEvalMarkdown(
  result: EvalResult,
  gate: Gate,
  meta: EvalMeta,
  context?: EvalContext,
): string {
  const figures = context === undefined ? '' : renderRunFigures(context);
  const header = renderHeader(result, gate, meta);
  const sections = [
    figures === '' ? header : [...header, '', `Run: ${figures}`],
    renderFailed(gate),
    renderChanges(result, context),
    renderOverall(result),
    renderPerQuestion(result),
    renderChecks(gate),
    renderConfusion(result),
    renderDisagreements(result),
    renderMissing(result),
  ].filter((section) => section.length > 0);
  return `${sections.map((section) => section.join('\n')).join('\n\n')}\n`;
}
