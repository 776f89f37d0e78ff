import type { FlagStatus } from '../schema.ts';
import { type AnalysedAnswer, type AnalysedSentence, isUsable, type TermSets } from './analyse-answer.ts';
import { coverageCredit, presentCredit } from './answer-coverage.ts';
import type { CompiledFlag } from './compile-question.ts';
import {
  bagCredit,
  deniesSlot,
  GREEN_THRESHOLD,
  itemCredit,
  keepsOrder,
  keySlots,
  meetsSlot,
  RED_THRESHOLD,
} from './satisfy-slots.ts';

/** A flag's status with the verbatim sentences that support it. */
export interface FlagMatch {
  readonly status: FlagStatus;
  readonly evidence: readonly string[];
  /**
   * How much of the flag the answer shows, 0..1: when present, 1 or one half for a long flag the
   * answer says little of (`presentCredit`); else the best share of its key terms in one sentence
   * (or two adjacent ones), halved for hedged sentences, or the whole answer's coverage. Only green
   * flags earn credit; it lets one green flag grade an answer rather than pass or fail it.
   */
  readonly credit: number;
}

/** At most this many quotes per finding: enough to check, short enough to read. */
export const MAX_EVIDENCE = 3;
/** Hedged support ("I've heard of circuit breakers") is worth half of a plain statement. */
const HEDGED_FACTOR = 0.5;
/** The most a whole answer that is a bare list of terms earns for a flag. */
const LIST_ONLY_CAP = 0.5;
/** A red flag is never present on fewer of its terms than this in one sentence: one word is not a behaviour. */
const RED_MIN_TERMS = 2;

type TopicFlag = Extract<CompiledFlag, { kind: 'topic' }>;

/**
 * A topic flag (every green flag; red flags that describe behaviour, e.g. "Suggests using it in
 * production logic") is `present` when plain sentences carry it, `unclear` when only hedged ones
 * do ("I've heard of circuit breakers"), else `absent`, quoting any sentence that denies it. A red
 * flag carried by a single term only is `unclear` at most.
 */
export function matchTopicFlag(flag: TopicFlag, answer: AnalysedAnswer): FlagMatch {
  const { sentences } = answer;
  const plain = findSupport(flag, answer, (sentence) => isUsable(sentence) && !sentence.hedged);
  if (answer.listOnly) {
    // A bare list names a flag's terms without saying anything of them: half shown at most.
    if (flag.color === 'red') return { status: 'absent', evidence: [], credit: 0 };
    const credit = Math.min(LIST_ONLY_CAP, plain.length > 0 ? 1 : greenCredit(flag, answer));
    return { status: plain.length > 0 ? 'unclear' : 'absent', evidence: plain, credit };
  }
  if (plain.length > 0) {
    if (flag.color === 'red' && flag.slots.length < RED_MIN_TERMS)
      return { status: 'unclear', evidence: plain, credit: 0 };
    return {
      status: 'present',
      evidence: plain,
      credit: flag.color === 'green' ? presentCredit(flag, answer) : 0,
    };
  }
  const credit = flag.color === 'green' ? greenCredit(flag, answer) : 0;
  // Enough of the flag's terms over the whole answer: present, quoting the sentences that say them.
  if (credit >= 1)
    return { status: 'present', evidence: mentioning(flag, answer), credit: presentCredit(flag, answer) };
  const hedged = findSupport(flag, answer, isUsable);
  if (hedged.length > 0) return { status: 'unclear', evidence: hedged, credit };
  return { status: 'absent', evidence: findDenials(flag, sentences), credit };
}

