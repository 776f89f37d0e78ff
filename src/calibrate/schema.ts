import { z } from 'zod';
import type { ItemResult } from '../aggregate/schema.ts';

/**
 * One row of a ratings CSV (long format): `rater` gave `rating` to `item`. A rating is a number,
 * or a label kept as a nominal string when the file uses labels outside the rating scale.
 * `question` and `transcript` are kept when the file has those columns (used to group and to
 * match rows to a run's items); `line` is the 1-based source line, for diagnostics.
 */
export const RatingRowSchema = z.object({
  item: z.string().min(1),
  rater: z.string().min(1),
  rating: z.union([z.number(), z.string().min(1)]),
  question: z.string().min(1).optional(),
  transcript: z.string().min(1).optional(),
  line: z.number().int().min(1).optional(),
});
export type RatingRow = z.infer<typeof RatingRowSchema>;

/** A statistic's value, or null when it is undefined for the data (the reason is in `notes`). */
const StatValueSchema = z.number().nullable();

/** Agreement between two raters over the items both rated (`n`). */
export const PairAgreementSchema = z.object({
  a: z.string(),
  b: z.string(),
  n: z.number().int().min(0),
  percentAgreement: StatValueSchema,
  cohenKappa: StatValueSchema,
  linearKappa: StatValueSchema,
  quadraticKappa: StatValueSchema,
});
export type PairAgreement = z.infer<typeof PairAgreementSchema>;

/**
 * Agreement among all raters (the CONTRACT `calibrate --json` keys). `pairs` holds only the rater
 * pairs that rated at least one item in common (`pairsCompared` of them); the
 * `pairsWithoutSharedItems` others have nothing to agree on and are left out. Krippendorff's α
 * and Fleiss' κ count only the `sharedItems` rated by two raters or more. `notes` explains every
 * null: key = the statistic's path (`fleissKappa`, `krippendorffAlpha.ordinal`, `pairs[0].linearKappa`).
 */
export const AgreementReportSchema = z.object({
  items: z.number().int().min(0),
  raters: z.number().int().min(0),
  sharedItems: z.number().int().min(0),
  pairsCompared: z.number().int().min(0),
  pairsWithoutSharedItems: z.number().int().min(0),
  krippendorffAlpha: z.object({
    nominal: StatValueSchema,
    ordinal: StatValueSchema,
    interval: StatValueSchema,
  }),
  /** Null unless every item has the same number of ratings. */
  fleissKappa: StatValueSchema,
  pairs: z.array(PairAgreementSchema),
  notes: z.record(z.string(), z.string()),
});
export type AgreementReport = z.infer<typeof AgreementReportSchema>;

/** How an interviewer's ratings sit against the run's: see `labelBias` for the rule. */
export const CalibrationLabelSchema = z.enum(['lenient', 'severe', 'calibrated', 'insufficient_data']);
export type CalibrationLabel = z.infer<typeof CalibrationLabelSchema>;

/** An interviewer's mean bias on one question. */
export const QuestionBiasSchema = z.object({
  question: z.string(),
  n: z.number().int().min(1),
  meanBias: z.number(),
});
export type QuestionBias = z.infer<typeof QuestionBiasSchema>;

/**
 * One interviewer against the run's aggregated ratings over the `n` items both rated.
 * `meanBias` = mean(interviewer − run): positive = lenient, negative = severe.
 */
export const InterviewerReportSchema = z.object({
  rater: z.string(),
  n: z.number().int().min(1),
  quadraticKappa: StatValueSchema,
  meanBias: z.number(),
  /** Two-sided 95% CI of the mean bias (Student's t); null with fewer than two items. */
  biasCi95: z.tuple([z.number(), z.number()]).nullable(),
  label: CalibrationLabelSchema,
  /** The label in plain words for a hiring manager, with the figures behind it. */
  reading: z.string(),
  perQuestion: z.array(QuestionBiasSchema),
  /** Why a statistic is null, e.g. `{ quadraticKappa: "…" }`. */
  notes: z.record(z.string(), z.string()),
});
export type InterviewerReport = z.infer<typeof InterviewerReportSchema>;

/** A closed range of rating values, e.g. 1–4. */
export const ScaleRangeSchema = z.object({ min: z.number(), max: z.number() });
export type ScaleRange = z.infer<typeof ScaleRangeSchema>;

/** A rater whose ratings were mapped linearly from their own scale onto the common one. */
export const RescaledRaterSchema = z.object({
  rater: z.string(),
  from: ScaleRangeSchema,
  to: ScaleRangeSchema,
});
export type RescaledRater = z.infer<typeof RescaledRaterSchema>;

/** What `rubricate calibrate --json` prints. */
export const CalibrationReportSchema = AgreementReportSchema.extend({
  interviewers: z.array(InterviewerReportSchema),
  /** The common scale every rating was checked against (the run's, `--scale`, or the default 1–4). */
  scale: ScaleRangeSchema.extend({ source: z.enum(['run', 'flag', 'default']) }).nullable(),
  /** Raters rescaled with `--rater-scale`. */
  rescaled: z.array(RescaledRaterSchema),
  /** Run items whose reference rating is a reviewer's `finalRating` (reviewed.jsonl). */
  reviewedItems: z.number().int().min(0),
});
export type CalibrationReport = z.infer<typeof CalibrationReportSchema>;

/**
 * What calibration reads of a run's item: a `results.jsonl` line or a report row (`ItemRow`)
 * both have it.
 */
export type RatedItem = Pick<
  ItemResult,
  'key' | 'transcript' | 'question' | 'status' | 'rating' | 'ratingLabel' | 'interviewerRating'
>;
