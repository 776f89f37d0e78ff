import { z } from 'zod';
import { DEFAULT_RULE, DEFAULT_SCALE, type RatingRule } from './schema.ts';

/** A strict object whose unknown-key issue lists the keys that are allowed there. */
function strictObject<T extends z.core.$ZodLooseShape>(shape: T) {
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? `expected one of ${allowed}` : undefined),
  });
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return `an object with keys ${Object.keys(value).join(', ') || '(none)'}`;
  return `${typeof value} ${JSON.stringify(value)}`;
}

const IdSchema = z.string().regex(/^[A-Za-z0-9_-]+$/, 'expected an id of letters, digits, `_` or `-`');
const FlagIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_.-]+$/, 'expected a flag id of letters, digits, `.`, `_` or `-`');
const FlagTextSchema = z.string().trim().min(1, 'expected flag text, got an empty string');
const RatingValueSchema = z.number().int();

/** A flag: its text, or `{ id, text }` to give it an explicit id. */
const FlagInputSchema = z.union(
  [FlagTextSchema, strictObject({ id: FlagIdSchema.optional(), text: FlagTextSchema })],
  {
    error: (issue) => `expected flag text or an object { id?, text }, got ${describeValue(issue.input)}`,
  },
);

const questionShape = {
  id: IdSchema.optional(),
  number: z.number().int().min(0).optional(),
  text: z.string().trim(),
  aliases: z.array(z.string().trim().min(1)).optional(),
  greenFlags: z.array(FlagInputSchema).optional(),
  redFlags: z.array(FlagInputSchema).optional(),
};
const SectionSchema = strictObject({
  title: z.string().trim(),
  questions: z.array(strictObject(questionShape)),
});
const FlatQuestionSchema = strictObject({ ...questionShape, section: z.string().trim().optional() });

const ScaleInputSchema = strictObject({
  labels: z.record(z.string().regex(/^-?\d+$/, 'expected an integer rating as the key'), z.string()),
  min: RatingValueSchema,
  max: RatingValueSchema,
});
/** Any subset of the rule; the rest comes from `DEFAULT_RULE`. */
const RuleInputSchema = strictObject({
  kind: z.literal('flag-count').optional(),
  redFlagRating: RatingValueSchema.optional(),
  weakRating: RatingValueSchema.optional(),
  adequateRating: RatingValueSchema.optional(),
  strongRating: RatingValueSchema.optional(),
  strongMinGreen: z.number().int().min(1).optional(),
});
export type RuleInput = z.infer<typeof RuleInputSchema>;

const optionsShape = {
  id: IdSchema.optional(),
  title: z.string().trim().optional(),
  scale: ScaleInputSchema.optional(),
  rule: RuleInputSchema.optional(),
};

/** `DEFAULT_RULE` with the given keys replaced. */
export function mergeRule(input: RuleInput | undefined): RatingRule {
  const out: RatingRule = { ...DEFAULT_RULE };
  for (const key of [
    'redFlagRating',
    'weakRating',
    'adequateRating',
    'strongRating',
    'strongMinGreen',
  ] as const) {
    const value = input?.[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

type Options = z.infer<z.ZodObject<typeof optionsShape>>;

/** Every rating of the rule must lie on the scale, and every scale point needs a label. */
function checkScaleAndRule(value: Options, ctx: z.RefinementCtx): void {
  const scale = value.scale ?? DEFAULT_SCALE;
  if (scale.min > scale.max) {
    ctx.addIssue({
      code: 'custom',
      path: ['scale', 'max'],
      message: `expected max ≥ min (${scale.min}), got ${scale.max}`,
    });
    return;
  }
  for (let rating = scale.min; rating <= scale.max; rating++) {
    if (scale.labels[String(rating)] === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['scale', 'labels'],
        message: `expected a label for rating ${rating}, got none`,
      });
    }
  }
  const rule = mergeRule(value.rule);
  for (const key of ['redFlagRating', 'weakRating', 'adequateRating', 'strongRating'] as const) {
    if (rule[key] < scale.min || rule[key] > scale.max) {
      ctx.addIssue({
        code: 'custom',
        path: ['rule', key],
        message: `expected a rating between ${scale.min} and ${scale.max}, got ${rule[key]}`,
      });
    }
  }
}

/** YAML front matter of a Markdown rubric: `id`, `title`, `scale`, `rule`. */
export const RubricFrontMatterSchema = strictObject(optionsShape).superRefine(checkScaleAndRule);

/**
 * A YAML or JSON rubric file. Either sections holding questions, or a flat `questions` list whose
 * items may name their `section`:
 * ```yaml
 * title: Backend interview          # required
 * id: backend-interview             # optional; defaults to the file name
 * scale: { min: 1, max: 4, labels: { "1": red_flag, "2": weak, "3": adequate, "4": strong } }  # optional
 * rule: { strongMinGreen: 3 }       # optional; any subset of the rating rule
 * sections:
 *   - title: Python / Code Quality
 *     questions:
 *       - number: 1                 # id defaults to q<number>
 *         id: q1                    # optional explicit id
 *         text: How do you structure Python code…?
 *         aliases: [code structure] # optional transcript markers
 *         greenFlags: [Mentions modularization…, { id: q1.tests, text: References testing… }]
 *         redFlags: [“I just put functions in a file.”]
 * ```
 */
export const RubricFileSchema = strictObject({
  ...optionsShape,
  title: z.string().trim().min(1, 'expected a non-empty title'),
  sections: z.array(SectionSchema).optional(),
  questions: z.array(FlatQuestionSchema).optional(),
}).superRefine((value, ctx) => {
  checkScaleAndRule(value, ctx);
  if (value.sections !== undefined && value.questions !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['questions'],
      message: 'expected either `sections` or `questions`, got both',
    });
  }
});
export type RubricFile = z.infer<typeof RubricFileSchema>;
export type RubricFrontMatter = z.infer<typeof RubricFrontMatterSchema>;
