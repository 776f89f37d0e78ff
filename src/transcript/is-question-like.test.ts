import { describe, expect, it } from 'vitest';
import { isQuestionLike } from './is-question-like.ts';

describe('isQuestionLike', () => {
  it.each([
    ['Why did you leave?', true],
    ['Great. Can you tell me about X?', true],
    ['Tell me about a time you failed.', true],
    ['Walk me through your design.', true],
    ['Describe the system', true],
    ['what made you choose postgres', true],
    ['He asked "why?"', true],
    ['When I joined, the team had no tests.', false],
    ['How we did it was simple.', false],
    ['I built a billing pipeline.', false],
    ['', false],
  ])('%s → %s', (text, expected) => {
    expect(isQuestionLike(text)).toBe(expected);
  });
});
