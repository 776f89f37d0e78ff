import type { ItemResult } from '../aggregate/schema.ts';
import type { Rubric } from '../rubric/schema.ts';
import type { Decision, DecisionIssue, LocatedDecision, ReviewedItem } from './schema.ts';

/** Decisions checked against a run: what they make of each item, or why a line cannot apply. */
export interface ResolvedDecisions {
  /** One entry per valid decision, in file order (a later one for the same item comes later). */
  readonly reviewed: ReviewedItem[];
  readonly issues: DecisionIssue[];
}

/**
 * Checks each decision against the run's items and rubric and turns it into a `reviewed.jsonl`
 * entry. A line fails when its item is not in the run, its `questionHash` differs from the
 * run's question (the decision was made on another wording), its rating is off the rubric's scale,
 * a `rate` has no rating or another decision carries one, or an `accept` has no judges' rating to
 * accept (a failed item). `finalRating` is the judges' rating for `accept` (null when they found
 * the question not asked), the given rating for `rate`, and null for `not_asked` and `mislocated`.
 */
export function resolveDecisions(
  decisions: readonly LocatedDecision[],
  items: readonly ItemResult[],
  rubric: Rubric,
): ResolvedDecisions {
  const byKey = new Map(items.map((item) => [item.key, item]));
  const reviewed: ReviewedItem[] = [];
  const issues: DecisionIssue[] = [];
  for (const { line, decision } of decisions) {
    const item = byKey.get(decision.item);
    const problem =
      item === undefined ? unknownItem(decision, items.length) : checkDecision(decision, item, rubric);
    if (problem !== null) {
      issues.push({ line, message: problem });
      continue;
    }
    if (item === undefined) continue;
    const note = decision.note?.trim() ?? '';
    reviewed.push({
      key: item.key,
      finalRating: finalRatingOf(decision, item),
      decision: decision.decision,
      reviewer: decision.reviewer.trim(),
      note: note === '' ? null : note,
      at: decision.at,
    });
  }
  return { reviewed, issues };
}

function unknownItem(decision: Decision, count: number): string {
  return `unknown item \`${decision.item}\`: the run has no such item (its ${count} items are named \`<transcript>#<question>\`)`;
}

function checkDecision(decision: Decision, item: ItemResult, rubric: Rubric): string | null {
  const question = rubric.questions.find((q) => q.id === item.question);
  if (
    decision.questionHash !== undefined &&
    question !== undefined &&
    decision.questionHash !== question.hash
  ) {
    return `stale decision for \`${item.key}\`: it was made on question ${item.question} with hash ${decision.questionHash}, but the run's rubric has ${question.hash}; review the item again`;
  }
  const { rating } = decision;
  const given = rating !== undefined && rating !== null;
  const { min, max } = rubric.scale;
  if (decision.decision === 'rate') {
    if (!given) return `expected a \`rating\` (${min}–${max}) with decision \`rate\`, got none`;
    if (rating < min || rating > max) return `rating ${rating} is off the rubric's scale ${min}–${max}`;
    return null;
  }
  if (given) {
    return `expected no \`rating\` with decision \`${decision.decision}\` (only \`rate\` carries one), got ${rating}`;
  }
  if (decision.decision === 'accept' && item.rating === null && item.status !== 'not_asked') {
    return `\`${item.key}\` has no judges' rating to accept (the item ${item.status}); use rate, not_asked or mislocated`;
  }
  return null;
}

function finalRatingOf(decision: Decision, item: ItemResult): number | null {
  if (decision.decision === 'rate') return decision.rating ?? null;
  if (decision.decision === 'accept') return item.rating;
  return null;
}
