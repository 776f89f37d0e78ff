import type { InjectionReport } from '../injection/schema.ts';
import type { JudgeRequest } from '../judge/schema.ts';
import { createVerdictFormatCache } from '../judge/verdict-format.ts';
import { renderJudgePrompt } from '../prompt/render-judge-prompt.ts';
import type { Redactor } from '../redact/create-redactor.ts';
import type { Rubric } from '../rubric/schema.ts';
import type { JudgeSpec } from './judge-spec.ts';
import { needsJudging, type PlannedItem } from './plan-items.ts';

/** One judge call to make (or to find in the journal or the cache). */
export interface JudgeJob {
  /** Hash of everything that determines the response: the journal and cache key. */
  readonly key: string;
  readonly itemKey: string;
  readonly spec: JudgeSpec;
  readonly sample: number;
  readonly request: JudgeRequest;
  /** Restores PII placeholders in what the judge quotes back. */
  readonly restore: (text: string) => string;
}

/**
 * Renders one request per (item that needs judging, judge, sample). Remote judges read the
 * redacted answer; local ones the original. Pure: the same inputs give the same keys.
 */
export function planJobs(args: {
  items: readonly PlannedItem[];
  specs: readonly JudgeSpec[];
  rubric: Rubric;
  secret: string;
  redactorOf: (transcriptId: string) => Redactor | null;
  /** Detection already run on the items' answers (`planInjectionTwins`), by item key: local judges get it with the request. */
  injection?: ReadonlyMap<string, InjectionReport>;
  /** A run's shared cache of verdict formats (default: one for these items). */
  formatOf?: ReturnType<typeof createVerdictFormatCache>;
}): JudgeJob[] {
  const jobs: JudgeJob[] = [];
  const formatOf = args.formatOf ?? createVerdictFormatCache(args.rubric.scale);
  for (const item of args.items.filter(needsJudging)) {
    const redactor = args.redactorOf(item.transcript.id);
    for (const spec of args.specs) {
      const answer = spec.remote && redactor !== null ? redactor.redact(item.slot.answer) : item.slot.answer;
      for (let sample = 0; sample < spec.samples; sample++) {
        const prompt = renderJudgePrompt({
          rubric: args.rubric,
          question: item.question,
          answer,
          sample,
          itemKey: item.key,
          secret: args.secret,
        });
        const format = formatOf(item.question, prompt.flagOrder);
        const report = answer === item.slot.answer ? args.injection?.get(item.key) : undefined;
        const request = {
          itemKey: item.key,
          question: item.question,
          answer,
          sample,
          prompt,
          format,
          ...(spec.remote || report === undefined ? {} : { injection: report }),
        };
        jobs.push({
          key: spec.keyOf(request),
          itemKey: item.key,
          spec,
          sample,
          request,
          restore: spec.remote && redactor !== null ? redactor.restore : (text) => text,
        });
      }
    }
  }
  return jobs;
}
