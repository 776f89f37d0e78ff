import type { RatedItem } from '../calibrate/schema.ts';
import type { Scale } from '../rubric/schema.ts';
import type { ReviewedItem } from './schema.ts';

/**
 * The run's items with each reviewed item's `finalRating` in place of the judges' rating: what a
 * person decided is the reference from then on (`calibrate --run`). A decision that leaves the
 * item unrated (`not_asked`, `mislocated`) takes its rating away, so it is compared with no one.
 * A mis-located item keeps its status (the question was asked; its answer was not found where the
 * aligner looked). Returns new items; the run's own are untouched.
 */
export function adjudicateItems<T extends RatedItem>(
  items: readonly T[],
  reviewed: readonly ReviewedItem[],
  scale: Scale,
): T[] {
  const byKey = new Map(reviewed.map((entry) => [entry.key, entry]));
  return items.map((item) => {
    const entry = byKey.get(item.key);
    if (entry === undefined) return item;
    return {
      ...item,
      rating: entry.finalRating,
      ratingLabel: entry.finalRating === null ? null : (scale.labels[String(entry.finalRating)] ?? null),
      status:
        entry.finalRating !== null ? 'scored' : entry.decision === 'not_asked' ? 'not_asked' : item.status,
    };
  });
}
