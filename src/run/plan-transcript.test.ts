import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRubric } from '../io/load-rubric.ts';
import { readTranscript } from '../io/read-transcript.ts';
import { createVerdictFormatCache } from '../judge/verdict-format.ts';
import { createRedactor } from '../redact/create-redactor.ts';
import { alignTranscript } from './analyse-transcript.ts';
import { detectTranscript } from './detect-items.ts';
import { spec } from './job-fixtures.ts';
import { type JudgeJob, planJobs } from './plan-jobs.ts';
import { planAfterDetection, planFirstCalls } from './plan-transcript.ts';
import { TWIN_SUFFIX } from './plan-twins.ts';
import { planTranscript } from './plan-whole-transcript.ts';

const ROOT = join(import.meta.dirname, '../..');

/** What a job asks, without its functions. */
const asked = (job: JudgeJob) => ({
  itemKey: job.itemKey,
  judge: job.spec.judge.name,
  sample: job.sample,
  request: job.request,
});

describe('planning a transcript in two steps (alignment, then detection from a worker thread)', () => {
  it('plans what planning at once plans, the calls in the same order; the first step holds only remote calls on the answers', async () => {
    const { rubric } = loadRubric(join(ROOT, 'rubrics/interview-rubric.md'), ROOT);
    const dir = join(ROOT, 'transcripts');
    const files = readdirSync(dir).filter((f) => !f.endsWith('.meta.yaml'));
    // A local judge listed first, a remote one asked twice: plan order is item, judge, sample.
    const settings = {
      rubric,
      alignOptions: {},
      specs: [spec('heuristic', false), { ...spec('openai:m', true), samples: 2 }],
      secret: 's',
      redact: true,
      redactTerms: [],
      formatOf: createVerdictFormatCache(rubric.scale),
    };
    let twins = 0;
    for (const file of files) {
      const transcript = await readTranscript(join(dir, file), ROOT);
      const whole = planTranscript({ ...settings, transcript });
      // As they come back from a worker thread: structured clones.
      const slots = structuredClone(alignTranscript(transcript, rubric, {}));
      const first = planFirstCalls(settings, transcript, slots);
      expect(first.jobs.every((j) => j.spec.remote && !j.itemKey.endsWith(TWIN_SUFFIX))).toBe(true);
      const reports = structuredClone(detectTranscript(transcript, rubric, slots));
      const { plan, later } = planAfterDetection(settings, first, reports);
      expect(plan.items).toEqual(whole.items);
      expect([...plan.injection.reports]).toEqual([...whole.injection.reports]);
      expect(plan.injection.twins).toEqual(whole.injection.twins);
      expect(plan.redactionClasses).toEqual(whole.redactionClasses);
      expect(plan.jobs.map(asked)).toEqual(whole.jobs.map(asked));
      // … which is what one `planJobs` over the answers and their twins, every judge, gives.
      const redactor = createRedactor(transcript, []);
      const direct = planJobs({
        ...settings,
        items: [...plan.items, ...plan.injection.twins],
        redactorOf: () => redactor,
        injection: plan.injection.reports,
      });
      expect(plan.jobs.map(asked)).toEqual(direct.map(asked));
      expect(plan.jobs.length).toBe(first.jobs.length + later.length);
      twins += plan.injection.twins.length;
    }
    expect(twins, 'some bundled answer carries suspect text').toBeGreaterThan(0);
  });
});
