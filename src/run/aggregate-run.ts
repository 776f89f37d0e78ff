import { aggregateItem } from '../aggregate/aggregate-item.ts';
import type { ItemResult } from '../aggregate/schema.ts';
import type { ReviewThresholds } from '../aggregate/thresholds.ts';
import type { JudgeVerdict } from '../judge/schema.ts';
import type { Rubric } from '../rubric/schema.ts';
import type { PlannedItem } from './plan-items.ts';
import { type InjectionPlan, TWIN_SUFFIX } from './plan-twins.ts';

/**
 * Turns the planned items and the verdicts gathered for them into results, in plan order.
 * An item whose calls were never made (budget, breaker, interrupt) gets a `judge_failed` verdict
 * saying so, so it is visible and `--resume` completes it.
 */
export function aggregateRun(args: {
  items: readonly PlannedItem[];
  /** Injection reports per item and the stripped twins whose verdicts cap the ratings. */
  injection: InjectionPlan;
  verdictsByItem: ReadonlyMap<string, readonly JudgeVerdict[]>;
  missingByItem: ReadonlyMap<string, string>;
  crossCheckJudges: readonly string[];
  rubric: Rubric;
  thresholds: ReviewThresholds;
}): ItemResult[] {
  const twins = new Map(args.injection.twins.map((t) => [t.key, t]));
  return args.items.map((item) => {
    const verdictsOf = (key: string) => {
      const verdicts = [...(args.verdictsByItem.get(key) ?? [])];
      const missing = args.missingByItem.get(key);
      if (missing !== undefined) {
        verdicts.push({ outcome: 'failed', judge: 'runner', model: '-', sample: 0, error: missing });
      }
      return verdicts;
    };
    const twin = twins.get(`${item.key}${TWIN_SUFFIX}`);
    const report = args.injection.reports.get(item.key);
    return aggregateItem({
      injection: report ?? { suspected: false, spans: [], matches: [] },
      ...(twin === undefined
        ? {}
        : { stripped: { answer: twin.slot.answer, verdicts: verdictsOf(twin.key) } }),
      key: item.key,
      transcript: { id: item.transcript.id, path: item.transcript.source.path, roles: item.transcript.roles },
      question: item.question,
      slot: item.slot,
      verdicts: verdictsOf(item.key),
      crossCheckJudges: args.crossCheckJudges,
      interviewerRating: item.interviewerRating,
      scale: args.rubric.scale,
      rule: args.rubric.rule,
      thresholds: args.thresholds,
    });
  });
}
