import type { Rating } from '../stats/index.ts';
import type { RatingRow } from './schema.ts';

/** Ratings laid out for the statistics: `byRater[r][i]` is rater `raters[r]`'s rating of `items[i]`. */
export interface RatingMatrix {
  /** Distinct items in order of first appearance. */
  readonly items: readonly string[];
  /** Distinct raters in code-point order, so pairs come out as (a, b) with a < b. */
  readonly raters: readonly string[];
  /** raters × items, `null` = missing. */
  readonly byRater: readonly (readonly Rating[])[];
}

/** Lays rows out as raters × items. Two rows for one (item, rater) are a caller bug and throw. */
export function buildRatingMatrix(rows: readonly RatingRow[]): RatingMatrix {
  const items = [...new Set(rows.map((row) => row.item))];
  const raters = [...new Set(rows.map((row) => row.rater))].sort();
  const itemIndex = new Map(items.map((item, i) => [item, i]));
  const raterIndex = new Map(raters.map((rater, r) => [rater, r]));
  const byRater: Rating[][] = raters.map(() => items.map(() => null));
  for (const row of rows) {
    const cells = byRater[raterIndex.get(row.rater) ?? -1];
    const i = itemIndex.get(row.item) ?? -1;
    if (cells === undefined || i < 0) continue;
    if (cells[i] !== null) {
      throw new RangeError(
        `buildRatingMatrix: expected one rating per (item, rater), got two for (${row.item}, ${row.rater})`,
      );
    }
    cells[i] = row.rating;
  }
  return { items, raters, byRater };
}
