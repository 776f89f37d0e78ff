import type { ReviewReason } from '../../aggregate/schema.ts';
import {
  describeRating,
  describeReason,
  findQuestion,
  formatAlpha,
  listRatings,
  rowsOf,
  toneOfRating,
} from '../describe.ts';
import type { Report } from '../schema.ts';
import { type BarRow, renderBarChart } from './render-bar-chart.ts';

/** Stacked bars per question: how many items got each rating, were not asked, or failed. */
export function renderRatingsChart(report: Report): string {
  const { scale } = report.rubric;
  const ratings = listRatings(scale);
  const rows = report.summary.perQuestion.map(
    (row): BarRow => ({
      label: row.question,
      title: findQuestion(report.rubric, row.question)?.text ?? row.question,
      segments: [
        ...ratings.map((value) => ({
          key: String(value),
          label: `${value} ${describeRating(scale, value)}`,
          value: row.ratings[String(value)] ?? 0,
          className: `tone-${toneOfRating(scale, value)}`,
        })),
        { key: 'not_asked', label: 'not asked', value: row.notAsked, className: 'seg-na' },
        { key: 'failed', label: 'failed', value: row.failed, className: 'seg-failed' },
      ],
    }),
  );
  return renderBarChart({
    name: 'ratings',
    title: 'Ratings per question',
    description: 'For each question, the number of transcripts at each rating, not asked, or failed.',
    rows,
    legend: [
      ...ratings.map((value) => ({
        label: `${value} ${describeRating(scale, value)}`,
        className: `tone-${toneOfRating(scale, value)}`,
      })),
      { label: 'not asked', className: 'seg-na' },
      { label: 'failed', className: 'seg-failed' },
    ],
    emptyText: 'No items were scored.',
  });
}

/** One bar per review reason that fired, most frequent first. */
export function renderReasonsChart(report: Report): string {
  const rows = Object.entries(report.summary.reviewReasons)
    .flatMap(([reason, count]) => (count ? [[reason as ReviewReason, count] as const] : []))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(
      ([reason, count]): BarRow => ({
        label: describeReason(reason),
        title: reason,
        segments: [{ key: reason, label: 'items', value: count, className: 'seg-reason' }],
      }),
    );
  return renderBarChart({
    name: 'reasons',
    title: 'Why items need review',
    description: 'Number of items flagged for human review, per reason. An item can have several reasons.',
    rows,
    legend: [{ label: 'items with this reason', className: 'seg-reason' }],
    emptyText: 'No item needs review.',
  });
}

/**
 * Per question, among items with two or more usable verdicts: how many had judges give the same
 * rating, ratings one step apart, or further apart (`ratingSpread`).
 */
export function renderAgreementChart(report: Report): string {
  // Per question: items with the same rating, one step apart, two or more apart (one pass).
  const spreads = new Map(report.rubric.questions.map((q) => [q.id, [0, 0, 0]]));
  for (const item of rowsOf(report)) {
    if (item.usableVerdicts < 2) continue;
    const counts = spreads.get(item.question);
    const bucket =
      item.ratingSpread === 0 ? 0 : item.ratingSpread === 1 ? 1 : item.ratingSpread >= 2 ? 2 : -1;
    if (counts !== undefined && bucket >= 0) counts[bucket] = (counts[bucket] ?? 0) + 1;
  }
  const rows = report.rubric.questions.map((question): BarRow => {
    const [same, adjacent, split] = spreads.get(question.id) ?? [0, 0, 0];
    return {
      label: question.id,
      title: question.text,
      segments: [
        { key: 'same', label: 'same rating', value: same ?? 0, className: 'seg-agree' },
        { key: 'adjacent', label: 'one step apart', value: adjacent ?? 0, className: 'seg-near' },
        { key: 'split', label: 'two or more apart', value: split ?? 0, className: 'seg-split' },
      ],
    };
  });
  const alpha = formatAlpha(report.summary.judges.agreement.krippendorffAlphaOrdinal);
  return renderBarChart({
    name: 'agreement',
    title: `Judge agreement per question (Krippendorff's α ordinal ${alpha})`,
    description: 'Items judged by two or more verdicts, by how far apart the judges’ ratings were.',
    rows,
    legend: [
      { label: 'same rating', className: 'seg-agree' },
      { label: 'one step apart', className: 'seg-near' },
      { label: 'two or more apart', className: 'seg-split' },
    ],
    emptyText: 'No item has two usable verdicts to compare.',
  });
}
