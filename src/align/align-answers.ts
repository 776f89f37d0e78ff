import type { Rubric } from '../rubric/schema.ts';
import type { Transcript } from '../transcript/schema.ts';
import { type AlignOptions, resolveAlignOptions } from './align-options.ts';
import { buildQuestionIndex, type QuestionIndex } from './build-question-index.ts';
import { buildSlot } from './build-slot.ts';
import { decideBlocks } from './decide-blocks.ts';
import { describeBlocks } from './describe-blocks.ts';
import { groupTurns } from './group-turns.ts';
import type { AnswerSlot } from './schema.ts';
import { createTextReader } from './text-reader.ts';

/**
 * Each rubric's question index, built once per set of options: it depends on the rubric alone,
 * and a run aligns thousands of transcripts against one rubric. Keyed weakly, so a rubric no
 * longer used takes its index with it.
 */
const INDEXES = new WeakMap<Rubric, Map<string, QuestionIndex>>();
function questionIndexOf(rubric: Rubric, options: Readonly<AlignOptions>): QuestionIndex {
  let byOptions = INDEXES.get(rubric);
  if (byOptions === undefined) {
    byOptions = new Map();
    INDEXES.set(rubric, byOptions);
  }
  const key = JSON.stringify(options);
  let index = byOptions.get(key);
  if (index === undefined) {
    index = buildQuestionIndex(rubric, options);
    byOptions.set(key, index);
  }
  return index;
}

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
  const index = questionIndexOf(rubric, resolved);
  const layout = groupTurns(transcript.turns);
  const read = createTextReader(index, resolved);
  const features = describeBlocks(transcript.turns, layout, rubric, index, resolved, read);
  const decisions = decideBlocks(features, index, resolved);
  const aligned = {
    turns: transcript.turns,
    layout,
    features,
    decisions,
    rubric,
    index,
    options: resolved,
    read,
  };
  return rubric.questions.map((_, question) => buildSlot(aligned, question));
}
