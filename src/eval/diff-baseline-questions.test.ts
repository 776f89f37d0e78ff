import { describe, expect, it } from 'vitest';
import { FIXTURE_RUBRIC } from '../../test/report/fixture-rubric.ts';
import type { Rubric } from '../rubric/schema.ts';
import {
  describeQuestionChange,
  diffBaselineQuestions,
  fingerprintQuestions,
} from './diff-baseline-questions.ts';
import type { Baseline } from './schema.ts';

const baselineOf = (rubric: Rubric, withQuestions = true): Baseline => ({
  rubricVersion: rubric.version,
  promptVersion: 'judge-v1',
  judge: 'heuristic',
  overall: { quadraticKappa: 0.8, exactAgreement: 0.7, n: 10 },
  perQuestion: {},
  ...(withQuestions ? { questions: fingerprintQuestions(rubric) } : {}),
  createdAt: '2025-01-01T00:00:00Z',
});

const [q1, q2, ...rest] = FIXTURE_RUBRIC.questions;
if (q1 === undefined || q2 === undefined) throw new Error('fixture rubric needs two questions');

// q1: a green flag edited and a red flag added; q2 removed; q9 added; the rest untouched.
const edited: Rubric = {
  ...FIXTURE_RUBRIC,
  version: 'v2',
  questions: [
    {
      ...q1,
      hash: 'q1-new',
      greenFlags: q1.greenFlags.map((f, i) => (i === 0 ? { ...f, hash: 'changed' } : f)),
      redFlags: [...q1.redFlags, { id: 'q1.r9', kind: 'red', text: 'New.', hash: 'new' }],
    },
    ...rest,
    { ...q2, id: 'q9', hash: 'q9' },
  ],
};

describe('diffBaselineQuestions', () => {
  it('names added, removed and changed questions and which flags changed, in question order', () => {
    const diff = diffBaselineQuestions(baselineOf(FIXTURE_RUBRIC), edited);
    expect(diff.known).toBe(true);
    expect(diff.versionChanged).toBe(true);
    expect(diff.questions.map((q) => [q.question, describeQuestionChange(q)])).toEqual([
      ['q1', `flags ~${q1.greenFlags[0]?.id}, +q1.r9`],
      ['q2', 'removed'],
      ['q9', 'added'],
    ]);
  });

  it('says the question text changed when every flag is the same', () => {
    const renamed = {
      ...FIXTURE_RUBRIC,
      questions: [{ ...q1, hash: 'other' }, ...FIXTURE_RUBRIC.questions.slice(1)],
    };
    const [change] = diffBaselineQuestions(baselineOf(FIXTURE_RUBRIC), renamed).questions;
    expect(change && describeQuestionChange(change)).toBe('question text changed');
  });

  it('finds no change against the same rubric, and an old baseline without hashes knows only the version', () => {
    expect(diffBaselineQuestions(baselineOf(FIXTURE_RUBRIC), FIXTURE_RUBRIC)).toEqual({
      known: true,
      versionChanged: false,
      questions: [],
    });
    expect(diffBaselineQuestions(baselineOf(FIXTURE_RUBRIC, false), edited)).toEqual({
      known: false,
      versionChanged: true,
      questions: [],
    });
  });
});
