import { alignAnswers } from '../align/align-answers.ts';
import type { AlignOptions } from '../align/align-options.ts';
import type { AnswerSlot } from '../align/schema.ts';
import type { InjectionReport } from '../injection/schema.ts';
import type { Rubric } from '../rubric/schema.ts';
import type { Transcript } from '../transcript/schema.ts';
import { itemsOf, needsJudging } from './plan-items.ts';
import { detectItem } from './plan-twins.ts';

/**
 * The costly, judge-independent part of planning a transcript: its answers aligned with the
 * rubric's questions and injection detection on every answer a judge reads. Plain data (it
 * crosses to and from worker threads, see `createAnalysisPool`).
 */
export interface TranscriptAnalysis {
  /** As `alignAnswers` returns them. */
  readonly slots: readonly AnswerSlot[];
  /** Detection reports by item key, for the items a judge reads. */
  readonly reports: ReadonlyArray<readonly [string, InjectionReport]>;
}

/** Aligns one transcript and runs detection on its answers. Pure. */
export function analyseTranscript(
  transcript: Transcript,
  rubric: Rubric,
  alignOptions: Partial<AlignOptions>,
): TranscriptAnalysis {
  const slots = alignAnswers(transcript, rubric, alignOptions);
  const reports = itemsOf(transcript, rubric, slots)
    .filter(needsJudging)
    .map((item) => [item.key, detectItem(item)] as const);
  return { slots, reports };
}
