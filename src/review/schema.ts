import { z } from 'zod';

/** What a reviewer decided about a queued item (CONTRACT.md, "Review decisions"). */
export const DecisionKindSchema = z.enum(['accept', 'rate', 'not_asked', 'mislocated']);
export type DecisionKind = z.infer<typeof DecisionKindSchema>;

/**
 * One line of `decisions.jsonl`, as the page and `rubricate review` write it. `rating` comes with
 * `rate` only; `questionHash` is the question's content hash when the decision was made, so a
 * decision about an older wording of the question is caught as stale. Unknown keys are errors:
 * a misspelt `rating` must not pass silently as "no rating".
 */
export const DecisionSchema = z
  .object({
    item: z.string().min(1),
    decision: DecisionKindSchema,
    rating: z.number().int().nullable().optional(),
    reviewer: z.string().trim().min(1),
    note: z.string().nullable().optional(),
    at: z.iso.datetime({ offset: true }),
    questionHash: z.string().min(1).optional(),
  })
  .strict();
export type Decision = z.infer<typeof DecisionSchema>;

/** A decision with the 1-based line of the file it came from. */
export interface LocatedDecision {
  readonly line: number;
  readonly decision: Decision;
}

/**
 * One line of `reviewed.jsonl`: the adjudicated result of an item. `finalRating` is the rating a
 * person stands behind, or null when the decision leaves the item unrated (`not_asked`,
 * `mislocated`, or accepting a judges' `not_asked`).
 */
export const ReviewedItemSchema = z.object({
  key: z.string(),
  finalRating: z.number().int().nullable(),
  decision: DecisionKindSchema,
  reviewer: z.string(),
  note: z.string().nullable(),
  at: z.string(),
});
export type ReviewedItem = z.infer<typeof ReviewedItemSchema>;

/** A problem with one line of a decisions file; `line` is 1-based. */
export interface DecisionIssue {
  readonly line: number;
  readonly message: string;
}
