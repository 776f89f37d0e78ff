import type { ItemResult } from '../aggregate/schema.ts';
import { buildConfusionMatrix } from './build-confusion-matrix.ts';
import { compareLabels, countUnlabelled } from './compare-labels.ts';
import { computeGoldMetrics, type RatedPair } from './compute-gold-metrics.ts';
import type { Comparison, ComparisonList, EvalResult, GoldLabel, QuestionMetrics } from './schema.ts';

// Numeric collation puts q2 before q10, as a reader of the rubric expects.
const byQuestionId = new Intl.Collator('en', { numeric: true }).compare;

function listOf(comparisons: readonly Comparison[], keep: (c: Comparison) => boolean): ComparisonList {
  const items = comparisons.filter(keep);
  return { count: items.length, items };
}

function pairsOf(comparisons: readonly Comparison[]): RatedPair[] {
  return comparisons.flatMap((c): RatedPair[] =>
    typeof c.gold === 'number' && typeof c.run === 'number' ? [[c.gold, c.run]] : [],
  );
}

function perQuestionOf(comparisons: readonly Comparison[]): QuestionMetrics[] {
  const questions = [...new Set(comparisons.map((c) => c.question))].sort(byQuestionId);
  return questions.map((question) => {
    const own = comparisons.filter((c) => c.question === question);
    return { question, labels: own.length, ...computeGoldMetrics(pairsOf(own)) };
  });
}

/**
 * Scores a run against human gold labels, matched by (transcript id, question): agreement
 * overall and per question over the items both rated numerically, a gold × run confusion matrix,
 * and every way the run and the gold can part: asked vs not asked, failed items, items in review,
 * labels with no item, and the full list of disagreements.
 */
export function evaluateAgainstGold(items: readonly ItemResult[], labels: readonly GoldLabel[]): EvalResult {
  const comparisons = compareLabels(items, labels);
  const pairs = pairsOf(comparisons);
  return {
    labels: labels.length,
    items: items.length,
    unlabelledItems: countUnlabelled(items, labels),
    overall: computeGoldMetrics(pairs),
    perQuestion: perQuestionOf(comparisons),
    confusion: buildConfusionMatrix(pairs),
    alignment: {
      goldNotAskedRunScored: listOf(comparisons, (c) => c.gold === 'not_asked' && typeof c.run === 'number'),
      goldScoredRunNotAsked: listOf(comparisons, (c) => typeof c.gold === 'number' && c.run === 'not_asked'),
    },
    review: listOf(comparisons, (c) => c.run !== null && c.needsReview),
    failed: listOf(comparisons, (c) => c.run === 'failed'),
    missing: listOf(comparisons, (c) => c.run === null),
    disagreements: comparisons.filter((c) => c.run !== null && c.run !== c.gold),
  };
}
