import { z } from 'zod';
import { FlagKindSchema } from './schema.ts';

/** A flag as the diff shows it. */
export const FlagRefSchema = z.object({
  id: z.string(),
  kind: FlagKindSchema,
  text: z.string(),
  hash: z.string(),
});
export type FlagRef = z.infer<typeof FlagRefSchema>;

/** A question as the diff shows it (without its flags). */
export const QuestionRefSchema = z.object({ id: z.string(), text: z.string(), hash: z.string() });
export type QuestionRef = z.infer<typeof QuestionRefSchema>;

/** A question present in both rubrics under the same id whose content hash differs. */
export const QuestionChangeSchema = z.object({
  id: z.string(),
  before: QuestionRefSchema,
  after: QuestionRefSchema,
  /** The question text itself changed (not only its flags). */
  textChanged: z.boolean(),
  addedFlags: z.array(FlagRefSchema),
  removedFlags: z.array(FlagRefSchema),
  /** Same flag id on both sides, different content hash. */
  changedFlags: z.array(z.object({ id: z.string(), before: FlagRefSchema, after: FlagRefSchema })),
});
export type QuestionChange = z.infer<typeof QuestionChangeSchema>;

/** What changed between two compiled rubrics, matched by question id and content hash. */
export const RubricDiffSchema = z.object({
  from: z.object({ id: z.string(), version: z.string() }),
  to: z.object({ id: z.string(), version: z.string() }),
  versionChanged: z.boolean(),
  addedQuestions: z.array(QuestionRefSchema),
  removedQuestions: z.array(QuestionRefSchema),
  changedQuestions: z.array(QuestionChangeSchema),
  scaleChanged: z.boolean(),
  ruleChanged: z.boolean(),
});
export type RubricDiff = z.infer<typeof RubricDiffSchema>;
