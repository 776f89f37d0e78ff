import type { ReviewedItem } from '../review/schema.ts';
import type { Report } from './schema.ts';

/** The report's applied review decisions by item key (empty when nobody reviewed the run). */
export function findReviewed(report: Report): ReadonlyMap<string, ReviewedItem> {
  return new Map((report.reviewed ?? []).map((entry) => [entry.key, entry]));
}

/** A decision in words: "rated 2 weak", "accepted 3 adequate", "not asked", "answer mis-located". */
export function describeDecision(entry: ReviewedItem, rate: (rating: number) => string): string {
  const rating = entry.finalRating === null ? '' : ` ${rate(entry.finalRating)}`;
  switch (entry.decision) {
    case 'accept':
      return entry.finalRating === null ? 'accepted: not asked' : `accepted${rating}`;
    case 'rate':
      return `rated${rating}`;
    case 'not_asked':
      return 'not asked';
    case 'mislocated':
      return 'answer mis-located';
  }
}
