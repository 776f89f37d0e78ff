import { describe, expect, it } from 'vitest';
import { ReviewReasonSchema } from '../aggregate/schema.ts';
import { DEFAULT_SCALE } from '../rubric/schema.ts';
import { describeRating, describeReason, formatAlpha, listRatings, toneOfRating } from './describe.ts';

describe('describe helpers', () => {
  it('describes every review reason in words', () => {
    for (const reason of ReviewReasonSchema.options) {
      expect(describeReason(reason)).toMatch(/^[A-Z][a-z]/);
    }
  });

  it('lists and labels the default scale', () => {
    expect(listRatings(DEFAULT_SCALE)).toEqual([1, 2, 3, 4]);
    expect(listRatings(DEFAULT_SCALE).map((r) => describeRating(DEFAULT_SCALE, r))).toEqual([
      'red flag',
      'weak',
      'adequate',
      'strong',
    ]);
    expect(describeRating(DEFAULT_SCALE, 9)).toBe('9');
  });

  it.each([
    [{ labels: {}, min: 1, max: 4 }, [0, 1, 2, 3]],
    [{ labels: {}, min: 1, max: 5 }, [0, 1, 2, 2, 3]],
    [{ labels: {}, min: 0, max: 2 }, [0, 2, 3]],
    [{ labels: {}, min: 3, max: 3 }, [2]],
  ])('maps %j to tones %j', (scale, tones) => {
    expect(listRatings(scale).map((rating) => toneOfRating(scale, rating))).toEqual(tones);
  });

  it.each([
    [0.6234, '0.62'],
    [-0.1, '-0.10'],
    [null, 'n/a'],
    [Number.NaN, 'n/a'],
  ])('formats α %s as %s', (alpha, text) => {
    expect(formatAlpha(alpha)).toBe(text);
  });
});
