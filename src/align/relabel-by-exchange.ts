import type { AlignOptions } from './align-options.ts';
import type { BlockDecision } from './block-decision.ts';
import type { QuestionIndex } from './build-question-index.ts';
import type { BlockFeatures } from './describe-blocks.ts';
import { scoreStems } from './score-text.ts';

/** The strongest score among questions other than `question` that no other block asks. */
function rivalScore(
  scores: readonly number[],
  question: number,
  askedElsewhere: (q: number) => boolean,
): number {
  return Math.max(0, ...scores.filter((_, q) => q !== question && !askedElsewhere(q)));
}

/**
 * When an asking block alone barely tells two questions apart ("Microservices. You have thirty of
 * them. Would you do it again?"), the interviewer's follow-ups in the same exchange usually do
 * ("When would you pick microservices, then?"). Such a block is re-scored together with its
 * follow-up blocks, and takes the question the whole exchange points to.
 */
export function relabelByExchange(
  decisions: readonly BlockDecision[],
  features: readonly BlockFeatures[],
  index: QuestionIndex,
  options: Readonly<AlignOptions>,
): BlockDecision[] {
  const relabelled = [...decisions];
  const owner = new Map<number, number>();
  relabelled.forEach((decision, at) => {
    if (decision.kind === 'ask') for (const question of decision.questions) owner.set(question, at);
  });
  relabelled.forEach((decision, at) => {
    if (decision.kind !== 'ask' || decision.method !== 'similarity' || decision.questions.length !== 1)
      return;
    const question = decision.questions[0] ?? -1;
    const askedElsewhere = (q: number): boolean => (owner.get(q) ?? at) !== at;
    const own = decision.scores[question] ?? 0;
    const clearAlone =
      own > 0 && (own - rivalScore(decision.scores, question, askedElsewhere)) / own >= 2 * options.minMargin;
    const stems = new Set(features[at]?.stems);
    let next = at + 1;
    for (; relabelled[next]?.kind === 'continue'; next += 1)
      for (const stem of features[next]?.stems ?? []) stems.add(stem);
    if (clearAlone || next === at + 1) return;
    const exchange = scoreStems(stems, index, options);
    let best = question;
    exchange.forEach((score, q) => {
      if (!askedElsewhere(q) && score > (exchange[best] ?? 0)) best = q;
    });
    const relabel =
      best !== question &&
      (exchange[best] ?? 0) >= (1 + options.minMargin) * (exchange[question] ?? 0) &&
      (decision.scores[best] ?? 0) >= options.plausibleScore;
    if (!relabel) return;
    relabelled[at] = { ...decision, questions: [best], scores: exchange };
    owner.delete(question);
    owner.set(best, at);
  });
  return relabelled;
}
