import type { Rubric } from '../rubric/schema.ts';
import type { Transcript } from '../transcript/schema.ts';
import { type AlignOptions, resolveAlignOptions } from './align-options.ts';
import { buildQuestionIndex } from './build-question-index.ts';
import { buildSlot } from './build-slot.ts';
import { decideBlocks } from './decide-blocks.ts';
import { describeBlocks } from './describe-blocks.ts';
import { groupTurns } from './group-turns.ts';
import type { AnswerSlot } from './schema.ts';

/**
 * Finds, for every rubric question, the turns of the transcript that answer it: one `AnswerSlot`
 * per question, in rubric order. Deterministic and lexical (no model): explicit markers
 * ("Question 5:") win; otherwise each run of interviewer turns is matched to the question whose
 * IDF-weighted words it covers best, follow-ups and back-channels stay with the question before
 * them, and small talk or off-rubric questions end a span.
 */
export function alignAnswers(
  transcript: Transcript,
  rubric: Rubric,
  options: Partial<AlignOptions> = {},
): AnswerSlot[] {
  const resolved = resolveAlignOptions(options);
  const index = buildQuestionIndex(rubric, resolved);
  const layout = groupTurns(transcript.turns);
  const features = describeBlocks(transcript.turns, layout, rubric, index, resolved);
  const decisions = decideBlocks(features, index, resolved);
  const aligned = { turns: transcript.turns, layout, features, decisions, rubric, index, options: resolved };
  return rubric.questions.map((_, question) => buildSlot(aligned, question));
}
