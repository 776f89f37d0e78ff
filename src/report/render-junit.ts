import type { ReviewedItem } from '../review/schema.ts';
import { describeRating, describeReason, findQuestion, rowsOf } from './describe.ts';
import { escapeXml } from './escape-xml.ts';
import { describeDecision, findReviewed } from './find-reviewed.ts';
import type { ItemRow } from './item-row.ts';
import { groupRowsByTranscript } from './row-passes.ts';
import type { Renderer, Report } from './schema.ts';

function renderTestCase(report: Report, item: ItemRow, entry: ReviewedItem | undefined): string {
  const question = findQuestion(report.rubric, item.question);
  const name = escapeXml(question ? `${item.question}: ${question.text}` : item.question);
  const open = `    <testcase name="${name}" classname="${escapeXml(`rubricate.${item.transcript}`)}" time="0">`;
  const rating =
    item.rating === null
      ? item.status.replace('_', ' ')
      : `${item.rating} ${describeRating(report.rubric.scale, item.rating)}`;
  const rate = (r: number) => `${r} ${describeRating(report.rubric.scale, r)}`;
  const reviewed =
    entry === undefined ? '' : `\nreviewed: ${describeDecision(entry, rate)} by ${entry.reviewer}`;
  const out = `      <system-out>${escapeXml(`rating: ${rating}${reviewed}`)}</system-out>`;
  // A person decided the item: it no longer waits for review, so CI stops failing on it.
  if (item.needsReview && entry === undefined) {
    const message = item.reviewReasons.map(describeReason).join('; ');
    const body = [`reasons: ${item.reviewReasons.join(', ')}`, ...item.reviewNotes].join('\n');
    const failure = `      <failure message="${escapeXml(message)}" type="${escapeXml(item.reviewReasons.join(','))}">${escapeXml(body)}</failure>`;
    return [open, failure, out, '    </testcase>'].join('\n');
  }
  if (item.status === 'not_asked')
    return [open, '      <skipped message="not asked"/>', out, '    </testcase>'].join('\n');
  return [open, out, '    </testcase>'].join('\n');
}

function countsOf(items: Iterable<ItemRow>, reviewed: ReadonlyMap<string, ReviewedItem>): string {
  let [tests, failures, skipped] = [0, 0, 0];
  for (const item of items) {
    tests += 1;
    if (item.needsReview && !reviewed.has(item.key)) failures += 1;
    if (!item.needsReview && item.status === 'not_asked') skipped += 1;
  }
  return `tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}"`;
}

/**
 * `junit.xml`: one testsuite per transcript, one testcase per item, so CI shows the review
 * queue as failures (until a reviewer decides the item). Hand-written XML: the structure is fixed and tiny, and escaping is the
 * only subtle part (see `escapeXml`). In pieces, one testsuite each.
 */
export function* renderJunitChunks(report: Report): Generator<string> {
  const reviewed = findReviewed(report);
  const rows = rowsOf(report);
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield `<testsuites name="${escapeXml(`rubricate ${report.rubric.id}`)}" ${countsOf(rows, reviewed)}>\n`;
  for (const [transcript, items] of groupRowsByTranscript(rows)) {
    const cases = items.map((item) => renderTestCase(report, item, reviewed.get(item.key))).join('\n');
    yield `  <testsuite name="${escapeXml(transcript)}" ${countsOf(items, reviewed)}>\n${cases}\n  </testsuite>\n`;
  }
  yield '</testsuites>\n';
}

/** `junit.xml` as one string (see `renderJunitChunks`). */
export function renderJunit(report: Report): string {
  return [...renderJunitChunks(report)].join('');
}

/** The `junit` format: `junit.xml`. */
export const junitRenderer: Renderer = {
  format: 'junit',
  fileName: 'junit.xml',
  render: renderJunit,
  chunks: renderJunitChunks,
};
