import { alignAnswers } from '../align/align-answers.ts';
import type { AlignOptions } from '../align/align-options.ts';
import type { AnswerSlot } from '../align/schema.ts';
import type { Question, Rubric } from '../rubric/schema.ts';
import type { Transcript } from '../transcript/schema.ts';

/** One (transcript, question) pair to score. */
export interface PlannedItem {
  readonly key: string;
  readonly transcript: Transcript;
  readonly question: Question;
  readonly slot: AnswerSlot;
  readonly interviewerRating: number | null;
}

/** `<transcript id>#<question id>`: the stable key of an item across runs. */
export function itemKey(transcriptId: string, questionId: string): string {
  return `${transcriptId}#${questionId}`;
}

/** Aligns every transcript with the rubric: one item per (transcript, question), in order. */
export function planItems(
  transcripts: readonly Transcript[],
  rubric: Rubric,
  alignOptions: Partial<AlignOptions> = {},
): PlannedItem[] {
  return transcripts.flatMap((transcript) =>
    itemsOf(transcript, rubric, alignAnswers(transcript, rubric, alignOptions)),
  );
}

/** One transcript's items from its aligned slots (as `alignAnswers` returns them). */
export function itemsOf(transcript: Transcript, rubric: Rubric, slots: readonly AnswerSlot[]): PlannedItem[] {
  return rubric.questions.map((question, i): PlannedItem => {
    const slot = slots.find((s) => s.question === question.id) ?? slots[i];
    if (slot === undefined) throw new Error(`alignAnswers returned no slot for ${question.id}`);
    return {
      key: itemKey(transcript.id, question.id),
      transcript,
      question,
      slot,
      interviewerRating: readInterviewerRating(transcript, question.id, rubric),
    };
  });
}

/** The interviewer's own rating from metadata, as a number on the rubric's scale, or null. */
function readInterviewerRating(transcript: Transcript, questionId: string, rubric: Rubric): number | null {
  const raw = transcript.metadata.ratings?.[questionId];
  if (raw === undefined) return null;
  if (typeof raw === 'number') return raw;
  const text = raw.trim();
  // An empty cell is no rating: `Number('')` would read it as 0.
  if (text === '') return null;
  // Labels as people write them: "Strong", "red flag", "Red-Flag" → `strong`, `red_flag`.
  const wanted = text.toLowerCase().replace(/[\s-]+/g, '_');
  const byLabel = Object.entries(rubric.scale.labels).find(([, label]) => label.toLowerCase() === wanted);
  const value = byLabel ? Number(byLabel[0]) : Number(text);
  return Number.isFinite(value) ? value : null;
}

/** Items whose answer a judge must read: asked (or possibly asked) with some answer text. */
export function needsJudging(item: PlannedItem): boolean {
  return item.slot.status !== 'not_asked' && item.slot.answer.trim().length > 0;
}
