import { stemmer } from 'stemmer';
import { describe, expect, it } from 'vitest';
import { type CompiledFlag, compileQuestion } from './compile-question.ts';
import { buildSeedQuestions, seedQuestion } from './seed-questions.fixture.ts';

function compiledFlag(flagId: string): CompiledFlag {
  const questionId = flagId.split('.')[0] ?? '';
  const compiled = compileQuestion(seedQuestion(questionId), stemmer);
  const flag = [...compiled.greens, ...compiled.reds].find((candidate) => candidate.id === flagId);
  if (flag === undefined) throw new Error(`no flag ${flagId}`);
  return flag;
}

/** A compact picture of a flag: kind/shape and its slots (`a/b` alternatives, `!` mandatory, `~` echo, `-` negated in the flag, `*` stance). */
function describeFlag(flag: CompiledFlag): string {
  if (flag.kind === 'absence') return `absence ${flag.terms.join(' ')}`;
  if (flag.kind === 'shape') return `shape ${flag.shapes.join(' ')}`;
  if (flag.kind === 'vacant') return 'vacant';
  const slots = (flag.kind === 'topic' ? flag.items : [flag.slots]).map((item) =>
    item
      .map(
        (slot) =>
          `${slot.alternatives.join('/')}${slot.mandatory ? '!' : ''}${slot.echo ? '~' : ''}${slot.negatedInFlag ? '-' : ''}${slot.stance ? '*' : ''}`,
      )
      .join(' '),
  );
  return `${flag.kind === 'topic' ? `topic ${flag.shape}` : 'statement'} ${slots.join(' | ')}`;
}

describe('compileQuestion on the seed rubric', () => {
  it.each([
    ['q1.g1', 'topic list modular | packag | clear boundari'],
    ['q1.g3', 'topic list lint | type check | test | consist style'],
    ['q2.g1', 'topic bag list/dict mutabl~ default'],
    ['q3.g2', 'topic bag readabl/maintain risk'],
    ['q4.g2', 'topic list lock | transact | optimist/pessimist concurr'],
    ['q5.g1', 'topic list retri | timeout | idempot | circuit breaker'],
    ['q6.g1', 'topic bag vertic! horizont! scale~'],
    ['q8.g2', 'topic bag slow!~ fail!~ compon~'],
    ['q9.g2', 'topic bag monolith~ superior'],
    ['q10.g2', 'topic bag servic boundari match- domain- boundari-'],
    ['q1.r1', 'statement just* put function file'],
    ['q4.r1', 'statement race~- condit~- issu- python-'],
    ['q6.r1', 'statement just* add server'],
    ['q9.r1', 'statement microservic~ alwai* superior'],
    ['q11.r2', 'statement alwai* us librari'],
    ['q3.r1', 'topic bag product logic'],
    ['q10.r2', 'topic bag split own sake'],
    ['q1.r2', 'absence architectur scale codebas'],
    ['q2.r1', 'absence default argument bug'],
    ['q5.r2', 'absence error resili'],
    ['q8.r2', 'absence isol'],
  ])('%s → %s', (flagId, expected) => {
    expect(describeFlag(compiledFlag(flagId))).toBe(expected);
  });

  it('classifies every seed red flag: quoted → statement, "No…/Doesn’t…/Ignores…" → absence', () => {
    const kinds = buildSeedQuestions().flatMap((question) =>
      compileQuestion(question, stemmer).reds.map((flag) => `${flag.id}:${flag.kind}`),
    );
    expect(kinds).toEqual([
      'q1.r1:statement',
      'q1.r2:absence',
      'q2.r1:absence',
      'q2.r2:topic',
      'q3.r1:topic',
      'q3.r2:absence',
      'q4.r1:statement',
      'q4.r2:absence',
      'q5.r1:statement',
      'q5.r2:absence',
      'q6.r1:statement',
      'q6.r2:absence',
      'q7.r1:statement',
      'q7.r2:absence',
      'q8.r1:topic',
      'q8.r2:absence',
      'q9.r1:statement',
      'q9.r2:absence',
      'q10.r1:absence',
      'q10.r2:topic',
      'q11.r1:statement',
      'q11.r2:statement',
    ]);
  });
});
