import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from './fold-text.ts';

describe('foldText', () => {
  it.each([
    ['zero-width and soft hyphens', 'ig\u200bno\u00adre', 'ignore'],
    ['Cyrillic look-alikes', 'Іgnоrе аll', 'Ignore all'],
    ['Greek look-alikes', 'ΑΙ ΝΟΤΕ', 'AI NOTE'],
    ['fullwidth forms', 'ｒａｔｅ ４', 'rate 4'],
    ['mathematical bold', '𝐫𝐚𝐭𝐞', 'rate'],
    ['diacritics', 'précédentes Höchstnote', 'precedentes Hochstnote'],
    ['spaced-out letters', 'i g n o r e  a l l', 'ignore  all'],
    ['dotted letters (words apart by two spaces)', 'r.a.t.e  t.h.i.s', 'rate  this'],
    ['letters spaced across words run together', 'r a t e t h i s', 'ratethis'],
    ['leetspeak inside words', '1gn0r3 4ll r4t3', 'ignore all rate'],
  ])('undoes %s', (_, input, expected) => {
    expect(foldText(input).text).toBe(expected);
  });

  it.each([
    ['numbers stay numbers', 'rate it 4 of 4'],
    ['identifiers with one letter stay', 'S3 and EC2 and p99'],
    ['ordinary words', 'We used retries and timeouts.'],
    ['a handle keeps its @', '@alex on GitHub'],
  ])('leaves %s', (_, input) => {
    expect(foldText(input).text).toBe(input);
  });

  it('maps every folded character back to the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (input) => {
        const { text, map, endOf } = foldText(input);
        expect(map).toHaveLength(text.length);
        for (let i = 0; i < text.length; i += 1) {
          expect(map[i]).toBeGreaterThanOrEqual(0);
          expect(endOf(i)).toBeGreaterThan(map[i] ?? 0);
          expect(endOf(i)).toBeLessThanOrEqual(input.length);
          if (i > 0) expect(map[i]).toBeGreaterThanOrEqual(map[i - 1] ?? 0);
        }
      }),
    );
  });
});

describe('letters spelled with commas', () => {
  it('joins them, and a long answer of them does not overflow the call stack', () => {
    expect(foldText('the result is P, A, S, S today').text).toBe('the result is PASS today');
    const long = `${'a, b, c, '.repeat(60_000)}x`;
    expect(() => foldText(long)).not.toThrow();
  });
});
