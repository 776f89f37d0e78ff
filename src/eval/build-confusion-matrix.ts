import type { RatedPair } from './compute-gold-metrics.ts';
import type { ConfusionMatrix } from './schema.ts';

/** The contract's rating scale; the matrix always shows it, so matrices of runs line up. */
const SCALE = [1, 2, 3, 4] as const;

/**
 * Gold (rows) × run (columns) counts. Categories are the 1–4 scale plus any other rating that
 * occurs (a rubric may override the scale), ascending, so no pair is ever dropped.
 */
export function buildConfusionMatrix(pairs: readonly RatedPair[]): ConfusionMatrix {
  const categories = [...new Set([...SCALE, ...pairs.flat()])].sort((a, b) => a - b);
  const counts = categories.map(() => categories.map(() => 0));
  for (const [gold, run] of pairs) {
    const row = counts[categories.indexOf(gold)];
    const column = categories.indexOf(run);
    if (row !== undefined) row[column] = (row[column] ?? 0) + 1;
  }
  return { categories, counts };
}
