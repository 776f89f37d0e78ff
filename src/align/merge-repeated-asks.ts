import type { AlignOptions } from './align-options.ts';
import type { BlockDecision } from './block-decision.ts';
import type { BlockFeatures } from './describe-blocks.ts';

/**
 * A question asked, then asked again in better words right after (the candidate asked what was
 * meant, or started answering): the span starts at the first asking. An earlier block counts as
 * a first asking when it asks something (no follow-up cue) and the question is its best match
 * among the questions not asked elsewhere.
 */
export function mergeRepeatedAsks(
  decisions: readonly BlockDecision[],
  features: readonly BlockFeatures[],
  options: AlignOptions,
): BlockDecision[] {
  const merged = [...decisions];
  const askedAt = new Map<number, number>();
  merged.forEach((decision, at) => {
    if (decision.kind === 'ask') for (const question of decision.questions) askedAt.set(question, at);
  });
  const isFirstAsking = (at: number, question: number): boolean => {
    const feature = features[at];
    const kind = merged[at]?.kind;
    if (feature === undefined || kind === 'ask' || !feature.questionLike || feature.late) return false;
    if (kind === 'continue' && (feature.followUpCue || feature.backChannel)) return false;
    const score = feature.scores[question] ?? 0;
    if (score < options.minScore) return false;
    return feature.scores.every((other, q) => other <= score || (askedAt.get(q) ?? at) !== at);
  };
  for (let at = 1; at < merged.length; at += 1) {
    const decision = merged[at];
    if (decision?.kind !== 'ask' || decision.method !== 'similarity' || decision.questions.length !== 1)
      continue;
    const question = decision.questions[0] ?? -1;
    let start = at;
    while (start > 0 && isFirstAsking(start - 1, question)) start -= 1;
    if (start === at) continue;
    merged[start] = decision;
    for (let later = start + 1; later <= at; later += 1) merged[later] = { kind: 'continue' };
  }
  return merged;
}
