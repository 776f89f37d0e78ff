import type { AlignOptions } from './align-options.ts';
import type { BlockFeatures } from './describe-blocks.ts';

/** The question a part of a block clearly asks: its best match, above `minScore` and clear of the runner-up. */
function clearTop(scores: readonly number[], options: Readonly<AlignOptions>): number | null {
  let best = -1;
  let top = 0;
  let second = 0;
  scores.forEach((score, question) => {
    if (score > top) {
      second = top;
      top = score;
      best = question;
    } else if (score > second) second = score;
  });
  if (best < 0 || top < options.minScore || (top - second) / top < options.minMargin) return null;
  return best;
}

/**
 * Rubric questions asked together in one block ("How do you test it, and how do you notice when
 * one part is slow?"): two or more of its question parts each clearly match a different question.
 * Empty when the block asks one thing, or when it lays out an agenda or closes the interview.
 */
export function findBundledQuestions(feature: BlockFeatures, options: Readonly<AlignOptions>): number[] {
  if (feature.agenda || feature.late) return [];
  const tops = new Set<number>();
  for (const scores of feature.partScores) {
    const top = clearTop(scores, options);
    if (top !== null) tops.add(top);
  }
  return tops.size >= 2 ? [...tops].sort((a, b) => a - b) : [];
}
