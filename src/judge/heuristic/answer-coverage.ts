import { type AnalysedAnswer, type AnalysedSentence, isUsable } from './analyse-answer.ts';
import type { CompiledFlag, Slot } from './compile-question.ts';
import { isNearTerm } from './near-terms.ts';
import { keySlots, meetsSlot } from './satisfy-slots.ts';

type TopicFlag = Extract<CompiledFlag, { kind: 'topic' }>;

/** Half a flag's key terms said anywhere in the answer is as good as the flag in one sentence. */
export const WHOLE_ANSWER_SHARE = 0.5;
/** What coverage is worth at most when it cannot check a required side ("X vs Y") or a stated order. */
const UNCHECKED_CAP = 0.5;
/**
 * Half of all a flag's words (those the question echoes included) said anywhere is half the flag:
 * a short written answer often restates the model answer in the question's own words ("the
 * experimental approach measures the actual running time") and names few of its other terms.
 */
const ALL_WORDS_SHARE = 0.5;
/** The credit that `ALL_WORDS_SHARE` earns: the flag half shown. */
const HALF_SHOWN = 0.5;
/**
 * A flag met in one sentence by the three terms `GREEN_THRESHOLD` asks for at most is only half
 * shown when the whole answer says under a third of its key terms: a long model answer ("taking one
 * element at a time, from left to right, it finds the minimum … and swaps it …") is not fully
 * given by three of its ten words.
 */
const FULL_SHARE = 1 / 3;

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
  const checked = unchecked ? Math.min(credit, UNCHECKED_CAP) : credit;
  const allShare = flag.slots.filter(met).length / Math.max(1, flag.slots.length);
  return allShare >= ALL_WORDS_SHARE - 1e-9 && saysBeyond(flag.questionTerms, answer)
    ? Math.max(checked, HALF_SHOWN)
    : checked;
}

/**
 * What a green flag found present is worth, 1 or HALF_SHOWN: half when it is a bag of terms and
 * the whole answer says under FULL_SHARE of its key terms (see FULL_SHARE). Lists ("A, B or C")
 * are met in full by one item.
 */
export function presentCredit(flag: TopicFlag, answer: AnalysedAnswer): number {
  if (flag.shape !== 'bag') return 1;
  const terms = plainTermsOf(answer);
  // The flag's own negation counts here as in the sentence test ("a node with no children").
  const said = { positive: terms, negative: negatedTermsOf(answer) };
  const key = keySlots(flag.slots);
  const met = key.filter((slot) => meetsSlot(slot, said) || nearlyMet(slot, terms)).length;
  return met / Math.max(1, key.length) >= FULL_SHARE - 1e-9 ? 1 : HALF_SHOWN;
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

/**
 * Whether some plain sentence says, in its own words, a term the question does not: an answer that
 * only repeats the question ("the experimental approach measures the running time") adds nothing.
 */
function saysBeyond(questionTerms: ReadonlySet<string>, answer: AnalysedAnswer): boolean {
  return answer.sentences.some(
    (sentence) =>
      isUsable(sentence) && !sentence.hedged && [...sentence.own].some((term) => !questionTerms.has(term)),
  );
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
