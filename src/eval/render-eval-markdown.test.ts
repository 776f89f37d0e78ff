import { describe, expect, it } from 'vitest';
import { compareWithBaseline } from './compare-with-baseline.ts';
import { evaluateAgainstGold } from './evaluate-against-gold.ts';
import { renderEvalMarkdown } from './render-eval-markdown.ts';
import type { EvalMeta } from './schema.ts';
import { goldLabel, mixedScenario, runItem } from './test-fixtures.ts';
import { toBaseline } from './to-baseline.ts';

const meta: EvalMeta = {
  suite: 'evals/golden',
  rubricVersion: 'r2',
  promptVersion: 'judge-v1',
  judge: 'heuristic',
  createdAt: '2025-03-01T12:00:00.000Z',
};

describe('renderEvalMarkdown', () => {
  const { items, labels } = mixedScenario();
  const result = evaluateAgainstGold(items, labels);
  const gate = compareWithBaseline(result, null, { minQuadraticKappa: 0.8 });
  const md = renderEvalMarkdown(result, gate, meta);

  it('leads with the verdict', () => {
    expect(md.startsWith('# Eval evals/golden: FAIL\n\n**FAIL**: 2 of 3 checks failed.\n')).toBe(true);
    expect(md).toContain('No baseline: regressions are not checked.');
  });

  it('tabulates every check', () => {
    expect(md).toContain(
      '| FAIL | maxMissingItems | 1 | 0 | 1 gold labels with no item in the run (at most 0 allowed) |',
    );
    expect(md).toContain(
      '| pass | minQuadraticKappa | 0.861 | 0.800 | quadratic κ 0.861 meets the minimum 0.800 |',
    );
  });

  it('shows overall and per-question metrics, with nulls as dashes and their reasons', () => {
    expect(md).toContain('| 5 | 0.600 | 1.000 | 0.861 | 0.706 | 0.000 |');
    expect(md).toContain('| q2 | 2 | 2 | 0.500 | 1.000 | 0.000 | 0.000 | -0.500 |');
    expect(md).toContain('| q4 | 1 | 0 | — | — | — | — | — |');
    expect(md).toContain('- Gold not asked, run scored: 1');
  });

  it('draws the confusion matrix', () => {
    expect(md).toContain('|  | run 1 | run 2 | run 3 | run 4 |');
    expect(md).toContain('| gold 2 | 1 | 1 | 0 | 0 |');
    expect(md).toContain('| gold 3 | 0 | 0 | 0 | 1 |');
  });

  it('lists disagreements and missing items', () => {
    expect(md).toContain('## Disagreements (5)');
    expect(md).toContain('| t3 | q3 | 2 | failed | judge\\_failed |');
    expect(md).toContain('| t2 | q3 | not\\_asked | 3 |  |');
    expect(md).toContain(
      '## Gold labels with no run item (1)\n\n| transcript | question | labels.csv line |',
    );
    expect(md).toContain('| t4 | q1 | 11 |');
  });

  it('says PASS when every check passed, and warns about a baseline from another rubric', () => {
    const clean = evaluateAgainstGold([runItem('t1', 'q1', 3)], [goldLabel('t1', 'q1', 3)]);
    const baseline = toBaseline(clean, { ...meta, rubricVersion: 'r1' });
    const text = renderEvalMarkdown(clean, compareWithBaseline(clean, baseline, {}), meta);
    expect(text).toMatch(/^# Eval evals\/golden: PASS\n\n\*\*PASS\*\*: all \d+ checks passed\./);
    expect(text).toContain('> The baseline was made with a different rubricVersion');
    expect(text).toContain('The run agrees with every gold label it has an item for.');
  });

  it('escapes ids from user files so they cannot break the tables', () => {
    const id = 'a|b<img src=x>';
    const result = evaluateAgainstGold([runItem(id, 'q*1', 2)], [goldLabel(id, 'q*1', 3)]);
    const text = renderEvalMarkdown(result, compareWithBaseline(result, null, {}), meta);
    expect(text).toContain('| a\\|b\\<img src=x\\> | q\\*1 | 3 | 2 |  |');
    expect(text).not.toMatch(/[^\\]<img/);
  });
});
