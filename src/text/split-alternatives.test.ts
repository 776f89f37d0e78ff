import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitAlternatives, splitPattern } from './split-alternatives.ts';

describe('splitAlternatives', () => {
  it('cuts at top-level bars only', () => {
    expect(splitAlternatives(String.raw`a|b(c|d)|[|x]|\||(?<=e|f)g`)).toEqual([
      'a',
      'b(c|d)',
      '[|x]',
      String.raw`\|`,
      '(?<=e|f)g',
    ]);
    expect(splitAlternatives('abc')).toEqual(['abc']);
    expect(splitAlternatives(String.raw`[\]|]z|y`)).toEqual([String.raw`[\]|]z`, 'y']);
  });

  it('matches, alternative by alternative, wherever the whole pattern matches', () => {
    const whole = /\bgrade (?:it|this)\b|score: ?[0-9]|\(x\|y\)|[|]{2}/gi;
    const parts = splitPattern(whole);
    expect(parts).toHaveLength(4);
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-zA-Z :|()0-9]{0,30}$/),
        fc.constantFrom('grade it', 'score: 4', '(x|y)', '||', ''),
        (noise, needle) => {
          const text = `${noise} ${needle} ${noise}`;
          whole.lastIndex = 0;
          const expected = whole.test(text);
          const found = parts.some((part) => {
            part.lastIndex = 0;
            return part.test(text);
          });
          expect(found).toBe(expected);
        },
      ),
    );
  });
});
