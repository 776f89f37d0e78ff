import { bootstrap, pearson, spearman } from './correlate.ts';
import type { ScoredItem, ValidityReport } from './schema.ts';

/**
 * The validity figures of a set of scored items: Pearson and Spearman between the judge's rating
 * and the human grade with bootstrap 95% intervals, the mean within-question Pearson, the mean
 * gold per rating (and whether it rises with the rating), and the answer-length baseline.
 * Items the aligner did not locate are counted, not scored.
 */
export function computeValidity(name: string, items: readonly ScoredItem[]): ValidityReport {
  const located = items.filter((item) => item.rating !== null);
  const ratings = located.map((item) => item.rating ?? 0);
  const gold = located.map((item) => item.gold);
  const byQuestion = new Map<string, ScoredItem[]>();
  for (const item of located) byQuestion.set(item.question, [...(byQuestion.get(item.question) ?? []), item]);
  const within = [...byQuestion.values()]
    .map((group) =>
      pearson(
        group.map((item) => item.rating ?? 0),
        group.map((item) => item.gold),
      ),
    )
    .filter((r): r is number => r !== null);
  const meanGoldByRating = [...new Set(ratings)]
    .sort((a, b) => a - b)
    .map((rating) => {
      const golds = located.filter((item) => item.rating === rating).map((item) => item.gold);
      return {
        rating,
        n: golds.length,
        meanGold: golds.reduce((sum, value) => sum + value, 0) / golds.length,
      };
    });
  return {
    name,
    items: items.length,
    located: located.length,
    notLocated: items.length - located.length,
    pearson: bootstrap(pearson, ratings, gold),
    spearman: bootstrap(spearman, ratings, gold),
    withinQuestion: {
      mean: within.length === 0 ? null : within.reduce((sum, r) => sum + r, 0) / within.length,
      questions: within.length,
    },
    meanGoldByRating,
    monotone: meanGoldByRating.every(
      (entry, index) => index === 0 || entry.meanGold > (meanGoldByRating[index - 1]?.meanGold ?? 0),
    ),
    lengthBaseline: pearson(
      located.map((item) => item.words),
      gold,
    ),
  };
}
