import type { FlagStatus } from '../schema.ts';
import type { AnalysedAnswer, AnalysedSentence, TermSets } from './analyse-answer.ts';
import type { CompiledFlag } from './compile-question.ts';
import {
  deniesSlot,
  GREEN_THRESHOLD,
  keySlots,
  meetsSlot,
  RED_THRESHOLD,
  satisfiesBag,
  satisfiesItem,
  unionPositives,
} from './satisfy-slots.ts';

/** A flag's status with the verbatim sentences that support it. */
export interface FlagMatch {
  readonly status: FlagStatus;
  readonly evidence: readonly string[];
}

/** At most this many quotes per finding: enough to check, short enough to read. */
export const MAX_EVIDENCE = 3;

type TopicFlag = Extract<CompiledFlag, { kind: 'topic' }>;

/**
 * A topic flag (every green flag; red flags that describe behaviour, e.g. "Suggests using it in
 * production logic") is `present` when plain sentences carry it, `unclear` when only hedged ones
 * do ("I've heard of circuit breakers"), else `absent`, quoting any sentence that denies it.
 */
export function matchTopicFlag(flag: TopicFlag, answer: AnalysedAnswer): FlagMatch {
  const plain = findSupport(flag, answer.sentences, (sentence) => !sentence.injection && !sentence.hedged);
  if (plain.length > 0) return { status: 'present', evidence: plain };
  const hedged = findSupport(flag, answer.sentences, (sentence) => !sentence.injection);
  if (hedged.length > 0) return { status: 'unclear', evidence: hedged };
  return { status: 'absent', evidence: findDenials(flag, answer.sentences) };
}

function findSupport(
  flag: TopicFlag,
  sentences: readonly AnalysedSentence[],
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
    if (supports(flag, next) || !satisfiesBag(flag.slots, unionPositives([sentence, next]), GREEN_THRESHOLD))
      continue;
    for (const part of [sentence, next]) {
      if (flag.slots.some((slot) => meetsSlot(slot, part))) add(part.text);
    }
  }
  return found;
}

function supports(flag: TopicFlag, terms: TermSets): boolean {
  const itemMet = flag.items.some(
    (item) => (flag.shape === 'list' || keySlots(item).length >= 2) && satisfiesItem(item, terms),
  );
  if (itemMet || flag.shape === 'list') return itemMet;
  return satisfiesBag(flag.slots, terms, flag.color === 'green' ? GREEN_THRESHOLD : RED_THRESHOLD);
}

function findDenials(flag: TopicFlag, sentences: readonly AnalysedSentence[]): string[] {
  const key = keySlots(flag.slots);
  return sentences
    .filter((sentence) => !sentence.injection && key.some((slot) => deniesSlot(slot, sentence)))
    .slice(0, 2)
    .map((sentence) => sentence.text);
}
