import type { ReviewReason } from '../../aggregate/schema.ts';
import { describeRating, describeReason, findQuestion, listRatings } from '../describe.ts';
import { escapeMarkdownCell, escapeMarkdownText, truncateText } from '../escape-markdown.ts';
import type { Report } from '../schema.ts';

/**
 * The per-question summary table: count of each rating, not asked, needs review and failed,
 * with a total row.
 */
export function renderSummaryTable(report: Report): string {
  const { rubric, summary } = report;
  const ratings = listRatings(rubric.scale);
  const header = [
    'Question',
    ...ratings.map((value) => escapeMarkdownCell(`${value} ${describeRating(rubric.scale, value)}`)),
    'Not asked',
    'Needs review',
    'Failed',
  ];
  const rows = summary.perQuestion.map((row) => {
    const text = findQuestion(rubric, row.question)?.text ?? '';
    return [
      `**${escapeMarkdownCell(row.question)}** ${escapeMarkdownCell(truncateText(text, 70))}`.trim(),
      ...ratings.map((value) => String(row.ratings[String(value)] ?? 0)),
      String(row.notAsked),
      String(row.needsReview),
      String(row.failed),
    ];
  });
  const sum = (pick: (row: Report['summary']['perQuestion'][number]) => number): string =>
    String(summary.perQuestion.reduce((total, row) => total + pick(row), 0));
  const total = [
    '**Total**',
    ...ratings.map((value) => sum((row) => row.ratings[String(value)] ?? 0)),
    sum((row) => row.notAsked),
    sum((row) => row.needsReview),
    sum((row) => row.failed),
  ];
  const align = ['---', ...header.slice(1).map(() => '--:')];
  return [header, align, ...rows, total].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** The rating legend: `1` = red flag · `2` = weak · … */
export function renderRatingLegend(report: Report): string {
  const { scale } = report.rubric;
  const entries = listRatings(scale).map(
    (value) => `**${value}** ${escapeMarkdownText(describeRating(scale, value))}`,
  );
  return `**Rating scale:** ${entries.join(' · ')} · *not asked* = the question was not found in the transcript`;
}

/** Review reasons with their counts, most frequent first, or a note that none fired. */
export function renderReasonCounts(report: Report): string {
  const entries = Object.entries(report.summary.reviewReasons)
    .flatMap(([reason, count]) => (count ? [[reason as ReviewReason, count] as const] : []))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (entries.length === 0) return '**Review reasons:** none';
  return `**Review reasons:** ${entries.map(([reason, count]) => `${describeReason(reason)} ${count}`).join(' · ')}`;
}
