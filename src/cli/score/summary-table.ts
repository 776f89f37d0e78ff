import type { Summary } from '../../report/schema.ts';
import type { Rubric } from '../../rubric/schema.ts';

/**
 * The terminal summary printed after a run: one row per question (ratings 1–4, not asked,
 * needs review, failed), then the totals and the review reasons.
 */
export function formatSummaryTable(summary: Summary, rubric: Rubric): string {
  const ratingKeys = Object.keys(rubric.scale.labels);
  const header = [
    'question',
    ...ratingKeys.map((k) => `${k} ${rubric.scale.labels[k]}`),
    'not asked',
    'review',
    'failed',
  ];
  const rows = summary.perQuestion.map((q) => {
    const text = rubric.questions.find((x) => x.id === q.question)?.text ?? '';
    const label = `${q.question} ${text.length > 38 ? `${text.slice(0, 37)}…` : text}`;
    return [
      label,
      ...ratingKeys.map((k) => String(q.ratings[k] ?? 0)),
      String(q.notAsked),
      String(q.needsReview),
      String(q.failed),
    ];
  });
  const totals = [
    'total',
    ...ratingKeys.map((k) => String(summary.ratings[k] ?? 0)),
    String(summary.items.notAsked),
    String(summary.items.needsReview),
    String(summary.items.failed),
  ];
  const all = [header, ...rows, totals];
  const widths = header.map((_, c) => Math.max(...all.map((r) => (r[c] ?? '').length)));
  const line = (r: readonly string[]) =>
    r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  ');
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  const reasons = Object.entries(summary.reviewReasons)
    .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
    .map(([r, n]) => `${r} ${n}`)
    .join(', ');
  const alpha = summary.judges.agreement.krippendorffAlphaOrdinal;
  return [
    line(header),
    rule,
    ...rows.map(line),
    rule,
    line(totals),
    '',
    `${summary.transcripts} transcript(s)${summary.transcriptsFailed ? `, ${summary.transcriptsFailed} unreadable` : ''} · ${summary.items.total} items · ${summary.items.scored} scored · ${summary.items.needsReview} need review · ${summary.items.failed} without a usable verdict`,
    reasons ? `review reasons: ${reasons}` : 'review reasons: none',
    `judges: ${summary.judges.count}${alpha === null ? '' : ` · agreement α(ordinal) ${alpha.toFixed(3)}`} · LLM calls ${summary.llm.calls} (cache hits ${summary.llm.cacheHits}, retries ${summary.llm.retries}, re-asks ${summary.llm.repairs}, no valid verdict ${summary.llm.failures}) · cost $${summary.llm.costUsd.toFixed(4)}`,
    '',
  ].join('\n');
}
