/**
 * Test corpus: realistic answers to the seed questions, each flag labelled by a human reading the
 * rubric (not by running the judge). `unclear` marks labels a careful rater would not commit to.
 * The judge is measured against these labels (precision/recall), so a label is never changed to
 * match the judge's output.
 */
import type { FlagStatus } from '../schema.ts';
import { LABELLED_Q1_Q6 } from './labelled-answers-q1-q6.fixture.ts';
import { LABELLED_Q7_Q11 } from './labelled-answers-q7-q11.fixture.ts';

export interface LabelledAnswer {
  readonly question: string;
  readonly kind: 'strong' | 'red' | 'mixed' | 'vague' | 'negated' | 'hypothetical' | 'distanced';
  readonly answer: string;
  /** Human label per flag id; every flag of the question is labelled. */
  readonly labels: Readonly<Record<string, FlagStatus>>;
}

/** Four answers per seed question, 44 in all. */
export const LABELLED_ANSWERS: readonly LabelledAnswer[] = [...LABELLED_Q1_Q6, ...LABELLED_Q7_Q11];
