import type { GateCheck } from './schema.ts';

// Statistics are ratios of integers computed in floating point: a κ of exactly 0.8 may come out as
// 0.7999999999999999, which must not fail a 0.8 threshold.
const EPSILON = 1e-9;

/** How a metric reads in messages. */
export const METRIC_NAMES: Readonly<Record<string, string>> = Object.freeze({
  quadraticKappa: 'quadratic κ',
  exactAgreement: 'exact agreement',
});

/** Three decimals: enough to see a threshold's margin, few enough to read. */
export const formatFigure = (value: number): string => value.toFixed(3);

const scopeOf = (question: string | undefined): string => (question === undefined ? '' : ` on ${question}`);

/** A value that must be at least `limit`; null fails, with `reason` saying why it is undefined. */
export function checkMinimum(options: {
  name: string;
  metric: string;
  question?: string;
  actual: number | null;
  reason: string | undefined;
  limit: number;
}): GateCheck {
  const { name, metric, question, actual, limit } = options;
  const what = `${METRIC_NAMES[metric] ?? metric}${scopeOf(question)}`;
  const base = { name, ...(question === undefined ? {} : { question }), actual, limit };
  if (actual === null) {
    const why = options.reason ?? 'no value';
    return {
      ...base,
      passed: false,
      message: `${what} is undefined (${why}), so it cannot reach the minimum ${formatFigure(limit)}`,
    };
  }
  const passed = actual >= limit - EPSILON;
  const relation = passed ? 'meets the minimum' : 'is below the minimum';
  return { ...base, passed, message: `${what} ${formatFigure(actual)} ${relation} ${formatFigure(limit)}` };
}

/** A count that must not exceed `limit`. */
export function checkMaximumCount(name: string, what: string, actual: number, limit: number): GateCheck {
  const passed = actual <= limit;
  return { name, actual, limit, passed, message: `${actual} ${what} (at most ${limit} allowed)` };
}

/**
 * A metric against its baseline value: the drop baseline − current may be at most `maxDrop`.
 * The check is expressed as a minimum (`limit` = baseline − maxDrop) so all checks read alike.
 */
export function checkRegression(options: {
  metric: string;
  question?: string;
  actual: number | null;
  reason: string | undefined;
  baseline: number;
  maxDrop: number;
}): GateCheck {
  const { metric, question, actual, baseline, maxDrop } = options;
  const what = `${METRIC_NAMES[metric] ?? metric}${scopeOf(question)}`;
  const name = question === undefined ? `regression:${metric}` : `regression:${metric}:${question}`;
  const limit = baseline - maxDrop;
  const base = { name, ...(question === undefined ? {} : { question }), actual, limit };
  if (actual === null) {
    const why = options.reason ?? 'no value';
    const message = `${what} is undefined now (${why}) but was ${formatFigure(baseline)} in the baseline`;
    return { ...base, passed: false, message };
  }
  const drop = baseline - actual;
  const passed = drop <= maxDrop + EPSILON;
  const change =
    drop > 0
      ? `dropped ${formatFigure(drop)} from baseline ${formatFigure(baseline)} to ${formatFigure(actual)}`
      : `is ${formatFigure(actual)}, baseline ${formatFigure(baseline)}`;
  const verdict = passed
    ? `within the allowed drop ${formatFigure(maxDrop)}`
    : `more than the allowed ${formatFigure(maxDrop)}`;
  return { ...base, passed, message: `${what} ${change}, ${verdict}` };
}
