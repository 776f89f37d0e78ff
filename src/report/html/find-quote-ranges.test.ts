import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuoteRanges } from './find-quote-ranges.ts';

const ANSWER = 'Honestly, race conditions aren’t an issue in\n  Python. RACE conditions, again.';

describe('findQuoteRanges', () => {
  it.each([
    [
      'exact',
      'race conditions',
      [
        [10, 25],
        [55, 70],
      ],
    ],
    ['case and straight quote', "Race conditions aren't an issue", [[10, 41]]],
    ['line break and spaces', 'issue in Python', [[36, 53]]],
    ['trailing punctuation ignored', 'in Python.', [[42, 53]]],
    ['not a whole word', 'ace conditions', []],
    ['absent', 'we use locks', []],
    ['only punctuation', '…!', []],
  ])('%s', (_name, quote, expected) => {
    expect(findQuoteRanges(ANSWER, quote)).toEqual(expected);
  });

  it('returns ranges that cover the quoted words in the original text', () => {
    const [range] = findQuoteRanges(ANSWER, "aren't an issue in python");
    expect(range && ANSWER.slice(range[0], range[1])).toBe('aren’t an issue in\n  Python');
  });

  it('keeps surrogate pairs whole and maps after length-changing lowercase', () => {
    const text = 'İstanbul 😀 Straße';
    const [range] = findQuoteRanges(text, 'straße');
    expect(range && text.slice(range[0], range[1])).toBe('Straße');
    expect(findQuoteRanges(text, 'i̇stanbul')).toEqual([[0, 8]]);
    const accented = 'cafe\u0301 noir';
    for (const quote of ['CAFÉ', 'cafe', 'cafe\u0301'])
      expect(findQuoteRanges(accented, quote)).toEqual([[0, 5]]);
    expect(findQuoteRanges(accented, 'caf')).toEqual([]);
  });

  it('finds any run of whole words taken from the answer, however it is respaced', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9]{1,8}$/);
    const sep = fc.constantFrom(' ', '  ', '\n', ', ', ' — ');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(word, sep), { minLength: 1, maxLength: 12 }),
        fc.nat(),
        fc.nat(),
        (parts, a, b) => {
          const answer = parts.map(([w, s]) => w + s).join('');
          const from = a % parts.length;
          const to = from + (b % (parts.length - from));
          const quote = parts
            .slice(from, to + 1)
            .map(([w]) => w.toUpperCase())
            .join(' ');
          const ranges = findQuoteRanges(answer, quote);
          expect(ranges.length).toBeGreaterThan(0);
          for (const [start, end] of ranges) expect(start).toBeLessThan(end);
        },
      ),
    );
  });
});
