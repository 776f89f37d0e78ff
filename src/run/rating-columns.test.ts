import { describe, expect, it } from 'vitest';
import { createRatingColumns } from './rating-columns.ts';

describe('createRatingColumns', () => {
  it('gives each rater its ratings in run order, null where it gave none or none usable', () => {
    const columns = createRatingColumns();
    columns.add(2, new Map([[0, 3]]));
    columns.add(
      0,
      new Map<number, number | null>([
        [0, 1],
        [1, null],
      ]),
    );
    columns.add(1, new Map([[1, 4]]));
    expect(columns.size()).toBe(3);
    expect(columns.matrix([0, 1])).toEqual([
      [1, null, 3],
      [null, 4, null],
    ]);
    expect(columns.matrix([1, 7])).toEqual([
      [null, 4, null],
      [null, null, null],
    ]);
  });

  it('keeps every item across growth, with raters that first appear late', () => {
    const columns = createRatingColumns();
    const n = 5_000;
    for (let i = 0; i < n; i += 1) {
      const order = n - 1 - i;
      const ratings = new Map<number, number | null>([[0, (order % 4) + 1]]);
      if (i >= 3_000) ratings.set(2, order % 2 === 0 ? null : 2);
      columns.add(order, ratings);
    }
    const [first, second, third] = columns.matrix([0, 1, 2]);
    expect(first).toEqual(Array.from({ length: n }, (_, order) => (order % 4) + 1));
    expect(second).toEqual(Array.from({ length: n }, () => null));
    expect(third).toEqual(
      Array.from({ length: n }, (_, order) => (order < n - 3_000 && order % 2 === 1 ? 2 : null)),
    );
  });
});
