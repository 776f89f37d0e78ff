import { z } from 'zod';
import { ReviewReasonSchema } from '../aggregate/schema.ts';

const kappaLimit = z.number().min(-1).max(1);
const shareLimit = z.number().min(0).max(1);
const positiveInt = z.number().int().min(1);

/** The quality gate of a suite. Every threshold is optional; an absent one is not checked. */
export const SuiteThresholdsSchema = z
  .object({
    minQuadraticKappa: kappaLimit.optional(),
    minExactAgreement: shareLimit.optional(),
    /** Largest allowed drop of `quadraticKappa` or `exactAgreement` below the baseline (e.g. 0.05). */
    maxRegression: shareLimit.optional(),
    minPerQuestionQuadraticKappa: kappaLimit.optional(),
  })
  .strict();
export type SuiteThresholds = z.infer<typeof SuiteThresholdsSchema>;

/**
 * `suite.yaml`: what to score and how good it must be. Paths and globs are relative to the suite
 * directory. Judge settings mirror the `score` flags of the same name. Unknown keys are errors.
 */
export const SuiteSchema = z
  .object({
    rubric: z.string().min(1),
    /** Transcript globs; a single glob may be written as a string. */
    transcripts: z
      .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
      .transform((globs) => (typeof globs === 'string' ? [globs] : globs)),
    judge: z.string().min(1).optional(),
    model: z.string().min(1).optional(),
    samples: positiveInt.optional(),
    baseUrl: z.url().optional(),
    concurrency: positiveInt.optional(),
    thresholds: SuiteThresholdsSchema.default({}),
  })
  .strict();
export type Suite = z.infer<typeof SuiteSchema>;

/** A gold rating: a number on the rubric's scale, or `not_asked`. */
export const GoldRatingSchema = z.union([z.number().int(), z.literal('not_asked')]);
export type GoldRating = z.infer<typeof GoldRatingSchema>;

/** One row of `labels.csv`; `transcript` is the transcript id (file name without extensions). */
export const GoldLabelSchema = z.object({
  transcript: z.string().min(1),
  question: z.string().min(1),
  rating: GoldRatingSchema,
  /** 1-based line in labels.csv, for diagnostics. */
  line: z.number().int().min(1),
});
export type GoldLabel = z.infer<typeof GoldLabelSchema>;

/** What the run made of a labelled item: a rating, `not_asked`, `failed`, or null when there is no item. */
export const RunRatingSchema = z.union([z.number().int(), z.literal('not_asked'), z.literal('failed')]);
export type RunRating = z.infer<typeof RunRatingSchema>;

/** One gold label next to the run's item. */
export const ComparisonSchema = z.object({
  transcript: z.string(),
  question: z.string(),
  gold: GoldRatingSchema,
  run: RunRatingSchema.nullable(),
  needsReview: z.boolean(),
  reviewReasons: z.array(ReviewReasonSchema),
  line: z.number().int().min(1),
});
export type Comparison = z.infer<typeof ComparisonSchema>;

/** A counted list of comparisons (alignment mismatches, review queue, failures, missing items). */
export const ComparisonListSchema = z.object({
  count: z.number().int().min(0),
  items: z.array(ComparisonSchema),
});
export type ComparisonList = z.infer<typeof ComparisonListSchema>;

/** A statistic's value, or null when it is undefined for the data (the reason is in `notes`). */
const StatValueSchema = z.number().nullable();

/**
 * Agreement of the run with the gold over the `n` items where both have a numeric rating.
 * `meanBias` = mean(run − gold): positive = the run is more lenient than the humans.
 */
export const GoldMetricsSchema = z.object({
  n: z.number().int().min(0),
  exactAgreement: StatValueSchema,
  withinOne: StatValueSchema,
  quadraticKappa: StatValueSchema,
  linearKappa: StatValueSchema,
  meanBias: StatValueSchema,
  /** Why a statistic is null, keyed by its name. */
  notes: z.record(z.string(), z.string()),
});
export type GoldMetrics = z.infer<typeof GoldMetricsSchema>;

