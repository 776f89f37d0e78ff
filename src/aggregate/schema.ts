import { z } from 'zod';
import { AnswerSlotSchema } from '../align/schema.ts';
import { FlagStatusSchema, JudgeVerdictSchema } from '../judge/schema.ts';
import { FlagKindSchema } from '../rubric/schema.ts';

export const ReviewReasonSchema = z.enum([
  'judge_disagreement',
  'evidence_not_found',
  'injection_suspected',
  'alignment_ambiguous',
  'judge_output_invalid',
  'interviewer_disagreement',
  'judge_failed',
  'crosscheck_disagreement',
  'roles_unknown',
  'panel_reduced',
]);
export type ReviewReason = z.infer<typeof ReviewReasonSchema>;

export const EvidenceSchema = z.object({
  quote: z.string(),
  judge: z.string(),
  /** Whether the quote occurs in the answer after normalising whitespace, case and punctuation. */
  verified: z.boolean(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const AggregatedFindingSchema = z.object({
  flag: z.string(),
  kind: FlagKindSchema,
  text: z.string(),
  /** Majority status over the usable verdicts; `unclear` when there is no majority. */
  status: FlagStatusSchema,
  votes: z.object({ present: z.number(), absent: z.number(), unclear: z.number() }),
  evidence: z.array(EvidenceSchema),
});
export type AggregatedFinding = z.infer<typeof AggregatedFindingSchema>;

/** One (transcript, question) result: a line of `results.jsonl`. */
export const ItemResultSchema = z.object({
  key: z.string(),
  transcript: z.string(),
  transcriptPath: z.string(),
  question: z.string(),
  /** `scored`: has a rating; `not_asked`; `failed`: no usable verdict (see reviewReasons). */
  status: z.enum(['scored', 'not_asked', 'failed']),
  alignment: AnswerSlotSchema,
  verdicts: z.array(JudgeVerdictSchema),
  findings: z.array(AggregatedFindingSchema),
  /** Median of the usable verdicts' ratings (rounded down on ties toward the lower rating), or null. */
  rating: z.number().int().nullable(),
  ratingLabel: z.string().nullable(),
  /** Spread (max − min) of the usable verdicts' ratings. */
  ratingSpread: z.number().int(),
  interviewerRating: z.number().nullable(),
  needsReview: z.boolean(),
  reviewReasons: z.array(ReviewReasonSchema),
  /** One human-readable line per reason. */
  reviewNotes: z.array(z.string()),
  /** Higher = a human is needed more; orders the review queue. */
  reviewPriority: z.number(),
  /**
   * When the answer carries suspect text: where (offsets into `alignment.answer`) and what kind,
   * and the rating of the answer without it (the item's rating is never higher).
   */
  injection: z
    .object({
      spans: z.array(z.object({ start: z.number().int(), end: z.number().int(), kind: z.string() })),
      strippedRating: z.number().int().nullable(),
    })
    .optional(),
});
export type ItemResult = z.infer<typeof ItemResultSchema>;
