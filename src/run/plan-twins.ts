import type { InjectionReport } from '../injection/detect-injection.ts';
import { detectInjectionCached } from '../injection/detect-injection-cached.ts';
import { flagTermsOf } from '../injection/flag-terms.ts';
import { removeSpans } from '../injection/remove-spans.ts';
import { needsJudging, type PlannedItem } from './plan-items.ts';

/** The key suffix of an item's stripped twin (never an item of its own in the results). */
export const TWIN_SUFFIX = '~stripped';

/** What injection detection found per item, and the stripped twins to judge beside the originals. */
export interface InjectionPlan {
  /**
   * By item key; only items whose answer a judge reads, and the twins whose detection was
   * already run where the item's was (`detectItem`): a local judge reads it with the twin.
   */
  readonly reports: ReadonlyMap<string, InjectionReport>;
  /** One per suspect item with text left once the spans are removed: judged like any item. */
  readonly twins: readonly PlannedItem[];
}

/**
 * The guarantee behind `injection_suspected`: an answer carrying suspect text (addressed to the
 * evaluator, role markers, wrapper escapes, fake errata, compliance claims, keyword stuffing…)
 * is also judged with those spans removed, by every judge and sample, and the item keeps the
 * lower rating. So no text, whether the detector or the judges notice what it does, can rate an
 * answer above what it says without it. Pure.
 */
export function planInjectionTwins(
  items: readonly PlannedItem[],
  /** Reports already made for these items (`analyseTranscript`), by item key; the others are made here. */
  known: ReadonlyMap<string, InjectionReport> = new Map(),
): InjectionPlan {
  const reports = new Map<string, InjectionReport>();
  const twins: PlannedItem[] = [];
  for (const item of items.filter(needsJudging)) {
    const report = known.get(item.key) ?? detectAnswer(item);
    reports.set(item.key, report);
    if (!report.suspected) continue;
    const twin = twinOf(item, report);
    twins.push(twin);
    const twinReport = known.get(twin.key);
    if (twinReport !== undefined) reports.set(twin.key, twinReport);
  }
  return { reports, twins };
}

/** The item with its suspect spans removed, under the twin's key. */
function twinOf(item: PlannedItem, report: InjectionReport): PlannedItem {
  const stripped = removeSpans(item.slot.answer, report.spans);
  return { ...item, key: `${item.key}${TWIN_SUFFIX}`, slot: { ...item.slot, answer: stripped } };
}

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
