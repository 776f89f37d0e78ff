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
 * present. `<details>` keeps a PR comment short while the data stays one click away. A block
 * that would pass `maxChars` is null: it could not fit anyway, and a big run's would be megabytes.
 */
export function renderBreakdownBlocks(
  report: Report,
  maxChars: number = Number.POSITIVE_INFINITY,
): (string | null)[] {
  const byQuestion = new Map<string, { lines: string[]; chars: number } | null>();
  for (const item of rowsOf(report)) {
    let table = byQuestion.get(item.question);
    if (table === null) continue;
    if (table === undefined) {
      table = { lines: [], chars: 0 };
      byQuestion.set(item.question, table);
    }
    const line = `| ${[
      escapeMarkdownCell(item.transcript),
      ratingCell(report, item),
      item.needsReview ? '⚠️ review' : '',
      escapeMarkdownCell(item.greenFlagsPresent.join(', ')),
      escapeMarkdownCell(item.redFlagsPresent.join(', ')),
    ].join(' | ')} |`;
    table.lines.push(line);
    table.chars += line.length + 1;
    if (table.chars > maxChars) byQuestion.set(item.question, null);
  }
  return report.rubric.questions.map((question) => {
    const items = byQuestion.get(question.id);
    if (items === null) return null;
    const table =
      items === undefined || items.lines.length === 0
        ? '_No items._'
        : [
            '| Transcript | Rating | Review | Green flags present | Red flags present |',
            '|---|---|---|---|---|',
            ...items.lines,
          ].join('\n');
    // Inside an HTML block: HTML-escaped, not Markdown-escaped (see escapeMarkdownHtml).
    const title = escapeMarkdownHtml(`${question.id}. ${question.text}`);
    const block = `<details><summary><b>${title}</b></summary>\n\n${table}\n\n</details>\n\n`;
    return block.length > maxChars ? null : block;
  });
}
