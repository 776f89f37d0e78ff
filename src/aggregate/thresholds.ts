import { z } from 'zod';

/** When an item needs a human. Lives in config (`review:`), with these defaults. */
export const ReviewThresholdsSchema = z
  .object({
    /** Ratings spread (max − min) across the jury at or above which judges disagree. */
    disagreementSpread: z.number().int().min(1).default(2),
    /** Interviewer's own rating this far from the judges' → `interviewer_disagreement`. */
    interviewerGap: z.number().int().min(1).default(2),
    /** Heuristic cross-check this far from the LLM judges' median → `crosscheck_disagreement`. */
    crossCheckGap: z.number().int().min(1).default(2),
    /** Aligned answers below this confidence go to review as `alignment_ambiguous`. */
    minAlignmentConfidence: z.number().min(0).max(1).default(0.35),
  })
  .strict();
export type ReviewThresholds = z.infer<typeof ReviewThresholdsSchema>;

export const DEFAULT_THRESHOLDS: ReviewThresholds = Object.freeze(ReviewThresholdsSchema.parse({}));

/** How much each reason calls for a human; orders the review queue (higher first). */
export const REASON_SEVERITY = Object.freeze({
  injection_suspected: 100,
  evidence_not_found: 60,
  judge_output_invalid: 50,
  judge_failed: 50,
  judge_disagreement: 40,
  interviewer_disagreement: 35,
  crosscheck_disagreement: 30,
  alignment_ambiguous: 20,
  roles_unknown: 15,
  panel_reduced: 10,
} as const);
