import { alignAnswers } from '../align/align-answers.ts';
import type { JudgeModel } from '../judge/schema.ts';
import { buildVerdictFormat, type VerdictFormat } from '../judge/verdict-format.ts';
import type { Rubric } from '../rubric/schema.ts';
import type { Transcript } from '../transcript/schema.ts';
import type { ScoredItem } from './schema.ts';

/** A rubric and the transcripts scored against it. */
export interface SetPart {
  readonly rubric: Rubric;
  readonly transcripts: readonly Transcript[];
}

/**
 * Scores every labelled (transcript, question) of a set the way `score` would: the aligner finds
 * the answer, the judge rates it. An item whose question the aligner does not locate keeps a null
 * rating (the figures count it apart); labels for items no part has are ignored.
 */
export async function scoreSet(
  parts: readonly SetPart[],
  labels: ReadonlyMap<string, number>,
  judge: JudgeModel,
): Promise<ScoredItem[]> {
  const items: ScoredItem[] = [];
  // One verdict format per question, as a run builds it (building it is not the judge's cost).
  const formats = new Map<Rubric['questions'][number], VerdictFormat>();
  const formatOf = (question: Rubric['questions'][number]): VerdictFormat => {
    let format = formats.get(question);
    if (format === undefined) {
      format = buildVerdictFormat(question, [], { min: 1, max: 4 });
      formats.set(question, format);
    }
    return format;
  };
  for (const { rubric, transcripts } of parts) {
    for (const transcript of transcripts) {
      const slots = alignAnswers(transcript, rubric);
      for (const [index, slot] of slots.entries()) {
        const key = `${transcript.id}#${slot.question}`;
        const gold = labels.get(key);
        const question = rubric.questions[index];
        if (gold === undefined || question === undefined) continue;
        const located = slot.status !== 'not_asked' && slot.answer.trim() !== '';
        const rating = located ? await rate(judge, key, question, slot.answer, formatOf(question)) : null;
        const words = located ? (slot.answer.match(/\S+/g) ?? []).length : 0;
        items.push({
          key,
          question: `${rubric.id}/${slot.question}`,
          gold,
          rating,
          words,
          alignment: slot.status,
        });
      }
    }
  }
  return items;
}

async function rate(
  judge: JudgeModel,
  itemKey: string,
  question: Rubric['questions'][number],
  answer: string,
  format: VerdictFormat,
): Promise<number | null> {
  const verdict = await judge.judge({
    itemKey,
    question,
    answer,
    sample: 0,
    // The heuristic judge reads the question and the answer, never a rendered prompt.
    prompt: { version: 'validity', messages: [], flagOrder: [], nonce: 'validity' },
    format,
  });
  return verdict.outcome === 'ok' ? verdict.body.rating : null;
}