/** Agreement on one question; `labels` counts its gold labels, `not_asked` included. */
export const QuestionMetricsSchema = GoldMetricsSchema.extend({
  question: z.string(),
  labels: z.number().int().min(0),
});
export type QuestionMetrics = z.infer<typeof QuestionMetricsSchema>;

/** Gold (rows) × run (columns) counts over the numerically rated pairs. */
export const ConfusionMatrixSchema = z.object({
  categories: z.array(z.number()),
  counts: z.array(z.array(z.number().int().min(0))),
});
export type ConfusionMatrix = z.infer<typeof ConfusionMatrixSchema>;

/** The outcome of `evaluateAgainstGold`. */
export const EvalResultSchema = z.object({
  labels: z.number().int().min(0),
  items: z.number().int().min(0),
  /** Run items no gold label speaks about (not counted anywhere else). */
  unlabelledItems: z.number().int().min(0),
  overall: GoldMetricsSchema,
  perQuestion: z.array(QuestionMetricsSchema),
  confusion: ConfusionMatrixSchema,
  alignment: z.object({
    goldNotAskedRunScored: ComparisonListSchema,
    goldScoredRunNotAsked: ComparisonListSchema,
  }),
  review: ComparisonListSchema,
  failed: ComparisonListSchema,
  missing: ComparisonListSchema,
  /** Every label whose run result differs from the gold (missing items excluded: see `missing`). */
  disagreements: z.array(ComparisonSchema),
});
export type EvalResult = z.infer<typeof EvalResultSchema>;

/** The figures a baseline keeps for one scope (overall or a question). */
export const BaselineMetricsSchema = z.object({
  quadraticKappa: StatValueSchema,
  exactAgreement: StatValueSchema,
  n: z.number().int().min(0),
});
export type BaselineMetrics = z.infer<typeof BaselineMetricsSchema>;

/** A question's content as the baseline saw it: its hash and each flag's, to tell what changed since. */
export const BaselineQuestionSchema = z.object({
  hash: z.string(),
  flags: z.record(z.string(), z.string()),
});
export type BaselineQuestion = z.infer<typeof BaselineQuestionSchema>;

/**
 * `baseline.json`: the figures of an accepted eval, to detect regressions against. `questions`
 * (question id → content hashes) came later: baselines without it still load, and the changed
 * questions are then unknown.
 */
export const BaselineSchema = z.object({
  rubricVersion: z.string(),
  promptVersion: z.string(),
  judge: z.string(),
  overall: BaselineMetricsSchema,
  perQuestion: z.record(z.string(), BaselineMetricsSchema),
  questions: z.record(z.string(), BaselineQuestionSchema).optional(),
  createdAt: z.string(),
});
export type Baseline = z.infer<typeof BaselineSchema>;

/** Describes the eval run for baselines and reports; `createdAt` comes from the caller's clock. */
export const EvalMetaSchema = z.object({
  suite: z.string(),
  rubricVersion: z.string(),
  promptVersion: z.string(),
  judge: z.string(),
  createdAt: z.string(),
});
export type EvalMeta = z.infer<typeof EvalMetaSchema>;

/**
 * One gate check. `actual` is the measured value (null when undefined, which fails: a metric
 * that cannot be computed is never read as a pass). `limit` is the least value that passes,
 * except for the `max…` checks (counts that must not exceed it).
 */
export const GateCheckSchema = z.object({
  name: z.string(),
  question: z.string().optional(),
  actual: z.number().nullable(),
  limit: z.number(),
  passed: z.boolean(),
  message: z.string(),
});
export type GateCheck = z.infer<typeof GateCheckSchema>;

/** The verdict of `eval`: passed when every check passed. */
export const GateSchema = z.object({
  passed: z.boolean(),
  checks: z.array(GateCheckSchema),
  /** The baseline compared against, without its figures; null when there was none. */
  baseline: BaselineSchema.pick({
    rubricVersion: true,
    promptVersion: true,
    judge: true,
    createdAt: true,
  }).nullable(),
});
export type Gate = z.infer<typeof GateSchema>;
