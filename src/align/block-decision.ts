/**
 * What an interviewer block does to the answer spans: `ask` starts the span of one or more
 * questions, `continue` keeps the current span open (back-channel, follow-up, clarification),
 * `end` closes it (small talk, a question that is not in the rubric).
 */
export type BlockDecision =
  | {
      readonly kind: 'ask';
      readonly questions: readonly number[];
      readonly method: 'marker' | 'similarity';
      /** The similarity evidence for the choice (the block's scores, or its whole exchange's). */
      readonly scores: readonly number[];
    }
  | { readonly kind: 'continue' }
  | { readonly kind: 'end' };
