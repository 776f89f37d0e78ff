import type { Scale } from '../rubric/schema.ts';

/** What one `rating` cell holds. */
export type RatingCell =
  | { readonly kind: 'missing' }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'label'; readonly value: string }
  | { readonly kind: 'invalid'; readonly detail: string };

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
/** A label starts with a letter: `strong`, `red flag`, `Red-Flag`, `level_2`. */
const LABEL = /^\p{L}[\p{L}\p{N}_\- ]*$/u;
/**
 * Spreadsheet habits for "no rating". Read as a label, `NA` would silently turn a numeric file
 * nominal, so it is an error that says how to mark a missing rating instead.
 */
const MISSING_MARKERS: ReadonlySet<string> = new Set(['na', 'n/a', 'nan', 'null', 'none', '-', '?']);

/**
 * Reads a (trimmed) rating cell. An empty cell, and `not_asked` (the contract's word for a question
 * that was not asked), are missing ratings.
 */
export function readRatingCell(cell: string): RatingCell {
  if (cell === '' || normalizeLabel(cell) === 'not_asked') return { kind: 'missing' };
  if (NUMBER.test(cell)) return { kind: 'number', value: Number(cell) };
  if (MISSING_MARKERS.has(cell.toLowerCase())) {
    return {
      kind: 'invalid',
      detail: `expected a rating (a number or a label), got \`${cell}\`; leave the cell empty for a missing rating`,
    };
  }
  if (LABEL.test(cell)) return { kind: 'label', value: cell };
  return {
    kind: 'invalid',
    detail: `expected a rating that is a number (e.g. 3) or a label (e.g. strong), got \`${cell}\``,
  };
}

/** `Red flag`, `red-flag` and `RED_FLAG` all name the scale label `red_flag`. */
export function normalizeLabel(label: string): string {
  return label
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** The scale's labels as normalised label → rating value. */
export function labelValues(scale: Scale): Map<string, number> {
  return new Map(
    Object.entries(scale.labels).map(([value, label]) => [normalizeLabel(label), Number(value)]),
  );
}
