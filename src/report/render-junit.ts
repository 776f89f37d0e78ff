import type { ItemResult } from '../aggregate/schema.ts';
import { describeRating, describeReason, findQuestion, listTranscripts } from './describe.ts';
import { escapeXml } from './escape-xml.ts';
import type { Renderer, Report } from './schema.ts';

function renderTestCase(report: Report, item: ItemResult): string {
  const question = findQuestion(report.rubric, item.question);
  const name = escapeXml(question ? `${item.question}: ${question.text}` : item.question);
  const open = `    <testcase name="${name}" classname="${escapeXml(`rubricate.${item.transcript}`)}" time="0">`;
  const rating =
    item.rating === null
      ? item.status.replace('_', ' ')
      : `${item.rating} ${describeRating(report.rubric.scale, item.rating)}`;
  const out = `      <system-out>${escapeXml(`rating: ${rating}`)}</system-out>`;
  if (item.needsReview) {
    const message = item.reviewReasons.map(describeReason).join('; ');
    const body = [`reasons: ${item.reviewReasons.join(', ')}`, ...item.reviewNotes].join('\n');
    const failure = `      <failure message="${escapeXml(message)}" type="${escapeXml(item.reviewReasons.join(','))}">${escapeXml(body)}</failure>`;
    return [open, failure, out, '    </testcase>'].join('\n');
  }
  if (item.status === 'not_asked')
    return [open, '      <skipped message="not asked"/>', out, '    </testcase>'].join('\n');
  return [open, out, '    </testcase>'].join('\n');
}

function countsOf(items: readonly ItemResult[]): string {
  const failures = items.filter((item) => item.needsReview).length;
  const skipped = items.filter((item) => !item.needsReview && item.status === 'not_asked').length;
  return `tests="${items.length}" failures="${failures}" errors="0" skipped="${skipped}"`;
}

/**
 * `junit.xml`: one testsuite per transcript, one testcase per item, so CI shows the review
 * queue as failures. Hand-written XML: the structure is fixed and tiny, and escaping is the
 * only subtle part (see `escapeXml`).
 */
export function renderJunit(report: Report): string {
  const suites = listTranscripts(report.items).map((transcript) => {
    const items = report.items.filter((item) => item.transcript === transcript);
    const cases = items.map((item) => renderTestCase(report, item)).join('\n');
    return `  <testsuite name="${escapeXml(transcript)}" ${countsOf(items)}>\n${cases}\n  </testsuite>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${escapeXml(`rubricate ${report.rubric.id}`)}" ${countsOf(report.items)}>`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}

/** The `junit` format: `junit.xml`. */
export const junitRenderer: Renderer = {
  format: 'junit',
  fileName: 'junit.xml',
  render: renderJunit,
};
