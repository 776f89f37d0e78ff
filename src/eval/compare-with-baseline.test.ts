import { describe, expect, it } from 'vitest';
import { compareWithBaseline } from './compare-with-baseline.ts';
import { evaluateAgainstGold } from './evaluate-against-gold.ts';
import type { Baseline, EvalResult, GoldMetrics, SuiteThresholds } from './schema.ts';
import { mixedScenario } from './test-fixtures.ts';
import { toBaseline } from './to-baseline.ts';

function metrics(quadraticKappa: number | null, exactAgreement: number | null, n = 10): GoldMetrics {
  const notes: Record<string, string> = {};
  if (quadraticKappa === null) notes.quadraticKappa = 'both raters gave one and the same rating';
  if (exactAgreement === null) notes.exactAgreement = 'no item was rated by both raters';
  return { n, exactAgreement, withinOne: 1, quadraticKappa, linearKappa: quadraticKappa, meanBias: 0, notes };
}

/** A clean result (nothing missing or failed) with the given overall and per-question figures. */
function resultWith(overall: GoldMetrics, perQuestion: Record<string, GoldMetrics> = {}): EvalResult {
  return {
    ...evaluateAgainstGold([], []),
    overall,
    perQuestion: Object.entries(perQuestion).map(([question, m]) => ({ question, labels: m.n, ...m })),
  };
}

function baselineOf(result: EvalResult): Baseline {
  return toBaseline(result, {
    rubricVersion: 'r1',
    promptVersion: 'p1',
    judge: 'heuristic',
    createdAt: '2025-01-01T00:00:00Z',
  });
}

const failedNames = (result: EvalResult, baseline: Baseline | null, thresholds: SuiteThresholds): string[] =>
  compareWithBaseline(result, baseline, thresholds)
    .checks.filter((c) => !c.passed)
    .map((c) => c.name);

describe('compareWithBaseline thresholds', () => {
  const result = resultWith(metrics(0.8, 0.6), {
    q1: metrics(1, 1, 2),
    q2: metrics(0, 0.5, 2),
    q3: metrics(null, 1, 2),
  });

  it.each([
    { thresholds: {}, failed: [] },
    { thresholds: { minQuadraticKappa: 0.8 }, failed: [] },
    { thresholds: { minQuadraticKappa: 0.81 }, failed: ['minQuadraticKappa'] },
    { thresholds: { minExactAgreement: 0.6 }, failed: [] },
    { thresholds: { minExactAgreement: 0.65 }, failed: ['minExactAgreement'] },
    {
      thresholds: { minPerQuestionQuadraticKappa: 0.5 },
      failed: ['minPerQuestionQuadraticKappa:q2', 'minPerQuestionQuadraticKappa:q3'],
    },
    { thresholds: { maxRegression: 0.05 }, failed: [] },
  ])('$thresholds fails $failed', ({ thresholds, failed }) => {
    expect(failedNames(result, null, thresholds)).toEqual(failed);
    expect(compareWithBaseline(result, null, thresholds).passed).toBe(failed.length === 0);
  });

  it('reports actual, limit and a message naming the metric', () => {
    const gate = compareWithBaseline(result, null, { minQuadraticKappa: 0.85 });
    expect(gate.checks.find((c) => c.name === 'minQuadraticKappa')).toEqual({
      name: 'minQuadraticKappa',
      actual: 0.8,
      limit: 0.85,
      passed: false,
      message: 'quadratic κ 0.800 is below the minimum 0.850',
    });
  });

  it('fails an undefined per-question kappa with its reason (fail closed)', () => {
    const gate = compareWithBaseline(result, null, { minPerQuestionQuadraticKappa: 0 });
    const q3 = gate.checks.find((c) => c.question === 'q3');
    expect(q3).toMatchObject({ actual: null, limit: 0, passed: false });
    expect(q3?.message).toMatch(
      /quadratic κ on q3 is undefined \(both raters gave one and the same rating\)/,
    );
  });

  it('tolerates floating-point noise at the threshold', () => {
    // 0.1 + 0.2 = 0.30000000000000004 and 0.7 − 0.4 = 0.29999999999999993: both meet 0.3.
    expect(failedNames(resultWith(metrics(0.7 - 0.4, 0.5)), null, { minQuadraticKappa: 0.3 })).toEqual([]);
  });

  it('always fails labels with no item and failed items', () => {
    const { items, labels } = mixedScenario();
    const gate = compareWithBaseline(evaluateAgainstGold(items, labels), null, {});
    expect(gate.passed).toBe(false);
    expect(gate.checks.map((c) => [c.name, c.actual, c.limit, c.passed])).toEqual([
      ['maxMissingItems', 1, 0, false],
      ['maxFailedItems', 1, 0, false],
    ]);
    expect(gate.baseline).toBeNull();
  });
});

