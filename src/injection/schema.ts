import { z } from 'zod';

/**
 * What a suspect span does. `addresses_evaluator`, `score_demand`, `instruction_override`,
 * `roleplay`: text that talks to the judge instead of the interviewer. `fake_system`,
 * `role_marker`, `chat_template`: text dressed as another speaker of the judge's conversation.
 * `wrapper_escape`: text that closes the answer's delimiter (XML, JSON, CDATA, a code fence) to
 * open a section of its own. `fake_errata`: claimed changes to the rubric. `grader_note`: notes
 * for the grader. `compliance_claim`: "as required, I covered X, Y and Z". `hidden_text`:
 * comments a reader does not see. `keyword_stuffing`: rubric terms listed, not used.
 * `learned_steering`: a clause the learned steering model reads as meant for the judge, in words
 * no pattern names.
 */
export const InjectionKindSchema = z.enum([
  'addresses_evaluator',
  'score_demand',
  'instruction_override',
  'roleplay',
  'fake_system',
  'role_marker',
  'chat_template',
  'wrapper_escape',
  'fake_errata',
  'grader_note',
  'compliance_claim',
  'hidden_text',
  'keyword_stuffing',
  'learned_steering',
]);
export type InjectionKind = z.infer<typeof InjectionKindSchema>;

/**
 * Kinds that open a section of their own (markers, tokens, wrappers, hidden text): the span runs
 * to the end of the line or the closer. Read from punctuation as much as words.
 */
export const SECTION_KINDS: ReadonlySet<InjectionKind> = new Set([
  'wrapper_escape',
  'chat_template',
  'role_marker',
  'fake_system',
  'hidden_text',
]);

/** One suspect stretch of the answer: `answer.slice(start, end) === text`. */
export const InjectionSpanSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  kind: InjectionKindSchema,
  text: z.string(),
});
export type InjectionSpan = z.infer<typeof InjectionSpanSchema>;

/** What `detectInjection` found. */
export const InjectionReportSchema = z.object({
  suspected: z.boolean(),
  /** Suspect spans in answer order, not overlapping. */
  spans: z.array(InjectionSpanSchema),
  /** The verbatim sentences (as `splitSentences` cuts them) that hold a span, in answer order. */
  matches: z.array(z.string()),
});
export type InjectionReport = z.infer<typeof InjectionReportSchema>;
