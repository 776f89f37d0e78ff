import type { BaselineQuestionDiff } from './diff-baseline-questions.ts';
import type { Baseline } from './schema.ts';

/** What a run cost: from the suite run's `summary.json`. */
export interface EvalRunFigures {
  /** Judge calls that reached an LLM endpoint (0 for the offline judge). */
  readonly calls: number;
  readonly cacheHits: number;
  readonly costUsd: number;
  readonly wallMs: number;
  readonly items: number;
}

/**
 * What the reports of an eval say beyond the gate: the rubric's questions against the
 * baseline's, the baseline's figures (for before → after), and the run's calls and cost.
 */
export interface EvalContext {
  readonly baseline: Baseline | null;
  readonly changes: BaselineQuestionDiff | null;
  readonly figures: EvalRunFigures | null;
}