describe('compareWithBaseline regressions', () => {
  const saved = baselineOf(
    resultWith(metrics(0.8, 0.7), { q1: metrics(0.9, 0.8, 5), q2: metrics(null, 0.5, 5) }),
  );

  it.each([
    { name: 'no change', current: [0.8, 0.7, 0.9, 0.8], maxRegression: 0.05, failed: [] },
    {
      name: 'a small drop within the limit',
      current: [0.76, 0.66, 0.86, 0.76],
      maxRegression: 0.05,
      failed: [],
    },
    { name: 'improvements', current: [0.95, 0.9, 1, 1], maxRegression: 0, failed: [] },
    {
      name: 'an overall kappa drop',
      current: [0.7, 0.7, 0.9, 0.8],
      maxRegression: 0.05,
      failed: ['regression:quadraticKappa'],
    },
    {
      name: 'a per-question agreement drop',
      current: [0.8, 0.7, 0.9, 0.6],
      maxRegression: 0.05,
      failed: ['regression:exactAgreement:q1'],
    },
    {
      name: 'any drop without maxRegression',
      current: [0.8, 0.69, 0.9, 0.8],
      maxRegression: undefined,
      failed: ['regression:exactAgreement'],
    },
    // 0.8 − 0.7 = 0.10000000000000009 in floating point: still a drop of exactly 0.1.
    { name: 'a drop equal to the limit', current: [0.7, 0.6, 0.8, 0.7], maxRegression: 0.1, failed: [] },
  ])('$name fails $failed', ({ current, maxRegression, failed }) => {
    const [qk = 0, ea = 0, q1k = 0, q1a = 0] = current;
    const result = resultWith(metrics(qk, ea), { q1: metrics(q1k, q1a, 5), q2: metrics(0.5, 0.5, 5) });
    const thresholds = maxRegression === undefined ? {} : { maxRegression };
    expect(failedNames(result, saved, thresholds)).toEqual(failed);
  });

  it('names the metric and question and gives the drop', () => {
    const result = resultWith(metrics(0.8, 0.7), { q1: metrics(0.68, 0.8, 5), q2: metrics(0.5, 0.5, 5) });
    const check = compareWithBaseline(result, saved, { maxRegression: 0.05 }).checks.find((c) => !c.passed);
    expect(check).toEqual({
      name: 'regression:quadraticKappa:q1',
      question: 'q1',
      actual: 0.68,
      limit: expect.closeTo(0.85, 12),
      passed: false,
      message: 'quadratic κ on q1 dropped 0.220 from baseline 0.900 to 0.680, more than the allowed 0.050',
    });
  });

  it('skips metrics the baseline has no value for, and fails ones that became undefined', () => {
    const result = resultWith(metrics(null, 0.7), { q1: metrics(0.9, 0.8, 5), q2: metrics(0.5, 0.5, 5) });
    const gate = compareWithBaseline(result, saved, { maxRegression: 0.05 });
    expect(gate.checks.some((c) => c.name === 'regression:quadraticKappa:q2')).toBe(false);
    expect(gate.checks.filter((c) => !c.passed).map((c) => c.message)).toEqual([
      'quadratic κ is undefined now (both raters gave one and the same rating) but was 0.800 in the baseline',
    ]);
  });

  it('fails a baseline question the suite no longer labels', () => {
    const result = resultWith(metrics(0.8, 0.7), { q2: metrics(0.5, 0.5, 5) });
    const failed = compareWithBaseline(result, saved, { maxRegression: 0.05 }).checks.filter(
      (c) => !c.passed,
    );
    expect(failed.map((c) => c.name)).toEqual([
      'regression:quadraticKappa:q1',
      'regression:exactAgreement:q1',
    ]);
    expect(failed[0]?.message).toMatch(/no gold labels/);
  });

  it('describes the baseline it compared against', () => {
    const gate = compareWithBaseline(resultWith(metrics(0.8, 0.7)), saved, {});
    expect(gate.baseline).toEqual({
      rubricVersion: 'r1',
      promptVersion: 'p1',
      judge: 'heuristic',
      createdAt: '2025-01-01T00:00:00Z',
    });
  });
});
