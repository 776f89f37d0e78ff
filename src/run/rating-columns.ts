/**
 * The ratings Krippendorff's α needs, kept as columns of numbers instead of an object per item:
 * a run of 110,000 scored items holds a few typed arrays, not 110,000 small arrays.
 */
export interface RatingColumns {
  /** One scored item: its place in the run and each rater's rating by rater index (null: not usable). */
  add(order: number, ratings: ReadonlyMap<number, number | null>): void;
  /** Items added so far. */
  size(): number;
  /** Per rater index (`raters` of them), its rating of every item in run order; null where it gave none. */
  matrix(raters: readonly number[]): Array<Array<number | null>>;
}

const NONE = Number.NaN;

/** Empty columns, grown by doubling. */
export function createRatingColumns(): RatingColumns {
  let size = 0;
  let orders = new Float64Array(1024);
  let columns: Float64Array[] = [];
  const grow = () => {
    const capacity = orders.length * 2;
    const bigger = new Float64Array(capacity);
    bigger.set(orders);
    orders = bigger;
    columns = columns.map((column) => {
      const wider = new Float64Array(capacity).fill(NONE);
      wider.set(column);
      return wider;
    });
  };
  return {
    add(order, ratings) {
      if (size === orders.length) grow();
      orders[size] = order;
      for (const [rater, rating] of ratings) {
        while (columns.length <= rater) columns.push(new Float64Array(orders.length).fill(NONE));
        (columns[rater] as Float64Array)[size] = rating ?? NONE;
      }
      size += 1;
    },
    size: () => size,
    matrix(raters) {
      const byOrder = Array.from({ length: size }, (_, i) => i).sort(
        (a, b) => (orders[a] as number) - (orders[b] as number),
      );
      return raters.map((rater) => {
        const column = columns[rater];
        return byOrder.map((i) => {
          const value = column?.[i] ?? NONE;
          return Number.isNaN(value) ? null : value;
        });
      });
    },
  };
}
