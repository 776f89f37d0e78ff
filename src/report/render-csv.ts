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

/** Rows per `stringify` call: pieces of about 100 KB. */
const ROWS_PER_CHUNK = 1_000;

/**
 * `results.csv`: one row per (transcript, question) item, for spreadsheets; `reviewDecision` and
 * `finalRating` are filled for items a reviewer decided (`review apply`). In pieces of
 * `ROWS_PER_CHUNK` rows (each CSV record stands alone, so the pieces join into the same file).
 */
export function* renderCsvChunks(report: Report): Generator<string> {
  const reviewed = findReviewed(report);
  yield stringify([[...CSV_COLUMNS]], { escape_formulas: true });
  let batch: (string | number)[][] = [];
  for (const item of rowsOf(report)) {
    const row = [
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
    ];
    // Control and invisible characters go first, so `\u200b=cmd()` cannot hide a formula from
    // escape_formulas (transcript ids come from file names, which a spreadsheet must not execute).
    batch.push(row.map((cell) => (typeof cell === 'string' ? sanitizeText(cell) : cell)));
    if (batch.length >= ROWS_PER_CHUNK) {
      yield stringify(batch, { escape_formulas: true });
      batch = [];
    }
  }
  if (batch.length > 0) yield stringify(batch, { escape_formulas: true });
}

/** `results.csv` as one string (see `renderCsvChunks`). */
export function renderCsv(report: Report): string {
  return [...renderCsvChunks(report)].join('');
}

/** The `csv` format: `results.csv`. */
export const csvRenderer: Renderer = {
  format: 'csv',
  fileName: 'results.csv',
  render: renderCsv,
  chunks: renderCsvChunks,
};
