import type { InjectionReport } from '../injection/detect-injection.ts';
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
  /** The reports of these items and their twins (`analyseTranscript`), by item key: one per item a judge reads. */
  known: ReadonlyMap<string, InjectionReport>,
): InjectionPlan {
  const reports = new Map<string, InjectionReport>();
  const twins: PlannedItem[] = [];
  for (const item of items.filter(needsJudging)) {
    const report = known.get(item.key);
    // (Every item a judge reads was scanned by the analyser: a missing report is a bug, never "clean".)
    if (report === undefined) throw new Error(`no injection report for ${item.key}`);
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
export function twinOf(item: PlannedItem, report: InjectionReport): PlannedItem {
  const stripped = removeSpans(item.slot.answer, report.spans);
  return { ...item, key: `${item.key}${TWIN_SUFFIX}`, slot: { ...item.slot, answer: stripped } };
}
