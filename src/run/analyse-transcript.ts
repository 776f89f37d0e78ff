import { alignAnswers } from '../align/align-answers.ts';
import type { AlignOptions } from '../align/align-options.ts';
import type { AnswerSlot } from '../align/schema.ts';
import type { InjectionReport } from '../injection/schema.ts';
import type { Rubric } from '../rubric/schema.ts';
import type { Transcript } from '../transcript/schema.ts';
import { itemsOf, needsJudging, type PlannedItem } from './plan-items.ts';

/** Detection reports by item key, for the items a judge reads (and the stripped twins of suspect ones). */
export type DetectionReports = ReadonlyArray<readonly [string, InjectionReport]>;

/**
 * The costly, judge-independent part of planning a transcript: its answers aligned with the
 * rubric's questions and injection detection on every answer a judge reads. Plain data (it
 * crosses to and from worker threads, see `createAnalysisPool`).
 */
export interface TranscriptAnalysis {
  /** As `alignAnswers` returns them. */
  readonly slots: readonly AnswerSlot[];
  readonly reports: DetectionReports;
}

/**
 * A transcript's analysis as it comes: the alignment first, then detection. A remote judge's
 * call needs only the alignment (the detection decides whether a stripped twin is judged too),
 * so a run sends it while the detection is still running.
 */
export interface PendingAnalysis {
  readonly slots: Promise<readonly AnswerSlot[]>;
  readonly reports: Promise<DetectionReports>;
}

/** Aligns one transcript's answers with the rubric's questions. Pure. */
export function alignTranscript(
  transcript: Transcript,
  rubric: Rubric,
  alignOptions: Partial<AlignOptions>,
): readonly AnswerSlot[] {
  return alignAnswers(transcript, rubric, alignOptions);
}

/** The items of an aligned transcript whose answers a judge reads: what detection scans. Pure. */
export function itemsToScan(
  transcript: Transcript,
  rubric: Rubric,
  slots: readonly AnswerSlot[],
): PlannedItem[] {
  return itemsOf(transcript, rubric, slots).filter(needsJudging);
}
