import { type AnalysedAnswer, type AnalysedSentence, isUsable, type TermSets } from './analyse-answer.ts';
import type { CompiledFlag, Slot } from './compile-question.ts';
import { type FlagMatch, MAX_EVIDENCE } from './match-topic-flag.ts';

type StatementFlag = Extract<CompiledFlag, { kind: 'statement' }>;

/** Three quarters of the statement's terms, in one clause, with the stance words kept. */
function statementThreshold(count: number): number {
  return count <= 2 ? count : Math.max(2, Math.ceil(0.75 * count));
}

/**
 * A quoted red flag (“Just add more servers.”) is `present` when one clause of a plain sentence
 * says it or a close variant: most of its terms, every stance word ("just", "always", "enough"),
 * each with the statement's own polarity ("I wouldn't say microservices are always better" turns
 * the terms negative, so it is not the flag). Said as someone else's view or hedged → `unclear`.
 * When the answer says the terms but with the opposite polarity, those sentences are quoted as the
 * evidence for `absent`.
 */
export function matchStatementFlag(flag: StatementFlag, answer: AnalysedAnswer): FlagMatch {
  const usable = answer.sentences.filter(isUsable);
  const saying = usable.filter((sentence) =>
    sentence.clauses.some((clause) => says(flag.slots, clause, true)),
  );
  const plain = saying.filter((sentence) => !sentence.hedged && !sentence.distanced);
  if (plain.length > 0) return { status: 'present', evidence: quote(plain, MAX_EVIDENCE), credit: 0 };
  if (saying.length > 0) return { status: 'unclear', evidence: quote(saying, MAX_EVIDENCE), credit: 0 };
  const contradicting = usable.filter((sentence) =>
    sentence.clauses.some((clause) => says(flag.slots, clause, false)),
  );
  return { status: 'absent', evidence: quote(contradicting, 2), credit: 0 };
}

function says(slots: readonly Slot[], clause: TermSets, samePolarity: boolean): boolean {
  const met = slots.filter((slot) => hasTerm(slot, clause, samePolarity));
  const stanceKept = slots.every((slot) => !slot.stance || met.includes(slot));
  return stanceKept && met.length >= statementThreshold(slots.length);
}

function hasTerm(slot: Slot, clause: TermSets, samePolarity: boolean): boolean {
  return [...slot.alternatives, ...slot.related].some((concept) => {
    if (!samePolarity) return clause.positive.has(concept) || clause.negative.has(concept);
    return slot.negatedInFlag ? clause.negative.has(concept) : clause.positive.has(concept);
  });
}

function quote(sentences: readonly AnalysedSentence[], limit: number): string[] {
  return sentences.slice(0, limit).map((sentence) => sentence.text);
}
