import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigSchema } from '../config/schema.ts';
import { loadRubric } from '../io/load-rubric.ts';
import { readTranscript } from '../io/read-transcript.ts';
import type { JudgeRequest } from '../judge/schema.ts';
import { alignTranscript, type DetectionReports } from './analyse-transcript.ts';
import type { BuiltJudges } from './build-judges.ts';
import type { ResultCollector } from './collect-results.ts';
import type { JobRunner } from './create-job-runner.ts';
import { detectTranscript } from './detect-items.ts';
import { spec } from './job-fixtures.ts';
import { judgeTranscripts } from './judge-transcripts.ts';
import type { JudgeJob } from './plan-jobs.ts';
import { TWIN_SUFFIX } from './plan-twins.ts';

const ROOT = join(import.meta.dirname, '../..');
const { rubric } = loadRubric(join(ROOT, 'rubrics/interview-rubric.md'), ROOT);
const turn = () => new Promise((resolve) => setImmediate(resolve));

/** A bundled transcript with an answer that carries suspect text (so it has a stripped twin). */
async function suspectTranscript() {
  const dir = join(ROOT, 'transcripts');
  for (const file of readdirSync(dir).filter((f) => !f.endsWith('.meta.yaml'))) {
    const transcript = await readTranscript(join(dir, file), ROOT);
    const slots = alignTranscript(transcript, rubric, {});
    const reports = detectTranscript(transcript, rubric, slots);
    if (reports.some(([, r]) => r.suspected)) return { transcript, slots, reports };
  }
  throw new Error('no bundled transcript carries suspect text');
}

describe('judgeTranscripts', () => {
  it('hands a transcript’s remote calls to the runner once it is aligned, its twins once detection is done', async () => {
    const { transcript, slots, reports } = await suspectTranscript();
    let detect: (value: DetectionReports) => void = () => undefined;
    const detection = new Promise<DetectionReports>((resolve) => {
      detect = resolve;
    });
    let given = false;
    const feed = {
      next: async () => {
        if (given) return null;
        given = true;
        return { transcript, slots, reports: detection };
      },
    };
    const runs: JudgeJob[][] = [];
    const runner = {
      run: async (jobs: readonly JudgeJob[]) => {
        runs.push([...jobs]);
        return { records: new Map(), skipped: new Map(jobs.map((j) => [j.key, 'interrupted' as const])) };
      },
      unfinished: () => 0,
      nextFinish: async () => {},
    } as unknown as JobRunner;
    const added: number[] = [];
    const collector = {
      add: (_seq: number, items: readonly unknown[]) => added.push(items.length),
      backlogBytes: () => 0,
    } as unknown as ResultCollector;
    const remote = { ...spec('openai:m', true), keyOf: (r: JudgeRequest) => `${r.itemKey}/${r.sample}` };
    const judging = judgeTranscripts({
      feed,
      rubric,
      config: ConfigSchema.parse({ concurrency: 8 }),
      judges: { specs: [remote], crossCheckNames: [] } as unknown as BuiltJudges,
      runner,
      collector,
      secret: 's',
      onRecord: () => undefined,
      onRedaction: () => undefined,
    });
    for (let i = 0; i < 5; i++) await turn();
    expect(runs).toHaveLength(1);
    expect(runs[0]?.length).toBeGreaterThan(0);
    expect(runs[0]?.every((j) => !j.itemKey.endsWith(TWIN_SUFFIX))).toBe(true);
    expect(added, 'nothing is aggregated before detection').toEqual([]);
    detect(reports);
    await judging;
    expect(runs).toHaveLength(2);
    expect(runs[1]?.length).toBeGreaterThan(0);
    expect(runs[1]?.every((j) => j.itemKey.endsWith(TWIN_SUFFIX))).toBe(true);
    expect(added).toEqual([rubric.questions.length]);
  });
});
