import { escapeMarkdownText } from '../report/escape-markdown.ts';
import { describeQuestionChange } from './diff-baseline-questions.ts';
import type { EvalContext } from './eval-context.ts';
import { formatStat, renderMarkdownTable } from './markdown-table.ts';
import type { EvalMeta, EvalResult, Gate } from './schema.ts';

/** At most this many failed checks are listed; the rest are in eval-report.md. */
const MAX_FAILED = 10;

const arrow = (before: number | null | undefined, after: number | null | undefined): string =>
  `${formatStat(before ?? null)} → ${formatStat(after ?? null)}`;

/** A changed question with its agreement before (baseline) and after (this run). */
export interface ChangedQuestionRow {
  readonly question: string;
  readonly change: string;
  readonly kappa: readonly [number | null, number | null];
  readonly exact: readonly [number | null, number | null];
  readonly n: readonly [number, number];
}

/**
 * The questions changed since the baseline with their agreement before → after, or a sentence
 * saying why there is no such list (no baseline, or one that predates question hashes).
 */
export function listChangedQuestions(
  result: EvalResult,
  context: EvalContext,
): { readonly rows: ChangedQuestionRow[]; readonly note: string } {
  const { changes, baseline } = context;
  if (baseline === null || changes === null)
    return { rows: [], note: 'No baseline: changed questions are not tracked.' };
  if (!changes.known) {
    const note = changes.versionChanged
      ? 'The rubric changed since the baseline, but the baseline predates per-question hashes; run `eval --update-baseline` once to record them.'
      : 'The rubric is the one the baseline was made with.';
    return { rows: [], note };
  }
  if (changes.questions.length === 0) return { rows: [], note: 'No question changed since the baseline.' };
  const rows = changes.questions.map((change) => {
    const before = baseline.perQuestion[change.question];
    const after = result.perQuestion.find((q) => q.question === change.question);
    return {
      question: change.question,
      change: describeQuestionChange(change),
      kappa: [before?.quadraticKappa ?? null, after?.quadraticKappa ?? null] as const,
      exact: [before?.exactAgreement ?? null, after?.exactAgreement ?? null] as const,
      n: [before?.n ?? 0, after?.n ?? 0] as const,
    };
  });
  return { rows, note: `${rows.length} question(s) changed since the baseline:` };
}

/** "Changed questions" as Markdown: each with its agreement before → after. */
export function renderChangedQuestions(result: EvalResult, context: EvalContext): string[] {
  const { rows, note } = listChangedQuestions(result, context);
  if (rows.length === 0) return [note];
  const cells = rows.map((row) => [
    row.question,
    row.change,
    arrow(...row.kappa),
    arrow(...row.exact),
    `${row.n[0]} → ${row.n[1]}`,
  ]);
  return [
    note,
    '',
    renderMarkdownTable(
      ['question', 'change', 'quadratic κ before → after', 'exact before → after', 'n'],
      cells,
    ),
  ];
}

/** The run's calls, cache hits and cost in one line. */
export function renderRunFigures(context: EvalContext): string {
  const { figures } = context;
  if (figures === null) return '';
  const seconds = (figures.wallMs / 1000).toFixed(1);
  return `${figures.items} items · ${figures.calls} LLM calls · ${figures.cacheHits} cache hits · $${figures.costUsd.toFixed(4)} · ${seconds} s`;
}

/**
 * The job summary (`eval --summary-md FILE`, and appended to `$GITHUB_STEP_SUMMARY`): pass or
 * fail, the failed checks first, the questions changed since the baseline with their agreement
 * before → after, overall agreement against the baseline, and the run's calls, cache hits and cost.
 * Short by design: the full report is eval-report.md / .html in the run artifact.
 */
export function renderEvalSummary(
  result: EvalResult,
  gate: Gate,
  meta: EvalMeta,
  context: EvalContext,
): string {
  const failed = gate.checks.filter((check) => !check.passed);
  const headline = gate.passed
    ? `## ✅ Rubric eval passed: ${escapeMarkdownText(meta.suite)}`
    : `## ❌ Rubric eval failed: ${escapeMarkdownText(meta.suite)}`;
  const overall = context.baseline?.overall;
  const lines = [
    headline,
    '',
    `${gate.checks.length - failed.length} of ${gate.checks.length} checks passed · quadratic κ ${
      overall
        ? arrow(overall.quadraticKappa, result.overall.quadraticKappa)
        : formatStat(result.overall.quadraticKappa)
    } · exact agreement ${
      overall
        ? arrow(overall.exactAgreement, result.overall.exactAgreement)
        : formatStat(result.overall.exactAgreement)
    } · n ${result.overall.n}`,
  ];
  if (failed.length > 0) {
    lines.push('', '**Failed checks**', '');
    lines.push(...failed.slice(0, MAX_FAILED).map((check) => `- ${escapeMarkdownText(check.message)}`));
    if (failed.length > MAX_FAILED)
      lines.push(`- … and ${failed.length - MAX_FAILED} more (see eval-report.md)`);
  }
  lines.push('', '**Changed questions**', '', ...renderChangedQuestions(result, context));
  const figures = renderRunFigures(context);
  if (figures !== '') lines.push('', `**Run:** ${figures}`);
  lines.push(
    '',
    `<sub>rubric \`${meta.rubricVersion}\` · prompt \`${meta.promptVersion}\` · judge \`${escapeMarkdownText(meta.judge)}\` · full report: eval-report.md, eval-report.html</sub>`,
    '',
  );
  return lines.join('\n');
}
