import { describe, expect, it } from 'vitest';
import { mergeSegments } from './merge-segments.ts';

describe('mergeSegments', () => {
  it('merges consecutive segments of one speaker, keeping first start, last end and first line', () => {
    const turns = mergeSegments([
      { speaker: 'A', text: 'one', start: 1, end: 2, line: 3 },
      { speaker: 'A', text: ' two\n three ', start: 2, end: 4, line: 6 },
      { speaker: 'B', text: 'four', start: 5, end: 6, line: 9 },
    ]);
    expect(turns).toEqual([
      { speaker: 'A', text: 'one two three', start: 1, end: 4, line: 3 },
      { speaker: 'B', text: 'four', start: 5, end: 6, line: 9 },
    ]);
  });

  it('joins an unlabelled segment to the turn before it', () => {
    const turns = mergeSegments([
      { speaker: 'A', text: 'hi' },
      { text: 'there', end: 9 },
      { speaker: 'B', text: 'yo' },
    ]);
    expect(turns).toEqual([
      { speaker: 'A', text: 'hi there', end: 9 },
      { speaker: 'B', text: 'yo' },
    ]);
  });

  it('starts an unknown speaker turn when the first segment has no label', () => {
    expect(mergeSegments([{ text: 'intro' }, { speaker: 'A', text: 'hi' }])).toEqual([
      { speaker: 'unknown', text: 'intro' },
      { speaker: 'A', text: 'hi' },
    ]);
  });

  it('drops empty segments, so the speakers around them still merge', () => {
    const turns = mergeSegments([
      { speaker: 'A', text: 'a' },
      { speaker: 'B', text: '  ' },
      { speaker: 'A', text: 'b' },
    ]);
    expect(turns).toEqual([{ speaker: 'A', text: 'a b' }]);
  });

  it('gives an empty label line the text that follows it', () => {
    const turns = mergeSegments([
      { speaker: 'A', text: '', line: 1 },
      { text: 'said later', line: 2 },
    ]);
    expect(turns).toEqual([{ speaker: 'A', text: 'said later', line: 1 }]);
  });

  it('does not mutate its argument', () => {
    const segments = Object.freeze([
      Object.freeze({ speaker: 'A', text: 'x' }),
      Object.freeze({ speaker: 'A', text: 'y' }),
    ]);
    expect(mergeSegments(segments)).toEqual([{ speaker: 'A', text: 'x y' }]);
  });
});
