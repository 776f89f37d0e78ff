import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allMatches } from './all-matches.ts';

const PATTERNS = [
  /a+/g,
  /\b\w/gu,
  /x*/g,
  /(?:)/gu,
  /(?<=^|\n)\s*-/g,
  /\p{L}*/gu,
  /[\u{1f600}-\u{1f64f}]?/gu,
  /b|/dg,
];

describe('allMatches', () => {
  it('finds exactly what matchAll finds, empty matches and astral characters included', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.integer({ min: 0, max: PATTERNS.length - 1 }),
        (text, i) => {
          const pattern = PATTERNS[i] as RegExp;
          const expected = [...text.matchAll(pattern)].map((m) => [m.index, m[0], m.indices?.[0]]);
          expect(allMatches(pattern, text).map((m) => [m.index, m[0], m.indices?.[0]])).toEqual(expected);
          expect(pattern.lastIndex).toBe(0);
        },
      ),
    );
  });

  it('refuses a pattern without the g flag', () => {
    expect(() => allMatches(/a/, 'aaa')).toThrow(/global/);
  });
});
