import { InputError } from '../errors.ts';
import { DEFAULT_SCALE, type Scale } from '../rubric/schema.ts';
import { readCsvRecords } from './read-csv-records.ts';
import { labelValues, normalizeLabel, readRatingCell } from './read-rating-cell.ts';
import type { RatingRow } from './schema.ts';

/** A ratings CSV file's name (for diagnostics) and text. */
export interface RatingsCsvInput {
  readonly path: string;
  readonly text: string;
  /** The scale labels map to (default: 1 red_flag · 2 weak · 3 adequate · 4 strong). */
  readonly scale?: Scale;
}

const REQUIRED = ['item', 'rater', 'rating'] as const;

/**
 * Parses a long-format ratings CSV (`item,rater,rating`, other columns ignored except `question`
 * and `transcript`, which are kept). Rows with an empty rating are skipped (a missing rating).
 * When every label in the file is a scale label, labels become their numbers so ordinal and
 * interval statistics apply; otherwise labels stay nominal strings. Throws `InputError` with the
 * file and line for a bad header, an empty item or rater, an unreadable rating, or a repeated
 * (item, rater) pair.
 */
export function parseRatingsCsv(input: RatingsCsvInput): RatingRow[] {
  const { path, text } = input;
  const seen = new Map<string, number>();
  const rows: RatingRow[] = [];
  for (const { line, cells } of readCsvRecords(path, text, REQUIRED)) {
    const item = cells.item ?? '';
    const rater = cells.rater ?? '';
    if (item === '')
      throw new InputError('usage', path, line, 'expected an item id in column `item`, got an empty cell');
    if (rater === '')
      throw new InputError('usage', path, line, 'expected a rater name in column `rater`, got an empty cell');
    // JSON of the pair is unambiguous whatever characters the ids contain.
    const pair = JSON.stringify([item, rater]);
    const first = seen.get(pair);
    if (first !== undefined) {
      throw new InputError(
        'usage',
        path,
        line,
        `expected one rating per (item, rater); \`${rater}\` already rated \`${item}\` on line ${first}`,
      );
    }
    seen.set(pair, line);
    const cell = readRatingCell(cells.rating ?? '');
    if (cell.kind === 'invalid') throw new InputError('usage', path, line, cell.detail);
    if (cell.kind === 'missing') continue;
    rows.push({ item, rater, rating: cell.value, ...optionalCells(cells), line });
  }
  return mapLabels(rows, labelValues(input.scale ?? DEFAULT_SCALE));
}

function optionalCells(cells: Readonly<Record<string, string>>): Pick<RatingRow, 'question' | 'transcript'> {
  const { question, transcript } = cells;
  return {
    ...(question ? { question } : {}),
    ...(transcript ? { transcript } : {}),
  };
}

/** Labels → numbers only when every label is known: half-mapped labels would mix two scales. */
function mapLabels(rows: readonly RatingRow[], values: ReadonlyMap<string, number>): RatingRow[] {
  const labels = rows.flatMap((row) => (typeof row.rating === 'string' ? [normalizeLabel(row.rating)] : []));
  if (!labels.every((label) => values.has(label))) return [...rows];
  return rows.map((row) =>
    typeof row.rating === 'string'
      ? { ...row, rating: values.get(normalizeLabel(row.rating)) ?? row.rating }
      : row,
  );
}
