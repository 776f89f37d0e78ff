import { describe, expect, it } from 'vitest';
import { FIXTURE_RUBRIC } from '../../test/report/fixture-rubric.ts';
import { buildEvalContext } from './build-eval-context.ts';
import { compareWithBaseline } from './compare-with-baseline.ts';
import { evaluateAgainstGold } from './evaluate-against-gold.ts';
import { renderEvalSummary } from './render-eval-summary.ts';
import type { EvalMeta } from './schema.ts';
import { mixedScenario } from './test-fixtures.ts';
import { toBaseline } from './to-baseline.ts';

const meta: EvalMeta = {
  suite: 'evals/golden',
  rubricVersion: FIXTURE_RUBRIC.version,
  promptVersion: 'judge-v1',
  judge: 'openai:gpt-4o-mini',
  createdAt: '2025-03-01T12:00:00.000Z',
};
const { items, labels } = mixedScenario();
const result = evaluateAgainstGold(items, labels);

describe('renderEvalSummary', () => {
  it('a failed gate: the verdict, then the failed checks, trimmed to ten', () => {
    const thresholds = {
      minPerQuestionQuadraticKappa: 0.99,
      minQuadraticKappa: 0.99,
      minExactAgreement: 0.99,
    };
    const gate = compareWithBaseline(result, null, thresholds);
    const failed = gate.checks.filter((c) => !c.passed).length;
    const text = renderEvalSummary(result, gate, meta, buildEvalContext(null, FIXTURE_RUBRIC, null));
    expect(text.startsWith('## ❌ Rubric eval failed: evals/golden\n\n')).toBe(true);
    expect(text).toContain(`${gate.checks.length - failed} of ${gate.checks.length} checks passed`);
    const listed = text.split('\n').filter((line) => line.startsWith('- '));
    expect(listed).toHaveLength(Math.min(failed, 10) + (failed > 10 ? 1 : 0));
    expect(text).toContain('No baseline: changed questions are not tracked.');
    expect(text).not.toContain('**Run:**');
  });

  it('against a baseline without question hashes: before → after, and how to get the list', () => {
    const old = { ...toBaseline(result, { ...meta, rubricVersion: 'older' }) };
    const gate = compareWithBaseline(result, old, {});
    const summary = {
      llm: { calls: 12, cacheHits: 30, costUsd: 0.01234 },
      timing: { wallMs: 4200 },
      items: { total: 42 },
    } as Parameters<typeof buildEvalContext>[2];
    const text = renderEvalSummary(result, gate, meta, buildEvalContext(old, FIXTURE_RUBRIC, summary));
    // The scenario has a label with no run item, which always fails the gate.
    expect(text.startsWith('## ❌ Rubric eval failed')).toBe(true);
    expect(text).toContain('quadratic κ 0.861 → 0.861');
    expect(text).toContain('predates per-question hashes; run `eval --update-baseline` once');
    expect(text).toContain('**Run:** 42 items · 12 LLM calls · 30 cache hits · $0.0123 · 4.2 s');
    expect(text).toContain('judge `openai:gpt-4o-mini`');
  });
});
