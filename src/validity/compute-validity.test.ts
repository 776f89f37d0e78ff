import { describe, expect, it } from 'vitest';
import { computeValidity } from './compute-validity.ts';
import type { ScoredItem } from './schema.ts';

function item(question: string, gold: number, rating: number | null, words = 10): ScoredItem {
  return {
    key: `${question}-${gold}-${rating}-${words}`,
    question,
    gold,
    rating,
    words,
    alignment: rating === null ? 'not_asked' : 'answered',
  };
}

describe('computeValidity', () => {
  const items: ScoredItem[] = [
    item('a', 0, 1, 5),
    item('a', 1, 2, 30),
    item('a', 2, 3, 8),
    item('a', 3, 4, 12),
    item('b', 0, 2, 40),
    item('b', 1, 2, 9),
    item('b', 3, 4, 7),
    item('b', 2, null),
  ];

  it('counts unlocated items apart and scores the rest', () => {
    const report = computeValidity('toy', items);
    expect(report).toMatchObject({ items: 8, located: 7, notLocated: 1 });
    expect(report.pearson.value).toBeGreaterThan(0.8);
    expect(report.spearman.ci95).not.toBeNull();
  });

  it('reports mean gold per rating and whether it rises', () => {
    const report = computeValidity('toy', items);
    expect(report.meanGoldByRating).toEqual([
      { rating: 1, n: 1, meanGold: 0 },
      { rating: 2, n: 3, meanGold: 2 / 3 },
      { rating: 3, n: 1, meanGold: 2 },
      { rating: 4, n: 2, meanGold: 3 },
    ]);
    expect(report.monotone).toBe(true);
    const flat = computeValidity('flat', [item('a', 2, 1), item('a', 1, 2), item('a', 3, 3)]);
    expect(flat.monotone).toBe(false);
  });

  it('averages within-question r over questions where it is defined, and measures length alone', () => {
    const report = computeValidity('toy', items);
    expect(report.withinQuestion.questions).toBe(2);
    expect(report.withinQuestion.mean).toBeGreaterThan(0.8);
    expect(report.lengthBaseline).not.toBeNull();
  });
});
