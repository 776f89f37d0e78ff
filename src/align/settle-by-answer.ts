import type { AlignOptions } from './align-options.ts';
import type { BlockDecision } from './block-decision.ts';
import type { QuestionIndex } from './build-question-index.ts';
import type { BlockFeatures } from './describe-blocks.ts';
import { scoreStems } from './score-text.ts';

/**
 * When an asking block matches two questions about equally ("Would you split it up? How do you
 * think about monolith versus microservices?"), the candidate's answer usually shows which one
 * was heard: it talks in the vocabulary of that question's text and flags. Such a block takes,
 * among the questions it is torn between and no other block asks, the one the answer matches best;
 * the block's strength is shared out in proportion to the answer's scores, so a clear answer
 * makes a clear slot and an answer as torn as the question leaves the slot ambiguous.
 */
export function settleByAnswer(
  decisions: readonly BlockDecision[],
  features: readonly BlockFeatures[],
  index: QuestionIndex,
  options: Readonly<AlignOptions>,
): BlockDecision[] {
  const settled = [...decisions];
  const owner = new Map<number, number>();
  settled.forEach((decision, at) => {
    if (decision.kind === 'ask') for (const question of decision.questions) owner.set(question, at);
  });
  settled.forEach((decision, at) => {
    if (decision.kind !== 'ask' || decision.method !== 'similarity' || decision.questions.length !== 1)
      return;
    const question = decision.questions[0] ?? -1;
    const own = decision.scores[question] ?? 0;
    const torn = decision.scores.flatMap((score, q) =>
      q !== question && (owner.get(q) ?? at) === at && score >= (1 - options.minMargin) * own ? [q] : [],
    );
    if (own <= 0 || torn.length === 0) return;
    const answer = new Set(features[at]?.replyStems);
    for (let next = at + 1; settled[next]?.kind === 'continue'; next += 1)
      for (const stem of features[next]?.replyStems ?? []) answer.add(stem);
    const answerScores = scoreStems(answer, index, options);
    const candidates = [question, ...torn];
    const top = Math.max(...candidates.map((q) => decision.scores[q] ?? 0));
    const bestAnswer = Math.max(...candidates.map((q) => answerScores[q] ?? 0));
    if (bestAnswer <= 0) return;
    // The block is a tie among the candidates; the answer apportions the block's strength.
    const evidence = decision.scores.map((score, q) =>
      candidates.includes(q) ? (top * (answerScores[q] ?? 0)) / bestAnswer : score,
    );
    let best = question;
    for (const q of torn) if ((evidence[q] ?? 0) > (evidence[best] ?? 0)) best = q;
    settled[at] = { ...decision, questions: [best], scores: evidence };
    owner.delete(question);
    owner.set(best, at);
  });
  return settled;
}
