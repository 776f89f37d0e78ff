import { describe, expect, it } from 'vitest';
import { lowerMedian, median } from './median.ts';
import { ratingSpread } from './rating-spread.ts';

describe('median (lower median)', () => {
  it.each([
    ['odd count', [3, 1, 2], 2],
    ['even count takes the lower middle value, never the mean', [4, 1, 3, 2], 2],
    ['two values', [4, 3], 3],
    ['nulls are skipped', [null, 4, null, 1], 1],
    ['one value', [2], 2],
    ['nothing present', [null], null],
    ['empty', [], null],
  ])('%s', (_name, values, expected) => {
    expect(median(values)).toBe(expected);
    expect(lowerMedian(values)).toBe(expected);
  });

  it('does not reorder its argument', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('ratingSpread', () => {
  it.each([
    ['max − min', [2, 4, 1], 3],
    ['all equal', [3, 3], 0],
    ['nulls are skipped', [null, 1, 4], 3],
    ['nothing present', [null], null],
    ['empty', [], null],
  ])('%s', (_name, values, expected) => {
    expect(ratingSpread(values)).toBe(expected);
  });
});