function findSupport(
  flag: TopicFlag,
  { sentences, windowAt }: AnalysedAnswer,
  usable: (sentence: AnalysedSentence) => boolean,
): string[] {
  const found: string[] = [];
  const add = (text: string): void => {
    if (!found.includes(text) && found.length < MAX_EVIDENCE) found.push(text);
  };
  for (const [index, sentence] of sentences.entries()) {
    if (!usable(sentence)) continue;
    if (supports(flag, sentence)) {
      add(sentence.text);
      continue;
    }
    // A green topic may be spread over two sentences ("The default is evaluated once. So a list …");
    // each is quoted only if it says part of it. Across sentences only plain mentions count: the
    // leniency for a flag's own negation ("boundaries don't match") is for one breath.
    const next = sentences[index + 1];
    if (flag.color !== 'green' || flag.shape !== 'bag' || next === undefined || !usable(next)) continue;
    const window = windowAt(index);
    if (window === undefined || supports(flag, next) || !supports(flag, window)) continue;
    for (const part of [sentence, next]) {
      if (flag.slots.some((slot) => meetsSlot(slot, part))) add(part.text);
    }
  }
  return found;
}

function supports(flag: TopicFlag, terms: TermSets): boolean {
  if (!keepsOrder(flag.sequence, terms)) return false;
  const itemMet = flag.items.some(
    (item) => (flag.shape === 'list' || keySlots(item).length >= 2) && itemCredit(item, terms) >= 1,
  );
  if (itemMet || flag.shape === 'list') return itemMet;
  if (bagCredit(flag.slots, terms, flag.color === 'green' ? GREEN_THRESHOLD : RED_THRESHOLD) < 1)
    return false;
  return (
    flag.color === 'green' || flag.slots.filter((slot) => meetsSlot(slot, terms)).length >= RED_MIN_TERMS
  );
}

/** A green flag's partial credit: the better of its best sentence and the whole answer's coverage. */
function greenCredit(flag: TopicFlag, answer: AnalysedAnswer): number {
  const best = bestCredit(flag, answer);
  return best >= 1 ? best : Math.max(best, coverageCredit(flag, answer));
}

/** Plain sentences that say any of the flag's key terms (at most MAX_EVIDENCE). */
function mentioning(flag: TopicFlag, { sentences }: AnalysedAnswer): string[] {
  const key = keySlots(flag.slots);
  return sentences
    .filter(
      (sentence) => isUsable(sentence) && !sentence.hedged && key.some((slot) => meetsSlot(slot, sentence)),
    )
    .slice(0, MAX_EVIDENCE)
    .map((sentence) => sentence.text);
}

/** The flag's partial credit in the sentence (or adjacent pair) that carries most of it. */
function bestCredit(flag: TopicFlag, { sentences, windowAt }: AnalysedAnswer): number {
  let best = 0;
  for (const [index, sentence] of sentences.entries()) {
    if (!isUsable(sentence)) continue;
    const factor = sentence.hedged ? HEDGED_FACTOR : 1;
    best = Math.max(best, factor * creditIn(flag, sentence));
    if (flag.shape === 'bag' && !sentence.hedged && sentences[index + 1]?.hedged === false) {
      const window = windowAt(index);
      if (window !== undefined) best = Math.max(best, creditIn(flag, window));
    }
    if (best >= 1) break;
  }
  return best;
}

function creditIn(flag: TopicFlag, terms: TermSets): number {
  // As in `supports`: in a bag, only items of two or more key terms stand on their own.
  const standalone =
    flag.shape === 'list' ? flag.items : flag.items.filter((item) => keySlots(item).length >= 2);
  const items = Math.max(0, ...standalone.map((item) => itemCredit(item, terms)));
  const credit =
    flag.shape === 'list' ? items : Math.max(bagCredit(flag.slots, terms, GREEN_THRESHOLD), items);
  return keepsOrder(flag.sequence, terms) ? credit : Math.min(credit, 0.5);
}

function findDenials(flag: TopicFlag, sentences: readonly AnalysedSentence[]): string[] {
  const key = keySlots(flag.slots);
  return sentences
    .filter((sentence) => isUsable(sentence) && key.some((slot) => deniesSlot(slot, sentence)))
    .slice(0, 2)
    .map((sentence) => sentence.text);
}
