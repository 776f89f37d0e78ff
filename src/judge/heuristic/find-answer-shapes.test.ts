import { describe, expect, it } from 'vitest';
import { findAnswerShapes } from './find-answer-shapes.ts';

describe('findAnswerShapes', () => {
  it.each([
    ['Answer is off-topic or empty.', ['empty', 'off_topic']],
    ['No real answer.', ['empty']],
    ['Doesn’t answer the question.', ['empty']],
    ['Irrelevant answer.', ['off_topic']],
    ['Evasive or vague.', ['evasive']],
    ['Gives a vague answer about testing.', ['evasive']],
    ['Too short.', ['short']],
    ['Rambles without a point.', ['rambling']],
  ])('%s → %j', (flag, shapes) => {
    expect(findAnswerShapes(flag)).toEqual(shapes);
  });

  it.each([
    'Returns an empty list on error.',
    'Talks about empty catch blocks that swallow errors.',
    'Mentions a blank field in the database schema.',
    'Suggests using it in production logic.',
  ])('%s is about content, not shape', (flag) => {
    expect(findAnswerShapes(flag)).toEqual([]);
  });
});
