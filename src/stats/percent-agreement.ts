import { nullStat, valueStat } from './result.ts';
import type { Rating, StatResult } from './schema.ts';
import { pairRatings } from './values.ts';

/**
 * Share of items on which two raters gave exactly the same rating, over the items both rated
 * (`null` = missing). `a[i]` and `b[i]` must be the same item; lists of unequal length throw.
 */
export function percentAgreement(a: readonly Rating[], b: readonly Rating[]): StatResult {
  const pairs = pairRatings(a, b, 'percentAgreement');
  if (pairs.length === 0) return nullStat('no item was rated by both raters', 0);
  const agreed = pairs.filter(([x, y]) => x === y).length;
  return valueStat(agreed / pairs.length, pairs.length);
}
