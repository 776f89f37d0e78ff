import { describe, expect, it } from 'vitest';
import { compareWithBaseline } from './compare-with-baseline.ts';
import { evaluateAgainstGold } from './evaluate-against-gold.ts';
import { renderEvalJunit } from './render-eval-junit.ts';
import { goldLabel, mixedScenario, runItem } from './test-fixtures.ts';

const count = (xml: string, pattern: RegExp): number => xml.match(pattern)?.length ?? 0;

describe('renderEvalJunit', () => {
  const { items, labels } = mixedScenario();
  const result = evaluateAgainstGold(items, labels);
  const gate = compareWithBaseline(result, null, { minPerQuestionQuadraticKappa: 0.5 });
  const xml = renderEvalJunit(result, gate);

  it('has one test case per check and per question', () => {
    // 2 always-on checks + 4 per-question checks; 4 questions.
    expect(count(xml, /<testcase /g)).toBe(10);
    expect(xml).toContain('<testsuite name="checks" tests="6" failures="5" errors="0" skipped="0">');
    expect(xml).toContain('<testsuite name="questions" tests="4" failures="3" errors="0" skipped="0">');
    expect(xml).toContain(
      '<testsuites name="rubricate eval" tests="10" failures="8" errors="0" skipped="0">',
    );
  });

  it('fails exactly the failed checks, and questions by their failed checks', () => {
    expect(xml).toMatch(
      /<testcase name="minPerQuestionQuadraticKappa:q1" classname="rubricate.eval.checks" time="0">\n {6}<system-out>/,
    );
    expect(xml).toContain(
      '<failure message="quadratic κ on q2 0.000 is below the minimum 0.500" type="minPerQuestionQuadraticKappa:q2">',
    );
    expect(xml).toMatch(
      /<testcase name="q1" classname="rubricate.eval.questions" time="0">\n {6}<system-out>labels: 4, n: 2/,
    );
    expect(xml).toMatch(/<testcase name="q4" classname="rubricate.eval.questions" time="0">\n {6}<failure /);
  });

  it('passes when the gate passes', () => {
    const clean = evaluateAgainstGold([runItem('t1', 'q1', 3)], [goldLabel('t1', 'q1', 3)]);
    const text = renderEvalJunit(clean, compareWithBaseline(clean, null, {}));
    expect(count(text, /<failure /g)).toBe(0);
    expect(text).toContain('tests="3" failures="0"');
  });

  it('escapes XML in names and messages and drops characters XML cannot hold', () => {
    const question = 'q<1>&"\u0001';
    const result = evaluateAgainstGold([runItem('t1', question, 3)], [goldLabel('t1', question, 2)]);
    const text = renderEvalJunit(
      result,
      compareWithBaseline(result, null, { minPerQuestionQuadraticKappa: 0.5 }),
    );
    expect(text).toContain('<testcase name="q&lt;1&gt;&amp;&quot;" classname="rubricate.eval.questions"');
    expect(text).toContain('type="minPerQuestionQuadraticKappa:q&lt;1&gt;&amp;&quot;"');
    expect(text).not.toContain('q<1>');
    expect(text).not.toContain('\u0001');
  });
});
