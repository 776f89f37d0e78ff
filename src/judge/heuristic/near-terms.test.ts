import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNearTerm, withinEdits } from './near-terms.ts';

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

describe('withinEdits', () => {
  it.each([
    ['refrence', 'reference', 1, true],
    ['refrenece', 'reference', 1, false],
    ['refrenece', 'reference', 2, true],
    ['trail', 'trial', 1, true],
    ['kitten', 'sitting', 2, false],
    ['kitten', 'sitting', 3, true],
    ['same', 'same', 0, true],
    ['', 'ab', 1, false],
  ])('%s ~ %s within %d edits is %s', (a, b, max, near) => {
    expect(withinEdits(a, b, max)).toBe(near);
  });

  it('agrees with a plain edit-distance table on random words', () => {
    // Optimal string alignment distance, computed in full: the oracle for the banded version.
    const distance = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) =>
        Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
      );
      for (let i = 1; i <= a.length; i += 1) {
        for (let j = 1; j <= b.length; j += 1) {
          const row = d[i] as number[];
          const up = d[i - 1] as number[];
          row[j] = Math.min(
            (up[j] as number) + 1,
            (row[j - 1] as number) + 1,
            (up[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
          );
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
            row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
        }
      }
      return (d[a.length] as number[])[b.length] as number;
    };
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 9 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 9 }),
        fc.integer({ min: 0, max: 3 }),
        (a, b, max) => withinEdits(a, b, max) === distance(a, b) <= max,
      ),
      { numRuns: 3000 },
    );
  });
});
