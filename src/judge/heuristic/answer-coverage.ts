import { type AnalysedAnswer, type AnalysedSentence, isUsable } from './analyse-answer.ts';
import type { CompiledFlag, Slot } from './compile-question.ts';
import { isNearTerm } from './near-terms.ts';
import { keySlots, meetsSlot } from './satisfy-slots.ts';

type TopicFlag = Extract<CompiledFlag, { kind: 'topic' }>;

/** Half a flag's key terms said anywhere in the answer is as good as the flag in one sentence. */
export const WHOLE_ANSWER_SHARE = 0.5;
/** What coverage is worth at most when it cannot check a required side ("X vs Y") or a stated order. */
const UNCHECKED_CAP = 0.5;

const PLAIN_TERMS = new WeakMap<AnalysedAnswer, ReadonlySet<string>>();
const NEGATED_TERMS = new WeakMap<AnalysedAnswer, ReadonlySet<string>>();
const NO_TERMS: ReadonlySet<string> = new Set();

/**
 * How much of a green flag the whole answer covers, 0..1: the share of its key terms said plainly
 * (not negated, not hedged) anywhere in the answer, over WHOLE_ANSWER_SHARE. A short written answer
 * spreads one idea over several sentences ("It is a list of nodes. Each points to the next.") that
 * the one-sentence test misses; a term also counts when the answer has it with a typo or a longer
 * derived form ("complier", "constructor"). Only bags of terms: a list flag ("Mentions A, B or C")
 * is met by one item, not by a share. Capped at one half when the flag has a required side or a
 * stated order, which only the sentence test checks.
 */
export function coverageCredit(flag: TopicFlag, answer: AnalysedAnswer): number {
  if (flag.shape !== 'bag') return 0;
  const terms = plainTermsOf(answer);
  const negated = negatedTermsOf(answer);
  if (terms.size === 0 && negated.size === 0) return 0;
  const plain = { positive: terms, negative: NO_TERMS };
  // A term the flag negates is met here only by its antonym said plainly ("open" for "not closed").
  const met = (slot: Slot): boolean =>
    meetsSlot(slot, plain) ||
    nearlyMet(slot, terms) ||
    slot.antonyms.some((antonym) => (slot.negatedInFlag ? terms : negated).has(antonym));
  const key = keySlots(flag.slots);
  const share = key.filter(met).length / Math.max(1, key.length);
  const credit = Math.min(1, share / WHOLE_ANSWER_SHARE);
  const unchecked = flag.sequence.length > 0 || flag.slots.some((slot) => slot.mandatory && !met(slot));
  return unchecked ? Math.min(credit, UNCHECKED_CAP) : credit;
}

function nearlyMet(slot: Slot, terms: ReadonlySet<string>): boolean {
  // Plain terms never meet a term the flag negates (see `meetsSlot`), however spelt.
  if (slot.negatedInFlag) return false;
  for (const term of terms) {
    // "synchronous" is one letter from "asynchronous" and means the opposite.
    if (slot.antonyms.includes(term)) continue;
    if (slot.alternatives.some((alternative) => isNearTerm(alternative, term))) return true;
  }
  return false;
}

/** Terms said under a negation in usable, unhedged sentences (once per answer): antonyms read them. */
function negatedTermsOf(answer: AnalysedAnswer): ReadonlySet<string> {
  return termsOnce(NEGATED_TERMS, answer, (sentence) => sentence.negative);
}

/** Terms said plainly in usable, unhedged sentences (once per answer). */
function plainTermsOf(answer: AnalysedAnswer): ReadonlySet<string> {
  return termsOnce(PLAIN_TERMS, answer, (sentence) => sentence.positive);
}

/** The terms `pick` reads from each usable, unhedged sentence, collected once per answer into `memo`. */
function termsOnce(
  memo: WeakMap<AnalysedAnswer, ReadonlySet<string>>,
  answer: AnalysedAnswer,
  pick: (sentence: AnalysedSentence) => ReadonlySet<string>,
): ReadonlySet<string> {
  let terms = memo.get(answer);
  if (terms === undefined) {
    const collected = new Set<string>();
    for (const sentence of answer.sentences) {
      if (!isUsable(sentence) || sentence.hedged) continue;
      for (const term of pick(sentence)) collected.add(term);
    }
    terms = collected;
    memo.set(answer, terms);
  }
  return terms;
}
