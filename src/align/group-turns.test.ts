import { describe, expect, it } from 'vitest';
import { makeTranscript } from '../../test/align/make-transcript.ts';
import { groupTurns } from './group-turns.ts';

describe('groupTurns', () => {
  it('joins consecutive interviewer turns into one block', () => {
    const { turns } = makeTranscript([
      ['I', 'Hi.'],
      ['C', 'Hi!'],
      ['I', 'First part.'],
      ['I', 'Second part?'],
      ['C', 'Answer.'],
    ]);
    const layout = groupTurns(turns);
    expect(layout.blocks).toEqual([
      { index: 0, first: 0, last: 0, text: 'Hi.', guessed: false },
      { index: 1, first: 2, last: 3, text: 'First part.\nSecond part?', guessed: false },
    ]);
    expect(layout.asking).toEqual([true, false, true, true, false]);
  });

  it('takes unknown-role turns ending with a question mark for questions', () => {
    const { turns } = makeTranscript([
      ['?', 'How do you test it?'],
      ['?', 'With contract tests.'],
      ['?', 'Why those?'],
    ]);
    const layout = groupTurns(turns);
    expect(layout.asking).toEqual([true, false, true]);
    expect(layout.guessed).toEqual([true, true, true]);
    expect(layout.blocks.map((block) => [block.first, block.guessed])).toEqual([
      [0, true],
      [2, true],
    ]);
  });
});
