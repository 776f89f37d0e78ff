import type { Turn } from '../transcript/schema.ts';
import { isBackChannel } from './classify-block.ts';

/**
 * A maximal run of consecutive interviewer turns: where a question (or small talk) is asked. A
 * candidate's back-channel inside a question the interviewer has not finished belongs to the run
 * (its `first..last` range) but not to its `text`.
 */
export interface Block {
  /** 0-based position among the blocks. */
  readonly index: number;
  /** First and last turn index of the run. */
  readonly first: number;
  readonly last: number;
  readonly text: string;
  /** Some turn in the run had role `unknown` and was taken for a question by its `?`. */
  readonly guessed: boolean;
}

/** Turns seen as "asking" (interviewer) or "answering" (candidate), and the asking blocks. */
export interface TurnLayout {
  /** Per turn: true when it is on the interviewer's side. */
  readonly asking: readonly boolean[];
  /** Per turn: its role was unknown and guessed. */
  readonly guessed: readonly boolean[];
  readonly blocks: readonly Block[];
}

/** A turn whose role is unknown asks when it ends with a question mark (quotes/brackets allowed after it). */
function endsWithQuestion(text: string): boolean {
  return /\?["'\u201d\u2019)\]]*\s*$/.test(text);
}

/** The interviewer stopped mid-sentence (ASR cut the question into segments): no closing punctuation. */
function endsMidSentence(text: string): boolean {
  return !/[.?!]["'\u201d\u2019)\]]*\s*$/.test(text);
}

/**
 * A candidate's "mm-hm" while the interviewer is still mid-sentence ("So when integrating with
 * external APIs," / "Mm-hm." / "how do you design…?"): part of the asking, not of an answer.
 */
function isInterjection(turns: readonly Turn[], asking: readonly boolean[], index: number): boolean {
  const before = turns[index - 1];
  return (
    asking[index] !== true &&
    asking[index - 1] === true &&
    asking[index + 1] === true &&
    before !== undefined &&
    endsMidSentence(before.text) &&
    isBackChannel(turns[index]?.text ?? '')
  );
}

/** Splits the transcript into interviewer blocks; unknown roles are guessed from punctuation. */
export function groupTurns(turns: readonly Turn[]): TurnLayout {
  const guessed = turns.map((turn) => turn.role === 'unknown');
  const asking = turns.map((turn) =>
    turn.role === 'unknown' ? endsWithQuestion(turn.text) : turn.role === 'interviewer',
  );
  const blocks: Block[] = [];
  let start = -1;
  for (let index = 0; index <= turns.length; index += 1) {
    if (
      index < turns.length &&
      (asking[index] === true || (start >= 0 && isInterjection(turns, asking, index)))
    ) {
      if (start < 0) start = index;
      continue;
    }
    if (start >= 0) {
      const run = turns.slice(start, index).filter((_, offset) => asking[start + offset] === true);
      blocks.push({
        index: blocks.length,
        first: start,
        last: index - 1,
        text: run.map((turn) => turn.text).join('\n'),
        guessed: guessed.slice(start, index).some(Boolean),
      });
      start = -1;
    }
  }
  return { asking, guessed, blocks };
}
