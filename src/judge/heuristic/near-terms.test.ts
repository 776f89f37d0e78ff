import { describe, expect, it } from 'vitest';
import { isNearTerm } from './near-terms.ts';

describe('isNearTerm', () => {
  it.each([
    ['a typo', 'compil', 'complil', true],
    ['swapped neighbours', 'memori', 'meomri', true],
    ['a derived form the stemmer kept', 'construct', 'constructor', true],
    ['a short word with a suffix', 'point', 'pointer', true],
    ['two different words', 'stack', 'queue', false],
    ['short words one edit apart', 'cat', 'cot', false],
    ['a long suffix', 'state', 'statement', false],
  ])('%s: %s ~ %s is %s', (_, a, b, near) => {
    expect(isNearTerm(a, b)).toBe(near);
    expect(isNearTerm(b, a)).toBe(near);
  });
});
