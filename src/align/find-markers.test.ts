import { describe, expect, it } from 'vitest';
import { loadInterviewRubric } from '../../test/align/rubric-fixture.ts';
import { RubricSchema } from '../rubric/schema.ts';
import { findMarkers } from './find-markers.ts';

const rubric = loadInterviewRubric();
const ids = (text: string, source = rubric): string[] =>
  findMarkers(text, source).map((index) => source.questions[index]?.id ?? '?');

describe('findMarkers', () => {
  it.each([
    ['Question 5: how do you design for latency?', ['q5']],
    ['Q5. External APIs.', ['q5']],
    ['q 7 then', ['q7']],
    ['Okay, question five.', ['q5']],
    ['Moving on to question number 11.', ['q11']],
    ['question no. 3, monkey patching', ['q3']],
    ['Question #2', ['q2']],
    ['Question 9 and question 10 together', ['q9', 'q10']],
  ])('finds the numbered marker in %j', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it.each([
    'I have one question about your background.',
    'Question 42: out of range.',
    'How do you test a distributed system?',
    'That is a good question, five minutes left.',
  ])('finds nothing in %j', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it('finds a question by one of its aliases, as a whole phrase', () => {
    const first = rubric.questions[0];
    if (first === undefined) throw new Error('empty rubric');
    const aliased = RubricSchema.parse({
      ...rubric,
      questions: [{ ...first, aliases: ['the layering question'] }, ...rubric.questions.slice(1)],
    });
    expect(ids('Now for the layering question.', aliased)).toEqual(['q1']);
    expect(ids('Now for the layering questions list.', aliased)).toEqual([]);
  });
});
