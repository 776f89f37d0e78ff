import { describe, expect, it } from 'vitest';
import { percentAgreement } from './percent-agreement.ts';

describe('percentAgreement', () => {
  it.each([
    // Wikipedia "Cohen's kappa" worked example: 20 + 15 of 50 proposals agree → p_o = 0.7.
    [
      'Wikipedia yes/no table 20/5/10/15',
      [...Array(25).fill('yes'), ...Array(25).fill('no')],
      [...Array(20).fill('yes'), ...Array(5).fill('no'), ...Array(10).fill('yes'), ...Array(15).fill('no')],
      { value: 0.7, n: 50 },
    ],
    ['skips items either rater left missing', [1, 2, null, 4], [1, 3, 3, null], { value: 0.5, n: 2 }],
    ['a number and its label are different ratings', [3, 3], ['3', 3], { value: 0.5, n: 2 }],
  ])('%s', (_name, a, b, expected) => {
    expect(percentAgreement(a, b)).toEqual(expected);
  });

  it('is null with a reason when no item was rated by both', () => {
    expect(percentAgreement([1, null], [null, 2])).toEqual({
      value: null,
      reason: 'no item was rated by both raters',
      n: 0,
    });
  });

  it('throws on lists that are not aligned by item', () => {
    expect(() => percentAgreement([1], [1, 2])).toThrow(RangeError);
  });

  it('throws on NaN, which no validated rating can be', () => {
    expect(() => percentAgreement([Number.NaN], [1])).toThrow(
      /finite numbers, strings or null, got NaN at index 0/,
    );
  });
});
