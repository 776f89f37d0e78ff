import { escapeXml } from '../report/escape-xml.ts';
import { formatStat } from './markdown-table.ts';
import type { EvalResult, Gate, GateCheck, QuestionMetrics } from './schema.ts';

interface TestCase {
  readonly name: string;
  readonly classname: string;
  readonly out: string;
  /** The failed checks behind this test case; none = it passed. */
  readonly failures: readonly GateCheck[];
}

function renderCase(test: TestCase): string {
  const open = `    <testcase name="${escapeXml(test.name)}" classname="${escapeXml(test.classname)}" time="0">`;
  const failures = test.failures.map(
    (check) =>
      `      <failure message="${escapeXml(check.message)}" type="${escapeXml(check.name)}">${escapeXml(check.message)}</failure>`,
  );
  return [open, ...failures, `      <system-out>${escapeXml(test.out)}</system-out>`, '    </testcase>'].join(
    '\n',
  );
}

function renderSuite(name: string, tests: readonly TestCase[]): string {
  const failures = tests.filter((t) => t.failures.length > 0).length;
  const head = `  <testsuite name="${escapeXml(name)}" tests="${tests.length}" failures="${failures}" errors="0" skipped="0">`;
  return [head, ...tests.map(renderCase), '  </testsuite>'].join('\n');
}

function questionOut(q: QuestionMetrics): string {
  return [
    `labels: ${q.labels}, n: ${q.n}`,
    `exact agreement: ${formatStat(q.exactAgreement)}, within one: ${formatStat(q.withinOne)}`,
    `quadratic kappa: ${formatStat(q.quadraticKappa)}, linear kappa: ${formatStat(q.linearKappa)}`,
    `mean bias (run - gold): ${formatStat(q.meanBias)}`,
    ...Object.entries(q.notes).map(([name, why]) => `${name}: ${why}`),
  ].join('\n');
}

/**
 * `junit.xml` for `eval`: one test case per gate check (failing when the check failed) and one per
 * question (failing when a check on that question failed), so CI shows exactly what broke the
 * gate. Hand-written XML: the structure is fixed and tiny; escaping is done by `escapeXml`.
 */
export function renderEvalJunit(result: EvalResult, gate: Gate): string {
  const checks = gate.checks.map((check) => ({
    name: check.name,
    classname: 'rubricate.eval.checks',
    out: check.message,
    failures: check.passed ? [] : [check],
  }));
  const questions = result.perQuestion.map((q) => ({
    name: q.question,
    classname: 'rubricate.eval.questions',
    out: questionOut(q),
    failures: gate.checks.filter((check) => !check.passed && check.question === q.question),
  }));
  const suites = [renderSuite('checks', checks), renderSuite('questions', questions)];
  const tests = checks.length + questions.length;
  const failures = [...checks, ...questions].filter((t) => t.failures.length > 0).length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="rubricate eval" tests="${tests}" failures="${failures}" errors="0" skipped="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
