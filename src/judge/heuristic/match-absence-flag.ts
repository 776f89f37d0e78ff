import { type AnalysedAnswer, isUsable } from './analyse-answer.ts';
import type { CompiledFlag } from './compile-question.ts';
import type { FlagMatch } from './match-topic-flag.ts';

type AbsenceFlag = Extract<CompiledFlag, { kind: 'absence' }>;

/** Below this many words an answer is too short to conclude that something is missing. */
export const SUBSTANTIVE_WORDS = 25;

/** What the green flags came to, which an absence-type red flag needs. */
export interface GreenOutcome {
  readonly anyPresent: boolean;
  readonly anyUnclear: boolean;
  /** Quotes of the present green flags, in flag order. */
  readonly evidence: readonly string[];
}

/**
 * An absence-type red flag ("No mention of error handling or resiliency.", "Doesn't know the
 * mutable default argument bug.") is `absent` when the answer plainly uses one of its topic terms
 * or a green flag is present (quoting those sentences), `unclear` when it only hedges about them or
 * is too short to tell (< SUBSTANTIVE_WORDS words), else `present` (nothing to quote: the finding
 * is what is missing).
 */
export function matchAbsenceFlag(flag: AbsenceFlag, answer: AnalysedAnswer, greens: GreenOutcome): FlagMatch {
  const topic = [...flag.terms, ...flag.related];
  const mentioning = answer.sentences.filter(
    (sentence) => isUsable(sentence) && topic.some((term) => sentence.positive.has(term)),
  );
  const plain = mentioning.filter((sentence) => !sentence.hedged).map((sentence) => sentence.text);
  if (plain.length > 0 || greens.anyPresent) {
    const evidence = [...plain, ...greens.evidence.filter((quote) => !plain.includes(quote))];
    return { status: 'absent', evidence: evidence.slice(0, 2), credit: 0 };
  }
  if (mentioning.length > 0) {
    return {
      status: 'unclear',
      evidence: mentioning.slice(0, 2).map((sentence) => sentence.text),
      credit: 0,
    };
  }
  if (greens.anyUnclear || answer.words < SUBSTANTIVE_WORDS)
    return { status: 'unclear', evidence: [], credit: 0 };
  return { status: 'present', evidence: [], credit: 0 };
}
