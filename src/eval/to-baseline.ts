import type { Rubric } from '../rubric/schema.ts';
import { fingerprintQuestions } from './diff-baseline-questions.ts';
import type { Baseline, BaselineMetrics, EvalMeta, EvalResult, GoldMetrics } from './schema.ts';

const figuresOf = (metrics: GoldMetrics): BaselineMetrics => ({
  quadraticKappa: metrics.quadraticKappa,
  exactAgreement: metrics.exactAgreement,
  n: metrics.n,
});

/**
 * The baseline an accepted eval leaves behind (`--update-baseline`): its headline figures and,
 * given the rubric, each question's content hashes (so the next eval can name what changed).
 */
export function toBaseline(
  result: Pick<EvalResult, 'overall' | 'perQuestion'>,
  meta: Pick<EvalMeta, 'rubricVersion' | 'promptVersion' | 'judge' | 'createdAt'>,
  rubric?: Rubric,
): Baseline {
  return {
    rubricVersion: meta.rubricVersion,
    promptVersion: meta.promptVersion,
    judge: meta.judge,
    overall: figuresOf(result.overall),
    perQuestion: Object.fromEntries(result.perQuestion.map((q) => [q.question, figuresOf(q)])),
    ...(rubric === undefined ? {} : { questions: fingerprintQuestions(rubric) }),
    createdAt: meta.createdAt,
  };
}
