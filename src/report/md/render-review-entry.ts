import type { ItemResult } from '../../aggregate/schema.ts';
import { describeRating, describeReason, findQuestion } from '../describe.ts';
import { escapeMarkdownText, truncateText } from '../escape-markdown.ts';
import { describeDecision } from '../find-reviewed.ts';
import type { Report } from '../schema.ts';

// Quotes and notes are capped so one runaway judge output cannot eat the comment's budget.
const MAX_QUOTE = 300;
const MAX_NOTE = 400;

function ratingText(report: Report, item: ItemResult): string {
  if (item.status === 'failed' || item.rating === null) return `${item.status.replace('_', ' ')}, no rating`;
  return `${item.rating} ${escapeMarkdownText(describeRating(report.rubric.scale, item.rating))}`;
}

function evidenceLines(item: ItemResult): string[] {
  return item.findings.flatMap((finding) =>
    finding.evidence.map((evidence) => {
      const mark = evidence.verified ? '✅ verified' : '⚠️ **not found in the answer**';
      const quote = escapeMarkdownText(truncateText(evidence.quote, MAX_QUOTE));
      const who = `${escapeMarkdownText(finding.flag)} (${finding.kind}, ${finding.status}), ${escapeMarkdownText(evidence.judge)}`;
      return `  - ${mark}: “${quote}” — ${who}`;
    }),
  );
}

/** One review-queue entry: key, question, rating, reasons, notes, the reviewer's decision and evidence. */
export function renderReviewEntry(report: Report, item: ItemResult, position: number): string {
  const question = findQuestion(report.rubric, item.question);
  const reasons = item.reviewReasons.map((reason) => `${describeReason(reason)} (\`${reason}\`)`);
  const lines = [
    `### ${position}. ${escapeMarkdownText(item.key)} · priority ${item.reviewPriority}`,
    '',
    `- **Question:** ${escapeMarkdownText(item.question)}${question ? ` — ${escapeMarkdownText(question.text)}` : ''}`,
    `- **Rating:** ${ratingText(report, item)}${
      item.interviewerRating === null ? '' : ` · interviewer rated ${item.interviewerRating}`
    }`,
    `- **Reasons:** ${reasons.join(', ')}`,
    ...item.reviewNotes.map((note) => `  - ${escapeMarkdownText(truncateText(note, MAX_NOTE))}`),
  ];
  const entry = report.reviewed?.find((reviewed) => reviewed.key === item.key);
  if (entry !== undefined) {
    const rate = (r: number) => `${r} ${describeRating(report.rubric.scale, r)}`;
    const note = entry.note === null ? '' : ` — “${escapeMarkdownText(truncateText(entry.note, MAX_NOTE))}”`;
    lines.push(
      `- **Reviewed:** ✅ ${describeDecision(entry, rate)} by ${escapeMarkdownText(entry.reviewer)}${note}`,
    );
  }
  const evidence = evidenceLines(item);
  if (evidence.length > 0) lines.push('- **Evidence:**', ...evidence);
  for (const verdict of item.verdicts) {
    if (verdict.outcome === 'ok') continue;
    const error = escapeMarkdownText(truncateText(verdict.error, MAX_NOTE));
    lines.push(`- **${escapeMarkdownText(verdict.judge)}** ${verdict.outcome}: ${error}`);
  }
  return `${lines.join('\n')}\n\n`;
}
