import { z } from 'zod';
import { FlagKindSchema, RatingRuleSchema, ScaleSchema } from './schema.ts';

/**
 * What a format parser (Markdown, YAML/JSON) hands to `buildRubric`: the rubric's structure as
 * written, before ids, hashes and cross-question checks. Keeping one intermediate shape means every
 * format gets the same ids, hashes and diagnostics.
 */
export const DraftFlagSchema = z.object({
  kind: FlagKindSchema,
  text: z.string(),
  id: z.string().optional(),
  line: z.number().int().optional(),
});
export type DraftFlag = z.infer<typeof DraftFlagSchema>;

export const DraftQuestionSchema = z.object({
  /** Explicit id from the rubric (`{#id}` or an `id` key); otherwise derived from the number. */
  id: z.string().optional(),
  number: z.number().int().nullable(),
  section: z.string().nullable(),
  text: z.string(),
  aliases: z.array(z.string()),
  flags: z.array(DraftFlagSchema),
  line: z.number().int().optional(),
});
export type DraftQuestion = z.infer<typeof DraftQuestionSchema>;

export const DraftRubricSchema = z.object({
  id: z.string().optional(),
  title: z.string().optional(),
  sections: z.array(z.string()),
  questions: z.array(DraftQuestionSchema),
  scale: ScaleSchema,
  rule: RatingRuleSchema,
});
export type DraftRubric = z.infer<typeof DraftRubricSchema>;
