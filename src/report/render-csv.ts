import { stringify } from 'csv-stringify/sync';
import { rowsOf } from './describe.ts';
import { findReviewed } from './find-reviewed.ts';
import { sanitizeText } from './sanitize-text.ts';
import type { Renderer, Report } from './schema.ts';

/** Column order of `results.csv`. */
export const CSV_COLUMNS = [
  'transcript',
  'question',
  'status',
  'rating',
  'ratingLabel',
  'interviewerRating',
  'needsReview',
  'reviewReasons',
  'alignmentStatus',
  'alignmentConfidence',
  'judges',
  'greenFlagsPresent',
  'redFlagsPresent',
  'reviewDecision',
  'finalRating',
] as const;

/**
 * `results.csv`: one row per (transcript, question) item, for spreadsheets; `reviewDecision` and
 * `finalRating` are filled for items a reviewer decided (`review apply`).
 */
export function renderCsv(report: Report): string {
  const reviewed = findReviewed(report);
  const rows = rowsOf(report).map((item) => [
    item.transcript,
    item.question,
    item.status,
    item.rating ?? '',
    item.ratingLabel ?? '',
    item.interviewerRating ?? '',
    item.needsReview ? 'true' : 'false',
    item.reviewReasons.join(';'),
    item.alignmentStatus,
    item.alignmentConfidence,
    item.judges,
    item.greenFlagsPresent.join(';'),
    item.redFlagsPresent.join(';'),
    reviewed.get(item.key)?.decision ?? '',
    reviewed.get(item.key)?.finalRating ?? '',
  ]);
  // Control and invisible characters go first, so `\u200b=cmd()` cannot hide a formula from
  // escape_formulas (transcript ids come from file names, which a spreadsheet must not execute).
  const clean = rows.map((row) => row.map((cell) => (typeof cell === 'string' ? sanitizeText(cell) : cell)));
  return stringify([[...CSV_COLUMNS], ...clean], { escape_formulas: true });
}

/** The `csv` format: `results.csv`. */
export const csvRenderer: Renderer = {
  format: 'csv',
  fileName: 'results.csv',
  render: renderCsv,
};
