import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectInjection } from '../../src/injection/detect-injection.ts';
import { flagTermsOf } from '../../src/injection/flag-terms.ts';
import { loadRubric } from '../../src/io/load-rubric.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const { rubric } = loadRubric('rubrics/interview-rubric.md', ROOT);
/**
 * 2,244 honest answers to the bundled rubric’s questions (204 each, by eight authors), written for this test apart
 * from the detector: strong and weak, terse and rambling, with code, JSON, YAML/INI config, logs,
 * Markdown tables, long lists of tools, talk of scores, reviews, judges, graders and LLM-judge
 * pipelines, prompts, injection and AI, quoted and glossed sayings in other languages and scripts,
 * nerves and self-assessment, speech-to-text run-ons, ticked checklists with open items, quoted
 * chatbot logs in prompt-injection stories, TL;DR lines and outlines of semicolon clauses, checklists
 * written as questions. None tries to steer a grader.
 */
const answers = JSON.parse(
  readFileSync(join(import.meta.dirname, '../fixtures/security/honest-answers.json'), 'utf8'),
) as { question: string; answer: string }[];

describe('honest answers', () => {
  it('holds 204 answers to each of the 11 questions', () => {
    for (const question of rubric.questions)
      expect(answers.filter((a) => a.question === question.id)).toHaveLength(204);
  });

  // Two are flagged by design: an answer that is nothing but a list of the question's terms
  // ("Timeouts, retries with backoff and jitter, idempotency keys, circuit breakers, …"), and a
  // terse one that opens with ten practices, two of them described, read as keyword stuffing
  // whoever wrote them (SECURITY.md, known gaps).
  it('flags none of them but two bare lists of terms, read with their question’s flag terms as a run reads them', () => {
    const flagged = answers
      .map(({ question, answer }) => {
        const q = rubric.questions.find((x) => x.id === question);
        if (q === undefined) throw new Error(`no ${question} in the bundled rubric`);
        const report = detectInjection(answer, { flagTerms: flagTermsOf(q) });
        return report.suspected
          ? `${question}: ${report.spans.map((s) => `${s.kind} ${answer.slice(s.start, s.end)}`).join(' | ')}`
          : '';
      })
      .filter((line) => line !== '');
    expect(flagged).toEqual([
      'q5: keyword_stuffing Timeouts, retries with backoff and jitter, idempotency keys, circuit breakers, rate limiting client-side, async queues, fallbacks, caching.',
      'q7: keyword_stuffing Contract tests, integration tests against real deps, fault injection (latency, partitions, crashes), chaos in staging, load tests, tracing, production invariant monitoring.',
    ]);
  });
});
