import type { Summary } from '../report/schema.ts';
import type { Rubric } from '../rubric/schema.ts';
import { diffBaselineQuestions } from './diff-baseline-questions.ts';
import type { EvalContext } from './eval-context.ts';
import type { Baseline } from './schema.ts';

/**
 * What the eval's reports add to the gate: the rubric's questions against the baseline's (the
 * baseline read before any `--update-baseline`, so a rubric change is still named), and the
 * suite run's calls, cache hits, cost and time from its `summary.json`.
 */
export function buildEvalContext(
  baseline: Baseline | null,
  rubric: Rubric,
  summary: Summary | null,
): EvalContext {
  return {
    baseline,
    changes: baseline === null ? null : diffBaselineQuestions(baseline, rubric),
    figures:
      summary === null
        ? null
        : {
            calls: summary.llm.calls,
            cacheHits: summary.llm.cacheHits,
            costUsd: summary.llm.costUsd,
            wallMs: summary.timing.wallMs,
            items: summary.items.total,
          },
  };
}
