import { describe, expect, it } from 'vitest';
import { makeItemResult } from '../../test/fixtures/ratings/item-results.ts';
import { FIXTURE_RUBRIC } from '../../test/report/fixture-rubric.ts';
import type { ItemResult } from '../aggregate/schema.ts';
import { adjudicateItems } from './adjudicate-items.ts';
import { countReview } from './count-review.ts';
import { mergeReviewed } from './merge-reviewed.ts';
import { resolveDecisions } from './resolve-decisions.ts';
import type { Decision, ReviewedItem } from './schema.ts';

const rubric = FIXTURE_RUBRIC;
const q1 = rubric.questions[0];
const q2 = rubric.questions[1];
if (q1 === undefined || q2 === undefined) throw new Error('fixture rubric needs two questions');

const items: ItemResult[] = [
  {
    ...makeItemResult({ transcript: 'alex', question: q1.id, rating: 3, interviewerRating: 4 }),
    needsReview: true,
  },
  makeItemResult({ transcript: 'alex', question: q2.id, rating: null, interviewerRating: null }),
  {
    ...makeItemResult({ transcript: 'bo', question: q1.id, rating: 2, interviewerRating: null }),
    status: 'failed',
    rating: null,
    needsReview: true,
  },
];

const at = '2025-03-01T10:00:00.000Z';
const decide = (item: string, decision: Decision['decision'], extra: Partial<Decision> = {}) => ({
  line: 1,
  decision: { item, decision, reviewer: ' Ann ', at, ...extra },
});

describe('resolveDecisions', () => {
  it.each<[string, ReturnType<typeof decide>, ReviewedItem]>([
    [
      'accept keeps the judges’ rating',
      decide(`alex#${q1.id}`, 'accept', { questionHash: q1.hash, note: '  fine  ' }),
      { key: `alex#${q1.id}`, finalRating: 3, decision: 'accept', reviewer: 'Ann', note: 'fine', at },
    ],
    [
      'accepting a not-asked item leaves it unrated',
      decide(`alex#${q2.id}`, 'accept'),
      { key: `alex#${q2.id}`, finalRating: null, decision: 'accept', reviewer: 'Ann', note: null, at },
    ],
    [
      'rate sets the rating',
      decide(`bo#${q1.id}`, 'rate', { rating: 1, note: '' }),
      { key: `bo#${q1.id}`, finalRating: 1, decision: 'rate', reviewer: 'Ann', note: null, at },
    ],
    [
      'not_asked leaves it unrated',
      decide(`alex#${q1.id}`, 'not_asked', { rating: null }),
      { key: `alex#${q1.id}`, finalRating: null, decision: 'not_asked', reviewer: 'Ann', note: null, at },
    ],
    [
      'mislocated leaves it unrated',
      decide(`bo#${q1.id}`, 'mislocated'),
      { key: `bo#${q1.id}`, finalRating: null, decision: 'mislocated', reviewer: 'Ann', note: null, at },
    ],
  ])('%s', (_name, decision, want) => {
    expect(resolveDecisions([decision], items, rubric)).toEqual({ reviewed: [want], issues: [] });
  });

  it.each<[string, ReturnType<typeof decide>, RegExp]>([
    ['an unknown item', decide('nobody#q1', 'accept'), /unknown item `nobody#q1`/],
    ['a key that differs only in case', decide(`ALEX#${q1.id}`, 'accept'), /unknown item/],
    [
      'a stale question hash',
      decide(`alex#${q1.id}`, 'accept', { questionHash: 'old0hash' }),
      /stale decision .* old0hash/,
    ],
    [
      'a rating above the scale',
      decide(`alex#${q1.id}`, 'rate', { rating: 5 }),
      /rating 5 is off the rubric's scale 1–4/,
    ],
    ['a rating below the scale', decide(`alex#${q1.id}`, 'rate', { rating: 0 }), /rating 0 is off/],
    ['rate without a rating', decide(`alex#${q1.id}`, 'rate'), /expected a `rating` \(1–4\)/],
    [
      'a rating on accept',
      decide(`alex#${q1.id}`, 'accept', { rating: 3 }),
      /expected no `rating` with decision `accept`/,
    ],
    [
      'accepting a failed item',
      decide(`bo#${q1.id}`, 'accept'),
      /has no judges' rating to accept \(the item failed\)/,
    ],
  ])('refuses %s, naming the line', (_name, decision, message) => {
    const { reviewed, issues } = resolveDecisions([{ ...decision, line: 7 }], items, rubric);
    expect(reviewed).toEqual([]);
    expect(issues).toEqual([{ line: 7, message: expect.stringMatching(message) }]);
  });
});

describe('mergeReviewed, countReview and adjudicateItems', () => {
  const entry = (
    key: string,
    finalRating: number | null,
    decision: ReviewedItem['decision'],
  ): ReviewedItem => ({
    key,
    finalRating,
    decision,
    reviewer: 'Ann',
    note: null,
    at,
  });

  it('a later decision replaces an earlier one and keeps its place', () => {
    const merged = mergeReviewed(
      [entry(`alex#${q1.id}`, 3, 'accept'), entry(`bo#${q1.id}`, 1, 'rate')],
      [entry(`alex#${q1.id}`, 2, 'rate')],
    );
    expect(merged.map((e) => [e.key, e.finalRating])).toEqual([
      [`alex#${q1.id}`, 2],
      [`bo#${q1.id}`, 1],
    ]);
  });

  it('counts decided items and queued items still pending', () => {
    expect(countReview(items, [entry(`alex#${q1.id}`, 3, 'accept'), entry('gone#q9', 1, 'rate')])).toEqual({
      decided: 1,
      pending: 1,
    });
  });

  it('puts final ratings in place of the judges’ without touching the run’s items', () => {
    const before = structuredClone(items);
    const adjudicated = adjudicateItems(
      items,
      [entry(`alex#${q1.id}`, 1, 'rate'), entry(`bo#${q1.id}`, null, 'not_asked')],
      rubric.scale,
    );
    expect(items).toEqual(before);
    expect(adjudicated.map((i) => [i.key, i.status, i.rating, i.ratingLabel])).toEqual([
      [`alex#${q1.id}`, 'scored', 1, 'red_flag'],
      [`alex#${q2.id}`, 'not_asked', null, null],
      [`bo#${q1.id}`, 'not_asked', null, null],
    ]);
  });
});
