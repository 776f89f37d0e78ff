import { readCsvRecords } from '../calibrate/read-csv-records.ts';
import { labelValues, normalizeLabel } from '../calibrate/read-rating-cell.ts';
import { InputError } from '../errors.ts';
import { DEFAULT_SCALE, type Scale } from '../rubric/schema.ts';
import { transcriptIdFor } from '../transcript/transcript-id.ts';
import type { GoldLabel, GoldRating } from './schema.ts';

/** A labels file's name (for diagnostics) and text. */
export interface LabelsInput {
  readonly path: string;
  readonly text: string;
  /** The scale whose labels (`strong`, `red flag`…) may stand for numbers (default 1–4). */
  readonly scale?: Scale;
}

const REQUIRED = ['transcript', 'question', 'rating'] as const;
const INTEGER = /^[+-]?\d+$/;

/**
 * Parses `labels.csv` (`transcript,question,rating`, other columns ignored) into gold labels.
 * `transcript` may carry extensions (`01-alex.txt` and `01-alex` are the same transcript);
 * `rating` is an integer, a scale label, or `not_asked`. Tolerates a BOM, CRLF and blank lines.
 * Throws `InputError('config_invalid', path, line, …)` for missing columns, an empty cell, a bad
 * rating, or a repeated (transcript, question).
 */
export function parseLabels(input: LabelsInput): GoldLabel[] {
  const { path, text } = input;
  const scale = input.scale ?? DEFAULT_SCALE;
  const labels = labelValues(scale);
  const seen = new Map<string, number>();
  return readRecords(path, text).map(({ line, cells }) => {
    const transcript = transcriptIdFor(requireCell(cells, 'transcript', path, line));
    const question = requireCell(cells, 'question', path, line);
    const rating = readGoldRating(requireCell(cells, 'rating', path, line), scale, labels, { path, line });
    // JSON of the pair is unambiguous whatever characters the ids contain.
    const key = JSON.stringify([transcript, question]);
    const first = seen.get(key);
    if (first !== undefined) {
      throw new InputError(
        'config_invalid',
        path,
        line,
        `expected one label per (transcript, question); \`${transcript}\`, \`${question}\` is already labelled on line ${first}`,
      );
    }
    seen.set(key, line);
    return { transcript, question, rating, line };
  });
}

/** The shared CSV reader reports bad headers as usage errors; here they are suite input errors. */
function readRecords(path: string, text: string): ReturnType<typeof readCsvRecords> {
  try {
    return readCsvRecords(path, text, REQUIRED);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError('config_invalid', error.file, error.line, error.detail, { cause: error });
  }
}

function requireCell(
  cells: Readonly<Record<string, string>>,
  column: string,
  path: string,
  line: number,
): string {
  const cell = cells[column] ?? '';
  if (cell === '') {
    throw new InputError(
      'config_invalid',
      path,
      line,
      `expected a value in column \`${column}\`, got an empty cell`,
    );
  }
  return cell;
}

function readGoldRating(
  cell: string,
  scale: Scale,
  labels: ReadonlyMap<string, number>,
  at: { readonly path: string; readonly line: number },
): GoldRating {
  const label = normalizeLabel(cell);
  if (label === 'not_asked') return 'not_asked';
  const value = INTEGER.test(cell) ? Number(cell) : labels.get(label);
  // A number off the scale is a typo, not a rating: it would silently skew every statistic.
  if (value !== undefined && value >= scale.min && value <= scale.max) return value;
  throw new InputError(
    'config_invalid',
    at.path,
    at.line,
    `expected a rating that is an integer ${scale.min}–${scale.max}, a scale label (${[...labels.keys()].join(', ')}) or not_asked, got \`${cell}\``,
  );
}
