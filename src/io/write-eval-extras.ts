import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvalContext } from '../eval/eval-context.ts';
import { renderEvalSummary } from '../eval/render-eval-summary.ts';
import type { EvalMeta, EvalResult, Gate } from '../eval/schema.ts';
import { renderEvalPage } from '../report/render-eval-page.ts';
import { writeFileAtomic } from './atomic-write.ts';

/** Where the eval's extra outputs go. */
export interface EvalExtrasTarget {
  readonly outDir: string;
  /** `--summary-md FILE` (absolute), replaced as a whole. */
  readonly summaryMd?: string;
  /** `$GITHUB_STEP_SUMMARY`: GitHub's job-summary file, appended to as GitHub expects. */
  readonly stepSummary?: string;
}

/**
 * Writes `eval-report.html` beside eval-report.md, the job summary to `--summary-md`, and appends
 * the same summary to `$GITHUB_STEP_SUMMARY` when set. Returns the paths written.
 */
export function writeEvalExtras(
  target: EvalExtrasTarget,
  eval_: {
    readonly result: EvalResult;
    readonly gate: Gate;
    readonly meta: EvalMeta;
    readonly context: EvalContext;
  },
): string[] {
  const { result, gate, meta, context } = eval_;
  const written = [join(target.outDir, 'eval-report.html')];
  writeFileAtomic(written[0] ?? '', renderEvalPage(result, gate, meta, context));
  const summary = renderEvalSummary(result, gate, meta, context);
  if (target.summaryMd !== undefined) {
    writeFileAtomic(target.summaryMd, summary);
    written.push(target.summaryMd);
  }
  if (target.stepSummary !== undefined && target.stepSummary !== '') {
    appendFileSync(target.stepSummary, `${summary}\n`);
    written.push(target.stepSummary);
  }
  return written;
}
