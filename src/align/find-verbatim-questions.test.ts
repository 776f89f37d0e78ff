import { describe, expect, it } from 'vitest';
import { findVerbatimQuestions, verbatimKey } from './find-verbatim-questions.ts';

const QUESTIONS = [
  'What is a linked list?',
  'What is a doubly linked list?',
  'Why?',
  'Explain why the reading for pin 1 and pin 4 was 0.',
  'Explain why the reading for pin 1 and pin 2 was 0.',
].map(verbatimKey);

describe('findVerbatimQuestions', () => {
  it.each([
    ['So, what is a linked list?', [0]],
    ['OK. What is a doubly linked list, in your words?', [1]],
    ['Why?', [2]],
    ['Right. And why?', [2]],
    ['Why do you think that is?', []],
    ['Explain why the reading for pin 1 and pin 4 was 0.', [3]],
    ['Explain why the reading for pin 1 and pin 2 was 0. Then: what is a linked list?', [0, 4]],
    ['Tell me about linked lists.', []],
    ['What’s a linked list? what is a LINKED list', [0]],
  ])('%s → %j', (turn, expected) => {
    expect(findVerbatimQuestions(turn, QUESTIONS)).toEqual(expected);
  });
});
