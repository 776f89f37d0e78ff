import { formatAlpha } from './describe.ts';
import { escapeMarkdownText } from './escape-markdown.ts';
import { fitBlocks } from './md/fit-blocks.ts';
import { renderBreakdownBlocks } from './md/render-breakdown.ts';
import { renderReviewEntry } from './md/render-review-entry.ts';
import { renderRatingLegend, renderReasonCounts, renderSummaryTable } from './md/render-summary-table.ts';
import { findQueueHead } from './row-passes.ts';
import type { Renderer, Report } from './schema.ts';

/** GitHub rejects PR comments over 65,536 characters; stay well below. */
export const MARKDOWN_MAX_CHARS = 60_000;

function renderStatusLine(report: Report): string {
  const { manifest, summary } = report;
  const status =
    manifest.status === 'complete'
      ? '✅ complete'
      : `⚠️ ${manifest.status}${
          manifest.incompleteReasons.length > 0 ? ` (${manifest.incompleteReasons.join(', ')})` : ''
        }`;
  const judges = `${manifest.judge.kind}: ${manifest.judge.models.join(', ')} × ${manifest.judge.samples} sample(s)`;
  return [
    `**Status:** ${escapeMarkdownText(status)}`,
    `${summary.transcripts} transcripts${summary.transcriptsFailed > 0 ? ` (+${summary.transcriptsFailed} unreadable)` : ''}`,
    `${summary.items.total} items`,
    summary.review === undefined
      ? `**${summary.items.needsReview} need review**`
      : `**${summary.items.needsReview} need review** (${summary.review.decided} reviewed, ${summary.review.pending} pending)`,
    `${summary.items.failed} without a usable verdict`,
    `judges ${escapeMarkdownText(judges)}`,
    `α (ordinal) ${formatAlpha(summary.judges.agreement.krippendorffAlphaOrdinal)}`,
  ].join(' · ');
}

function renderRunDetails(report: Report): string {
  const { manifest } = report;
  const failed = manifest.inputs.filter((input) => input.status === 'failed');
  const hints = manifest.incompleteHints.map((hint) => `- ${escapeMarkdownText(hint)}`);
  const lines = [
    ...(hints.length > 0 ? ['**To finish this run:**', ...hints, ''] : []),
    `Rubric \`${escapeMarkdownText(manifest.rubric.id)}\` version ${escapeMarkdownText(manifest.rubric.version)}` +
      ` · prompt ${escapeMarkdownText(manifest.promptVersion)} · ${escapeMarkdownText(manifest.tool.name)} ${escapeMarkdownText(manifest.tool.version)}` +
      ` · started ${escapeMarkdownText(manifest.startedAt)}${manifest.finishedAt ? ` · finished ${escapeMarkdownText(manifest.finishedAt)}` : ''}`,
  ];
  if (failed.length > 0) {
    lines.push('', '**Inputs that could not be read:**');
    for (const input of failed) {
      lines.push(
        `- ${escapeMarkdownText(input.path)}: ${escapeMarkdownText(input.error ?? 'unknown error')}`,
      );
    }
  }
  return lines.join('\n');
}

/** `report.md`: a summary that fits a GitHub PR comment, with the review queue first in line. */
export function renderMarkdown(report: Report): string {
  const head = [
    `# rubricate report: ${escapeMarkdownText(report.rubric.title)}`,
    renderStatusLine(report),
    renderRunDetails(report),
    '## Summary',
    renderSummaryTable(report),
    renderRatingLegend(report),
    renderReasonCounts(report),
    '## Per question',
    '',
  ].join('\n\n');
  // Entries for the queued items the report holds in full: the head of the queue (see selectDetails).
  const queue = findQueueHead(report);
  const queueHead = `## Review queue (${queue.total})\n\n${queue.total === 0 ? '_Nothing needs review._\n' : ''}`;
  const queueBlocks = queue.shown.map((item, index) => renderReviewEntry(report, item, index + 1));
  const notShown = queue.total - queueBlocks.length;
  const breakdownBlocks = renderBreakdownBlocks(report, MARKDOWN_MAX_CHARS);
  const room = Math.max(0, MARKDOWN_MAX_CHARS - head.length - queueHead.length);
  const queueSize = queueBlocks.reduce((sum, block) => sum + block.length, 0);
  // The review queue is what a reviewer acts on: it gets at least two thirds of the room.
  const breakdown = fitBlocks(
    breakdownBlocks,
    Math.max(room - queueSize, Math.floor(room / 3)),
    (n) => `_${n} more questions omitted to fit a PR comment; see report.html or results.csv._\n\n`,
  );
  const moreNote = (n: number) => `_${n} more items in the review queue; see report.html or results.csv._\n`;
  const fitted = fitBlocks(queueBlocks, room - breakdown.text.length, (n) => moreNote(n + notShown));
  const reviews = fitted.omitted === 0 && notShown > 0 ? fitted.text + moreNote(notShown) : fitted.text;
  return `${head}${breakdown.text}${queueHead}${reviews}`.trimEnd().concat('\n');
}

/** The `md` format: `report.md`. */
export const markdownRenderer: Renderer = {
  format: 'md',
  fileName: 'report.md',
  render: renderMarkdown,
  chunks: (report) => [renderMarkdown(report)],
};
