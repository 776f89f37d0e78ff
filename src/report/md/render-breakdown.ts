import { describeRating, rowsOf } from '../describe.ts';
import { escapeMarkdownCell, escapeMarkdownHtml } from '../escape-markdown.ts';
import type { ItemRow } from '../item-row.ts';
import type { Report } from '../schema.ts';

function ratingCell(report: Report, item: ItemRow): string {
  if (item.status === 'not_asked') return '*not asked*';
  if (item.status === 'failed' || item.rating === null) return '**failed**';
  return escapeMarkdownCell(`${item.rating} ${describeRating(report.rubric.scale, item.rating)}`);
}

/**
 * One collapsed block per question: each transcript's rating, review flag and the flags found
 * present. `<details>` keeps a PR comment short while the data stays one click away.
 */
export function renderBreakdownBlocks(report: Report): string[] {
  const byQuestion = new Map<string, ItemRow[]>();
  for (const row of rowsOf(report)) {
    const list = byQuestion.get(row.question);
    if (list === undefined) byQuestion.set(row.question, [row]);
    else list.push(row);
  }
  return report.rubric.questions.map((question) => {
    const items = byQuestion.get(question.id) ?? [];
    const rows = items.map((item) =>
      [
        escapeMarkdownCell(item.transcript),
        ratingCell(report, item),
        item.needsReview ? '⚠️ review' : '',
        escapeMarkdownCell(item.greenFlagsPresent.join(', ')),
        escapeMarkdownCell(item.redFlagsPresent.join(', ')),
      ].join(' | '),
    );
    const table =
      rows.length === 0
        ? '_No items._'
        : [
            '| Transcript | Rating | Review | Green flags present | Red flags present |',
            '|---|---|---|---|---|',
            ...rows.map((row) => `| ${row} |`),
          ].join('\n');
    // Inside an HTML block: HTML-escaped, not Markdown-escaped (see escapeMarkdownHtml).
    const title = escapeMarkdownHtml(`${question.id}. ${question.text}`);
    return `<details><summary><b>${title}</b></summary>\n\n${table}\n\n</details>\n\n`;
  });
}
