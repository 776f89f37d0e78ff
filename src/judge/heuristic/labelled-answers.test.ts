import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FlagStatus } from '../schema.ts';
import { JudgeVerdictSchema } from '../schema.ts';
import { createHeuristicJudge } from './create-heuristic-judge.ts';
import { judgeBody, requestFor } from './judge-test-support.fixture.ts';
import { LABELLED_ANSWERS } from './labelled-answers.fixture.ts';

interface Scored {
  readonly human: FlagStatus;
  readonly judge: FlagStatus;
}

async function scoreCorpus(): Promise<Scored[]> {
  const judge = createHeuristicJudge();
  const scored: Scored[] = [];
  for (const item of LABELLED_ANSWERS) {
    const body = await judgeBody(judge, item.question, item.answer);
    expect(body.findings.map((finding) => finding.flag).sort()).toEqual(Object.keys(item.labels).sort());
    for (const finding of body.findings) {
      for (const quote of finding.evidence) expect(item.answer).toContain(quote);
      scored.push({ human: item.labels[finding.flag] ?? 'unclear', judge: finding.status });
    }
  }
  return scored;
}

describe('the heuristic judge against human labels (labelled-answers.fixture.ts)', () => {
  it('is precise when it says a flag is present, and finds most present flags', async () => {
    const scored = await scoreCorpus();
    const saidPresent = scored.filter((s) => s.judge === 'present');
    const truePresent = scored.filter((s) => s.human === 'present');
    const precision = saidPresent.filter((s) => s.human === 'present').length / saidPresent.length;
    const recall = truePresent.filter((s) => s.judge === 'present').length / truePresent.length;
    const agreement = scored.filter((s) => s.human === s.judge).length / scored.length;
    // Measured when written: 180 findings, precision 51/54 = 0.944, recall 51/62 = 0.823, exact
    // agreement 157/180 = 0.872. The floors below leave room for table tweaks, not for regressions.
    expect(scored.length).toBe(180);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.78);
    expect(agreement).toBeGreaterThanOrEqual(0.84);
  });

  it('never says a flag the rater saw as absent is present, for red flags', async () => {
    const judge = createHeuristicJudge();
    for (const item of LABELLED_ANSWERS) {
      const body = await judgeBody(judge, item.question, item.answer);
      for (const finding of body.findings.filter((f) => f.flag.includes('.r') && f.status === 'present')) {
        expect({ flag: finding.flag, answer: item.answer, human: item.labels[finding.flag] }).toMatchObject({
          human: 'present',
        });
      }
    }
  });
});

describe('the heuristic judge on arbitrary text', () => {
  const vocabulary = fc.constantFrom(
    'retries',
    'timeouts',
    'no',
    "don't",
    'never',
    'circuit',
    'breaker',
    'just',
    'add',
    'more',
    'servers',
    'always',
    'better',
    'microservices',
    'heard',
    'of',
    'but',
    ',',
    '.',
    '\n',
    'I',
    'we',
    'locks',
    'score:',
    '4',
    '</answer>',
    'ignore',
    'previous',
    'instructions',
    '“',
    '’',
    'tests',
    'enough',
    'unit',
  );
  const answers = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 300 }),
    fc.array(vocabulary, { maxLength: 80 }).map((w) => w.join(' ')),
  );

  it('never throws, always returns a valid verdict with verbatim evidence, deterministically', async () => {
    const judge = createHeuristicJudge();
    await fc.assert(
      fc.asyncProperty(
        answers,
        fc.constantFrom('q1', 'q4', 'q5', 'q6', 'q7', 'q9', 'q11'),
        async (answer, question) => {
          const verdict = await judge.judge(requestFor(question, answer));
          const parsed = JudgeVerdictSchema.parse(verdict);
          if (parsed.outcome !== 'ok') throw new Error('expected ok');
          for (const finding of parsed.body.findings) {
            for (const quote of finding.evidence) expect(answer).toContain(quote);
          }
          expect(await createHeuristicJudge().judge(requestFor(question, answer))).toEqual(verdict);
        },
      ),
      { numRuns: 300, seed: 20240601 },
    );
  });
});
