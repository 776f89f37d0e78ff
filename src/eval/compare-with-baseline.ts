import { checkMaximumCount, checkMinimum, checkRegression } from './gate-checks.ts';
import type {
  Baseline,
  BaselineMetrics,
  EvalResult,
  Gate,
  GateCheck,
  GoldMetrics,
  SuiteThresholds,
} from './schema.ts';

const REGRESSION_METRICS = ['quadraticKappa', 'exactAgreement'] as const;

function thresholdChecks(result: EvalResult, thresholds: SuiteThresholds): GateCheck[] {
  const { overall } = result;
  const checks: GateCheck[] = [];
  const { minQuadraticKappa, minExactAgreement, minPerQuestionQuadraticKappa } = thresholds;
  if (minQuadraticKappa !== undefined) {
    checks.push(
      checkMinimum({
        name: 'minQuadraticKappa',
        metric: 'quadraticKappa',
        actual: overall.quadraticKappa,
        reason: overall.notes.quadraticKappa,
        limit: minQuadraticKappa,
      }),
    );
  }
  if (minExactAgreement !== undefined) {
    checks.push(
      checkMinimum({
        name: 'minExactAgreement',
        metric: 'exactAgreement',
        actual: overall.exactAgreement,
        reason: overall.notes.exactAgreement,
        limit: minExactAgreement,
      }),
    );
  }
  if (minPerQuestionQuadraticKappa !== undefined) {
    for (const q of result.perQuestion) {
      checks.push(
        checkMinimum({
          name: `minPerQuestionQuadraticKappa:${q.question}`,
          metric: 'quadraticKappa',
          question: q.question,
          actual: q.quadraticKappa,
          reason: q.notes.quadraticKappa,
          limit: minPerQuestionQuadraticKappa,
        }),
      );
    }
  }
  return checks;
}

/** Each headline metric of one scope against its baseline value; a null baseline value has nothing to regress from. */
function regressionChecks(
  current: GoldMetrics | undefined,
  saved: BaselineMetrics,
  maxDrop: number,
  question?: string,
): GateCheck[] {
  return REGRESSION_METRICS.flatMap((metric) => {
    const baseline = saved[metric];
    if (baseline === null) return [];
    const actual = current?.[metric] ?? null;
    const reason = current === undefined ? 'the suite has no gold labels for it' : current.notes[metric];
    return [
      checkRegression({
        metric,
        ...(question === undefined ? {} : { question }),
        actual,
        reason,
        baseline,
        maxDrop,
      }),
    ];
  });
}

/**
 * The quality gate: the suite's thresholds, then, with a baseline, every headline metric
 * (quadratic κ and exact agreement, overall and per question) against its baseline value: a drop
 * of more than `maxRegression` fails (without `maxRegression`, any drop fails). Labels with no run
 * item and failed items always fail, because they silently shrink what the metrics measure.
 * `passed` is true only when every check passed.
 */
export function compareWithBaseline(
  result: EvalResult,
  baseline: Baseline | null,
  thresholds: SuiteThresholds,
): Gate {
  const checks = [
    checkMaximumCount('maxMissingItems', 'gold labels with no item in the run', result.missing.count, 0),
    checkMaximumCount('maxFailedItems', 'labelled items failed in the run', result.failed.count, 0),
    ...thresholdChecks(result, thresholds),
  ];
  if (baseline !== null) {
    const maxDrop = thresholds.maxRegression ?? 0;
    checks.push(...regressionChecks(result.overall, baseline.overall, maxDrop));
    for (const [question, saved] of Object.entries(baseline.perQuestion)) {
      const current = result.perQuestion.find((q) => q.question === question);
      checks.push(...regressionChecks(current, saved, maxDrop, question));
    }
  }
  return {
    passed: checks.every((check) => check.passed),
    checks,
    baseline: baseline === null ? null : describeBaseline(baseline),
  };
}

function describeBaseline(baseline: Baseline): Gate['baseline'] {
  const { rubricVersion, promptVersion, judge, createdAt } = baseline;
  return { rubricVersion, promptVersion, judge, createdAt };
}
