import type { Rubric } from '../rubric/schema.ts';
import type { Turn } from '../transcript/schema.ts';
import type { AlignOptions } from './align-options.ts';
import type { QuestionIndex } from './build-question-index.ts';
import {
  hasAgendaCue,
  hasClosingCue,
  hasFollowUpCue,
  hasTransitionCue,
  isBackChannel,
  isQuestionLike,
} from './classify-block.ts';
import { findMarkers } from './find-markers.ts';
import type { Block, TurnLayout } from './group-turns.ts';
import { scoreStems } from './score-text.ts';
import { splitQuestions } from './split-questions.ts';
import { createTextReader, type TextReader } from './text-reader.ts';
import { splitWords } from './tokenize-text.ts';

/** Everything the decision pass needs to know about one interviewer block. */
export interface BlockFeatures {
  readonly block: Block;
  readonly stems: ReadonlySet<string>;
  /** Similarity to each rubric question (see `scoreStems`). */
  readonly scores: readonly number[];
  /** The same, for each question the block asks on its own ("How do you X, and what about Y?"). */
  readonly partScores: ReadonlyArray<readonly number[]>;
  /** Questions the block reads out word for word (their scores are raised to `verbatimScore`). */
  readonly verbatim: readonly number[];
  /** Questions explicitly announced in the block ("Question 5:"). */
  readonly markers: readonly number[];
  readonly wordCount: number;
  readonly backChannel: boolean;
  readonly transition: boolean;
  readonly followUpCue: boolean;
  readonly questionLike: boolean;
  /** At or after the first closing cue ("any questions for me?"): the rubric part is over. */
  readonly late: boolean;
  /** Lays out the plan ("I'll ask about…"): names topics, so weak matches mean nothing. */
  readonly agenda: boolean;
  /** Content stems of the candidate's reply: the answering turns after the block, up to the next one. */
  readonly replyStems: ReadonlySet<string>;
}

/** Scores and classifies every interviewer block of a transcript. */
export function describeBlocks(
  turns: readonly Turn[],
  layout: TurnLayout,
  rubric: Rubric,
  index: QuestionIndex,
  options: Readonly<AlignOptions>,
  read: TextReader = createTextReader(index, options),
): BlockFeatures[] {
  let late = false;
  return layout.blocks.map((block, position) => {
    late = late || hasClosingCue(block.text);
    const stems = read.stems(block.text);
    const verbatim = read.verbatim(block.text);
    const replyEnd = layout.blocks[position + 1]?.first ?? turns.length;
    const reply = turns.slice(block.last + 1, replyEnd).map((turn) => turn.text);
    return {
      block,
      stems,
      scores: raiseVerbatim(scoreStems(stems, index, options), verbatim, options),
      partScores: splitQuestions(block.text).map((part) =>
        raiseVerbatim(scoreStems(read.stems(part), index, options), read.verbatim(part), options),
      ),
      verbatim,
      markers: findMarkers(block.text, rubric),
      wordCount: splitWords(block.text).length,
      backChannel: isBackChannel(block.text),
      transition: hasTransitionCue(block.text),
      followUpCue: hasFollowUpCue(block.text),
      questionLike: isQuestionLike(block.text),
      late,
      agenda: hasAgendaCue(block.text),
      replyStems: read.stems(reply.join('\n')),
    };
  });
}

/** A question read out word for word is asked, however little its words weigh. */
function raiseVerbatim(
  scores: number[],
  verbatim: readonly number[],
  options: Readonly<AlignOptions>,
): number[] {
  for (const question of verbatim) scores[question] = Math.max(scores[question] ?? 0, options.verbatimScore);
  return scores;
}
