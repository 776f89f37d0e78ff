import type { AlignOptions } from '../align/align-options.ts';
import type { createVerdictFormatCache } from '../judge/verdict-format.ts';
import { createRedactor } from '../redact/create-redactor.ts';
import type { Rubric } from '../rubric/schema.ts';
import type { Transcript } from '../transcript/schema.ts';
import { analyseTranscript, type TranscriptAnalysis } from './analyse-transcript.ts';
import type { JudgeSpec } from './judge-spec.ts';
import { itemsOf, type PlannedItem } from './plan-items.ts';
import { type JudgeJob, planJobs } from './plan-jobs.ts';
import { type InjectionPlan, planInjectionTwins } from './plan-twins.ts';

/** One transcript's share of a run: its items, their injection twins and the judge calls to make. */
export interface TranscriptPlan {
  readonly items: readonly PlannedItem[];
  readonly injection: InjectionPlan;
  readonly jobs: readonly JudgeJob[];
  /** The classes of personal data its redactor found (for the manifest). */
  readonly redactionClasses: readonly string[];
}

/**
 * Aligns one transcript with the rubric (or takes its `analysis`), plans a stripped twin for every answer that carries
 * suspect text, and renders the judge calls (remote judges read the redacted answers; with no
 * remote judge there is nothing to redact, and no classes are reported). A run
 * plans transcript by transcript while earlier ones are judged. Pure.
 */
export function planTranscript(args: {
  readonly transcript: Transcript;
  readonly rubric: Rubric;
  readonly alignOptions: Partial<AlignOptions>;
  readonly specs: readonly JudgeSpec[];
  readonly secret: string;
  readonly redact: boolean;
  readonly redactTerms: readonly string[];
  /** The run's verdict formats, shared by every transcript. */
  readonly formatOf: ReturnType<typeof createVerdictFormatCache>;
  /** Its alignment and detection when already made (in a worker thread); else made here. */
  readonly analysis?: TranscriptAnalysis;
}): TranscriptPlan {
  const analysis = args.analysis ?? analyseTranscript(args.transcript, args.rubric, args.alignOptions);
  const items = itemsOf(args.transcript, args.rubric, analysis.slots);
  const injection = planInjectionTwins(items, new Map(analysis.reports));
  // Redaction is for what leaves the machine: a run of local judges only sends nothing.
  const redactor =
    args.redact && args.specs.some((spec) => spec.remote)
      ? createRedactor(args.transcript, args.redactTerms)
      : null;
  const jobs = planJobs({
    items: [...items, ...injection.twins],
    specs: args.specs,
    rubric: args.rubric,
    secret: args.secret,
    redactorOf: () => redactor,
    injection: injection.reports,
    formatOf: args.formatOf,
  });
  return { items, injection, jobs, redactionClasses: redactor?.classes ?? [] };
}
