import type { AlignOptions } from './align-options.ts';
import type { BlockFeatures } from './describe-blocks.ts';

/** Blocks and questions already settled before similarity is consulted. */
export interface Settled {
  /** Questions owned by an explicit marker. */
  readonly markedQuestions: ReadonlySet<number>;
  /** Blocks carrying a marker, and blocks already judged to be follow-ups. */
  readonly closedBlocks: ReadonlySet<number>;
}

/**
 * Gives each question at most one asking block, best matches first: a question asked twice goes
 * to its best-scoring occurrence. A block takes only a question near its own top score, so a
 * repeat or a follow-up of a question asked elsewhere does not grab a weaker, unrelated one.
 * Returns block index → question index.
 */
export function assignBySimilarity(
  features: readonly BlockFeatures[],
  questionCount: number,
  settled: Settled,
  options: Readonly<AlignOptions>,
): Map<number, number> {
  const pairs: Array<{ block: number; question: number; score: number }> = [];
  for (const feature of features) {
    if (settled.closedBlocks.has(feature.block.index)) continue;
    for (let question = 0; question < questionCount; question += 1) {
      const score = feature.scores[question] ?? 0;
      // Once the candidate's own questions have begun, only an unmistakable match still asks; an
      // agenda ("I'll ask about code and design") names topics, so it needs more than a brush.
      const floor = feature.late
        ? options.strongScore
        : feature.agenda
          ? options.agendaMinScore
          : options.minScore;
      if (score >= floor && !settled.markedQuestions.has(question)) {
        pairs.push({ block: feature.block.index, question, score });
      }
    }
  }
  pairs.sort((a, b) => b.score - a.score || a.block - b.block || a.question - b.question);
  const assigned = new Map<number, number>();
  const taken = new Set<number>();
  for (const pair of pairs) {
    if (assigned.has(pair.block) || taken.has(pair.question)) continue;
    const top = Math.max(...(features[pair.block]?.scores ?? [0]));
    if (pair.score < options.runnerUpRatio * top) continue;
    assigned.set(pair.block, pair.question);
    taken.add(pair.question);
  }
  return assigned;
}
