import { z } from 'zod';

/** The default ordinal scale: 1 red_flag · 2 weak · 3 adequate · 4 strong. */
export const RatingSchema = z.number().int().min(1).max(4);
export type Rating = z.infer<typeof RatingSchema>;

export const RatingLabelSchema = z.enum(['red_flag', 'weak', 'adequate', 'strong']);
export type RatingLabel = z.infer<typeof RatingLabelSchema>;

export const ScaleSchema = z.object({
  /** rating value → label, e.g. { "1": "red_flag", … }. */
  labels: z.record(z.string(), z.string()),
  min: z.number().int(),
  max: z.number().int(),
});
export type Scale = z.infer<typeof ScaleSchema>;

export const DEFAULT_SCALE: Scale = Object.freeze({
  labels: Object.freeze({ '1': 'red_flag', '2': 'weak', '3': 'adequate', '4': 'strong' }),
  min: 1,
  max: 4,
}) as Scale;

/**
 * How a rating is derived from flag findings (`present` counts; `absent`/`unclear` do not):
 * any red flag present → `redFlagRating`; otherwise greens present ≥ `strongMinGreen`
 * (capped at the question's green count) → `strongRating`; ≥ 1 → `adequateRating`; else `weakRating`.
 */
export const RatingRuleSchema = z.object({
  kind: z.literal('flag-count'),
  redFlagRating: z.number().int(),
  weakRating: z.number().int(),
  adequateRating: z.number().int(),
  strongRating: z.number().int(),
  strongMinGreen: z.number().int().min(1),
});
export type RatingRule = z.infer<typeof RatingRuleSchema>;

export const DEFAULT_RULE: RatingRule = Object.freeze({
  kind: 'flag-count',
  redFlagRating: 1,
  weakRating: 2,
  adequateRating: 3,
  strongRating: 4,
  strongMinGreen: 2,
}) as RatingRule;

export const FlagKindSchema = z.enum(['green', 'red']);
export type FlagKind = z.infer<typeof FlagKindSchema>;

export const FlagSchema = z.object({
  /** Stable id: `<question id>.g<n>` or `<question id>.r<n>` (1-based), unless the rubric names one. */
  id: z.string(),
  kind: FlagKindSchema,
  /** The flag text exactly as written (curly quotes kept), without the bullet marker. */
  text: z.string(),
  /** sha256 (hex, first 16 chars) of the whitespace-normalised text and kind. */
  hash: z.string(),
  /** 1-based line in the source file, when known. */
  line: z.number().int().optional(),
});
export type Flag = z.infer<typeof FlagSchema>;

export const QuestionSchema = z.object({
  /** Stable id: `q<number>` unless the rubric gives an explicit id. */
  id: z.string(),
  number: z.number().int().nullable(),
  section: z.string().nullable(),
  /** The question text as written, without the leading number. */
  text: z.string(),
  greenFlags: z.array(FlagSchema),
  redFlags: z.array(FlagSchema),
  /** Optional interviewer-facing markers/aliases that identify the question in a transcript. */
  aliases: z.array(z.string()).default([]),
  /** Content hash of the question text and all its flags (whitespace-normalised). */
  hash: z.string(),
  line: z.number().int().optional(),
});
export type Question = z.infer<typeof QuestionSchema>;

export const RubricSchema = z.object({
  /** Slug of the title (or file name), e.g. `interview-rubric`. */
  id: z.string(),
  title: z.string(),
  /** Hash over every question's hash, the scale and the rule: changes iff content changes. */
  version: z.string(),
  sections: z.array(z.string()),
  questions: z.array(QuestionSchema).min(1),
  scale: ScaleSchema,
  rule: RatingRuleSchema,
  source: z.object({ path: z.string(), format: z.enum(['markdown', 'yaml', 'json']) }),
});
export type Rubric = z.infer<typeof RubricSchema>;

/** A diagnostic from the rubric compiler. Errors stop compilation; warnings do not. */
export const DiagnosticSchema = z.object({
  severity: z.enum(['error', 'warning']),
  file: z.string(),
  line: z.number().int().optional(),
  message: z.string(),
});
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
