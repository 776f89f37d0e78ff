import type { AlignOptions } from './align-options.ts';
import type { BlockFeatures } from './describe-blocks.ts';
import { findBundledQuestions } from './find-bundled-questions.ts';

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
 * repeat or a follow-up of a question asked elsewhere does not grab a weaker, unrelated one;
 * a block that asks several questions in separate parts may take each of them.
 * Returns block index → question indices.
 */
export function assignBySimilarity(
  features: readonly BlockFeatures[],
  questionCount: number,
  settled: Settled,
  options: Readonly<AlignOptions>,
): Map<number, number[]> {
  const pairs: Array<{ block: number; question: number; score: number }> = [];
  const bundles = new Map<number, ReadonlySet<number>>();
  for (const feature of features) {
    if (settled.closedBlocks.has(feature.block.index)) continue;
    bundles.set(feature.block.index, new Set(findBundledQuestions(feature, options)));
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
  const assigned = new Map<number, number[]>();
  const taken = new Set<number>();
  for (const pair of pairs) {
    if (taken.has(pair.question)) continue;
    const bundle = bundles.get(pair.block) ?? new Set<number>();
    const held = assigned.get(pair.block) ?? [];
    const inBundle = bundle.has(pair.question) && held.every((question) => bundle.has(question));
    if (held.length > 0 && !inBundle) continue;
    const top = Math.max(...(features[pair.block]?.scores ?? [0]));
    if (!inBundle && pair.score < options.runnerUpRatio * top) continue;
    assigned.set(pair.block, [...held, pair.question]);
    taken.add(pair.question);
  }
  return assigned;
}
