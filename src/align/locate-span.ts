import type { Rubric } from '../rubric/schema.ts';
import type { Turn } from '../transcript/schema.ts';
import type { AlignOptions } from './align-options.ts';
import type { BlockDecision } from './block-decision.ts';
import type { QuestionIndex } from './build-question-index.ts';
import type { BlockFeatures } from './describe-blocks.ts';
import { findMarkers } from './find-markers.ts';
import type { TurnLayout } from './group-turns.ts';
import { scoreStems } from './score-text.ts';
import type { TextReader } from './text-reader.ts';

/** The decided transcript: what slot building reads. */
export interface AlignedTranscript {
  readonly turns: readonly Turn[];
  readonly layout: TurnLayout;
  readonly features: readonly BlockFeatures[];
  readonly decisions: readonly BlockDecision[];
  readonly rubric: Rubric;
  readonly index: QuestionIndex;
  readonly options: Readonly<AlignOptions>;
  readonly read: TextReader;
}

/** A candidate's answer: first and last answering turn, their text, and whether a role was guessed. */
export interface Span {
  readonly turns: readonly [number, number];
  readonly answer: string;
  readonly guessed: boolean;
}

/**
 * The answer after a block: the answering turns from the block to the next block that asks or
 * ends (follow-up blocks in between stay inside; their own words are not part of `answer`).
 */
export function locateSpan(aligned: AlignedTranscript, blockPosition: number): Span | null {
  const { blocks, asking, guessed } = aligned.layout;
  const block = blocks[blockPosition];
  if (block === undefined) return null;
  let end = aligned.turns.length;
  for (let next = blockPosition + 1; next < blocks.length; next += 1) {
    if (aligned.decisions[next]?.kind !== 'continue') {
      end = blocks[next]?.first ?? end;
      break;
    }
  }
  const answering: number[] = [];
  for (let at = block.last + 1; at < end; at += 1) if (asking[at] !== true) answering.push(at);
  const first = answering[0];
  const last = answering[answering.length - 1];
  if (first === undefined || last === undefined) return null;
  return {
    turns: [first, last],
    answer: answering.map((at) => aligned.turns[at]?.text.trim() ?? '').join('\n\n'),
    guessed: block.guessed || guessed.slice(first, last + 1).some(Boolean),
  };
}

/** The turn of a block that asks the question: the one with the marker, else the best-matching one. */
export function locateAskingTurn(
  aligned: AlignedTranscript,
  blockPosition: number,
  question: number,
  method: 'marker' | 'similarity',
): number {
  const block = aligned.layout.blocks[blockPosition];
  if (block === undefined) return -1;
  let best = block.first;
  let bestScore = -1;
  for (let at = block.first; at <= block.last; at += 1) {
    const text = aligned.turns[at]?.text ?? '';
    if (method === 'marker' && findMarkers(text, aligned.rubric).includes(question)) return at;
    if (aligned.read.verbatim(text).includes(question)) return at;
    const score = scoreStems(aligned.read.stems(text), aligned.index, aligned.options)[question] ?? 0;
    if (score > bestScore) {
      best = at;
      bestScore = score;
    }
  }
  return best;
}
