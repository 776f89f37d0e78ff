import type { AlignOptions } from '../align/align-options.ts';
import type { AnswerSlot } from '../align/schema.ts';
import { detectInjectionCached } from '../injection/detect-injection-cached.ts';
import { flagTermsOf } from '../injection/flag-terms.ts';
import type { InjectionReport } from '../injection/schema.ts';
import type { Rubric } from '../rubric/schema.ts';
import type { Transcript } from '../transcript/schema.ts';
import {
  alignTranscript,
  type DetectionReports,
  itemsToScan,
  type TranscriptAnalysis,
} from './analyse-transcript.ts';
import type { PlannedItem } from './plan-items.ts';
import { twinOf } from './plan-twins.ts';

/**
 * Injection detection on a run's items: the one module of the run that loads the detector (its
 * patterns, lexicons and learned model, about 0.1 s to load), so that a run whose detection
 * happens in worker threads never loads it on the main thread (`inThreadAnalyser` and the
 * analysis pool import it when they first detect there).
 */

/** Detection on an item's answer, with its question's flag terms (what keyword stuffing is measured by). */
function detectAnswer(item: PlannedItem): InjectionReport {
  return detectInjectionCached(item.slot.answer, { flagTerms: flagTermsOf(item.question) });
}

/**
 * Detection on an item's answer and, when it is suspect, on its stripped twin's (by key, the
 * item's first): the twin's report is what a local judge reads with the twin, so it is made
 * where the item's was (a worker thread, warm) rather than by the judge on the main thread.
 */
export function detectItem(item: PlannedItem): Array<readonly [string, InjectionReport]> {
  const report = detectAnswer(item);
  if (!report.suspected) return [[item.key, report]];
  const twin = twinOf(item, report);
  return [
    [item.key, report],
    [twin.key, detectAnswer(twin)],
  ];
}

/** Injection detection on every answer of an aligned transcript that a judge reads. Pure. */
export function detectTranscript(
  transcript: Transcript,
  rubric: Rubric,
  slots: readonly AnswerSlot[],
): DetectionReports {
  return itemsToScan(transcript, rubric, slots).flatMap(detectItem);
}

/** Aligns one transcript and runs detection on its answers. Pure. */
export function analyseTranscript(
  transcript: Transcript,
  rubric: Rubric,
  alignOptions: Partial<AlignOptions>,
): TranscriptAnalysis {
  const slots = alignTranscript(transcript, rubric, alignOptions);
  return { slots, reports: detectTranscript(transcript, rubric, slots) };
}
