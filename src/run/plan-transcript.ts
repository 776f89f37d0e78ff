import type { AnswerSlot } from '../align/schema.ts';
import type { createVerdictFormatCache } from '../judge/verdict-format.ts';
import { createRedactor, type Redactor } from '../redact/create-redactor.ts';
import type { Rubric } from '../rubric/schema.ts';
import type { Transcript } from '../transcript/schema.ts';
import type { DetectionReports } from './analyse-transcript.ts';
import type { JudgeSpec } from './judge-spec.ts';
import { itemsOf, type PlannedItem } from './plan-items.ts';
import { type JudgeJob, planJobs } from './plan-jobs.ts';
import { type InjectionPlan, planInjectionTwins } from './plan-twins.ts';

/** One transcript's share of a run: its items, their injection twins and the judge calls to make. */
export interface TranscriptPlan {
  readonly items: readonly PlannedItem[];
  readonly injection: InjectionPlan;
  /** Every call, in plan order (item, then judge, then sample; twins after the items). */
  readonly jobs: readonly JudgeJob[];
  /** The classes of personal data its redactor found (for the manifest). */
  readonly redactionClasses: readonly string[];
}

/** What planning a transcript needs besides the transcript. */
export interface PlanSettings {
  readonly rubric: Rubric;
  readonly specs: readonly JudgeSpec[];
  readonly secret: string;
  readonly redact: boolean;
  readonly redactTerms: readonly string[];
  /** The run's verdict formats, shared by every transcript. */
  readonly formatOf: ReturnType<typeof createVerdictFormatCache>;
}

/** A transcript planned as far as its alignment allows: its items and the remote judges' calls on them. */
export interface FirstCalls {
  readonly transcript: Transcript;
  readonly items: readonly PlannedItem[];
  /** The remote judges' calls on the items as answered (they do not depend on detection). */
  readonly jobs: readonly JudgeJob[];
  readonly redactor: Redactor | null;
}

/**
 * The calls that can be made once a transcript is aligned: remote judges' calls on its answers
 * (a local judge is handed the detection report with the answer, and a stripped twin exists only
 * once detection has run). Remote judges read the redacted answers; with no remote judge there is
 * nothing to redact, and no classes are reported. Pure.
 */
export function planFirstCalls(
  settings: PlanSettings,
  transcript: Transcript,
  slots: readonly AnswerSlot[],
): FirstCalls {
  const items = itemsOf(transcript, settings.rubric, slots);
  // Redaction is for what leaves the machine: a run of local judges only sends nothing.
  const redactor =
    settings.redact && settings.specs.some((spec) => spec.remote)
      ? createRedactor(transcript, settings.redactTerms)
      : null;
  const jobs = jobsFor(
    settings,
    items,
    settings.specs.filter((spec) => spec.remote),
    redactor,
  );
  return { transcript, items, jobs, redactor };
}

/**
 * The rest of a transcript's plan once detection has run: a stripped twin for every answer that
 * carries suspect text, every judge's calls on the twins and the local judges' calls on the
 * answers. `later` holds the calls not in `first.jobs`; the plan's `jobs` hold them all. Pure.
 */
export function planAfterDetection(
  settings: PlanSettings,
  first: FirstCalls,
  reports: DetectionReports,
): { readonly plan: TranscriptPlan; readonly later: readonly JudgeJob[] } {
  const injection = planInjectionTwins(first.items, new Map(reports));
  const local = settings.specs.filter((spec) => !spec.remote);
  const later = [
    ...jobsFor(settings, first.items, local, first.redactor, injection),
    ...jobsFor(settings, injection.twins, settings.specs, first.redactor, injection),
  ];
  const plan = {
    items: first.items,
    injection,
    jobs: inPlanOrder([...first.items, ...injection.twins], settings.specs, [...first.jobs, ...later]),
    redactionClasses: first.redactor?.classes ?? [],
  };
  return { plan, later };
}

function jobsFor(
  settings: PlanSettings,
  items: readonly PlannedItem[],
  specs: readonly JudgeSpec[],
  redactor: Redactor | null,
  injection?: InjectionPlan,
): JudgeJob[] {
  if (specs.length === 0 || items.length === 0) return [];
  return planJobs({
    items,
    specs,
    rubric: settings.rubric,
    secret: settings.secret,
    redactorOf: () => redactor,
    ...(injection === undefined ? {} : { injection: injection.reports }),
    formatOf: settings.formatOf,
  });
}

/** `jobs` in the order `planJobs` would give them for `items` × `specs` (item, judge, sample). */
function inPlanOrder(
  items: readonly PlannedItem[],
  specs: readonly JudgeSpec[],
  jobs: readonly JudgeJob[],
): JudgeJob[] {
  const itemRank = new Map(items.map((item, i) => [item.key, i]));
  const specRank = new Map(specs.map((spec, i) => [spec, i]));
  const item = (job: JudgeJob) => itemRank.get(job.itemKey) ?? 0;
  const spec = (job: JudgeJob) => specRank.get(job.spec) ?? 0;
  return [...jobs].sort((a, b) => item(a) - item(b) || spec(a) - spec(b) || a.sample - b.sample);
}
