import { describe, expect, it } from 'vitest';
import { makeItemResult, makeTranscriptItems } from '../../test/fixtures/ratings/item-results.ts';
import { checkRatingScales, rescale } from './check-rating-scales.ts';
import type { RatingRow } from './schema.ts';

const oneToFour = { min: 1, max: 4 };

describe('rescale', () => {
  it.each([
    [0, 1],
    [1, 2],
    [2, 2],
    [3, 3],
    [4, 3],
    [5, 4],
  ])('0–5 → 1–4: %d becomes %d', (value, want) => {
    expect(rescale(value, { min: 0, max: 5 }, oneToFour)).toBe(want);
  });
});

describe('checkRatingScales', () => {
  // t1's interviewer (Karen) rates 0–5 in metadata; the CSV's Omar rates 1–10.
  const items = [
    ...makeTranscriptItems('t1', [1, 2, 3, 4], [0, 2, 5, 4]),
    makeItemResult({ transcript: 't2', question: 'q1', rating: 3, interviewerRating: 3 }),
  ];
  const ratings: RatingRow[] = [
    { item: 't2#q1', rater: 'Omar', rating: 10, line: 4 },
    { item: 't2#q2', rater: 'Omar', rating: 'great', line: 5 },
    { item: 't2#q3', rater: 'Ann', rating: 2, line: 6 },
  ];
  const input = { items, ratings, interviewerOf: { t1: 'Karen' } };

  it('refuses raters off the common scale, naming their range, where it came from and the fix', () => {
    const check = checkRatingScales(input, oneToFour);
    expect(check.kind).toBe('mismatch');
    if (check.kind !== 'mismatch') return;
    expect(check.mismatches.map((m) => m.rater)).toEqual(['Karen', 'Omar']);
    expect(check.mismatches[0]?.message).toBe(
      '`Karen` rates on another scale: ratings 0–5 (metadata of t1), but the common scale is 1–4. If 0–5 is their scale, pass `--rater-scale "Karen=MIN-MAX"` to rescale their ratings onto 1–4; otherwise fix the ratings',
    );
    expect(check.mismatches[1]?.message).toContain('ratings 10 (ratings CSV line 4)');
  });

  it('rescales declared raters onto the common scale and lists them; labels and others stay', () => {
    const declared = new Map([
      ['Karen', { min: 0, max: 5 }],
      ['Omar', { min: 1, max: 10 }],
    ]);
    const check = checkRatingScales(input, oneToFour, declared);
    expect(check.kind).toBe('ok');
    if (check.kind !== 'ok') return;
    expect(check.input.items?.slice(0, 4).map((i) => i.interviewerRating)).toEqual([1, 2, 4, 3]);
    expect(check.input.items?.[4]?.interviewerRating).toBe(3);
    expect(check.input.ratings?.map((r) => r.rating)).toEqual([4, 'great', 2]);
    expect(check.rescaled).toEqual([
      { rater: 'Karen', from: { min: 0, max: 5 }, to: oneToFour },
      { rater: 'Omar', from: { min: 1, max: 10 }, to: oneToFour },
    ]);
    expect(items[0]?.interviewerRating).toBe(0);
  });

  it('refuses a declared scale a rating falls outside of, or that names nobody', () => {
    const check = checkRatingScales(
      input,
      oneToFour,
      new Map([
        ['Karen', { min: 1, max: 5 }],
        ['Omar', { min: 1, max: 10 }],
        ['Nobody', { min: 0, max: 5 }],
      ]),
    );
    expect(check.kind === 'mismatch' && check.mismatches.map((m) => m.message)).toEqual([
      '`Karen` was declared on 1–5 but used 0–5',
      '--rater-scale names `Nobody`, but no rating by that rater was found',
    ]);
  });

  it('passes raters on the common scale through untouched', () => {
    const check = checkRatingScales({ ratings: [ratings[2] as RatingRow] }, oneToFour);
    expect(check).toEqual({ kind: 'ok', input: { ratings: [ratings[2]] }, rescaled: [] });
  });
});
