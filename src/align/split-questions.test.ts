import { describe, expect, it } from 'vitest';
import { splitQuestions } from './split-questions.ts';

describe('splitQuestions', () => {
  it.each([
    ['How do you test it?', ['how do you test it?']],
    [
      'Two for you. How do you test it, and how do you notice when a part is slow?',
      ['how do you test it', 'how do you notice when a part is slow?'],
    ],
    ['What breaks, and, related, what do you do about it?', ['what breaks', 'what do you do about it?']],
    ['We run forty services. Too many? Where do you stand?', ['too many?', 'where do you stand?']],
    ['How do you build and deploy it?', ['how do you build and deploy it?']],
    ['Our traffic doubled last year, and we coped.', []],
  ])('%j → %j', (text, parts) => {
    expect(splitQuestions(text)).toEqual(parts);
  });
});
