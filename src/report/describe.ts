import type { ItemResult, ReviewReason } from '../aggregate/schema.ts';
import type { Question, Rubric, Scale } from '../rubric/schema.ts';
import { type ItemRow, toItemRow } from './item-row.ts';
import type { Report } from './schema.ts';

const REASON_TEXT: Readonly<Record<ReviewReason, string>> = {
  judge_disagreement: 'Judges disagree',
  evidence_not_found: 'Evidence not found in the answer',
  injection_suspected: 'Injection suspected',
  alignment_ambiguous: 'Answer location ambiguous',
  judge_output_invalid: 'Judge output invalid',
  interviewer_disagreement: 'Interviewer rating differs',
  judge_failed: 'Judge failed',
  crosscheck_disagreement: 'Cross-check judge disagrees',
  roles_unknown: 'Speaker roles unknown',
  panel_reduced: 'Fewer judges than configured',
};

/** A short human label for a review reason, e.g. `judge_disagreement` → "Judges disagree". */
export function describeReason(reason: ReviewReason): string {
  return REASON_TEXT[reason];
}

/** The scale's rating values in ascending order, e.g. `[1, 2, 3, 4]`. */
export function listRatings(scale: Scale): number[] {
  const values: number[] = [];
  for (let value = scale.min; value <= scale.max; value += 1) values.push(value);
  return values;
}

/** A readable label for a rating value: `3` → "adequate"; unknown values fall back to the number. */
export function describeRating(scale: Scale, rating: number): string {
  return (scale.labels[String(rating)] ?? String(rating)).replace(/_/g, ' ');
}

/**
 * Where a rating sits on the scale as one of four tones (0 = worst … 3 = best), so colours work
 * for rubrics that override the default 1..4 scale.
 */
export function toneOfRating(scale: Scale, rating: number): 0 | 1 | 2 | 3 {
  const span = scale.max - scale.min;
  const position = span <= 0 ? 0.5 : (rating - scale.min) / span;
  const tone = Math.round(Math.min(1, Math.max(0, position)) * 3);
  return tone === 0 ? 0 : tone === 1 ? 1 : tone === 2 ? 2 : 3;
}

/** Krippendorff's α for display: two decimals, or "n/a" when it could not be computed. */
export function formatAlpha(alpha: number | null): string {
  return alpha === null || !Number.isFinite(alpha) ? 'n/a' : alpha.toFixed(2);
}

/** The rubric question with this id, if any (items may name questions a newer rubric dropped). */
export function findQuestion(rubric: Rubric, id: string): Question | undefined {
  return rubric.questions.find((question) => question.id === id);
}

/** Transcript ids in order of first appearance among the items. */
export function listTranscripts(items: readonly { readonly transcript: string }[]): string[] {
  return [...new Set(items.map((item) => item.transcript))];
}

/** Items grouped by transcript, transcripts in order of first appearance (one pass). */
export function groupByTranscript<T extends { readonly transcript: string }>(
  items: readonly T[],
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.transcript);
    if (group === undefined) groups.set(item.transcript, [item]);
    else group.push(item);
  }
  return groups;
}

/**
 * Every item of the report as a table row (see `ItemRow`), in run order. Each `for…of` is a new
 * pass; rows may come from disk (`score` of a big run), so go over them, do not collect them.
 */
export function rowsOf(report: Report): Iterable<ItemRow> {
  return report.rows ?? report.items.map(toItemRow);
}

/** The items the report shows in full, by key. */
export function detailsOf(report: Report): ReadonlyMap<string, ItemResult> {
  return new Map(report.items.map((item) => [item.key, item]));
}
