import { z } from 'zod';

/**
 * One rating as the statistics read it: a number on a scale, a label, or `null` when missing.
 * Numbers must be finite (zod 4's `z.number()` already rejects NaN and ±Infinity), so a rating
 * that passed this schema can never turn a statistic into NaN.
 */
export const RatingSchema = z.union([z.number(), z.string(), z.null()]);
export type Rating = z.infer<typeof RatingSchema>;

/** A present rating: the category values the statistics count. */
export type RatingValue = Exclude<Rating, null>;

/**
 * The result of an agreement statistic. `n` is how many items (pairs, units) it was computed
 * over. Degenerate input (one rating value only, one rater, nothing pairable, zero expected
 * disagreement) gives `value: null` with a human-readable `reason`, never NaN, ±Infinity or a throw.
 */
export const StatResultSchema = z.union([
  z.object({ value: z.number(), n: z.number().int().min(0) }),
  z.object({ value: z.null(), reason: z.string(), n: z.number().int().min(0) }),
]);
export type StatResult = z.infer<typeof StatResultSchema>;

/** Cohen's kappa weighting: disagreement weight 0/1, |x − y|, or (x − y)². */
export const KappaWeightsSchema = z.enum(['none', 'linear', 'quadratic']);
export type KappaWeights = z.infer<typeof KappaWeightsSchema>;

/** Krippendorff's levels of measurement, each with its own difference function δ². */
export const AlphaLevelSchema = z.enum(['nominal', 'ordinal', 'interval', 'ratio']);
export type AlphaLevel = z.infer<typeof AlphaLevelSchema>;

/**
 * Mean of paired differences (e.g. interviewer rating − rubric rating) with a two-sided 95%
 * confidence interval from Student's t. `mean` is null with no differences, `ci95` with fewer than two.
 */
export const MeanBiasSchema = z.object({
  mean: z.number().nullable(),
  ci95: z.tuple([z.number(), z.number()]).nullable(),
  n: z.number().int().min(0),
});
export type MeanBias = z.infer<typeof MeanBiasSchema>;
