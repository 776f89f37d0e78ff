import { describe, expect, it } from 'vitest';
import type { JudgeVerdict } from '../judge/schema.ts';
import { executeJobs } from './execute-jobs.ts';
import {
  fakeCache,
  fakeJudge,
  job,
  journalRecord,
  LOCAL,
  setup,
  TRACE,
  USAGE,
  verdictFor,
} from './job-fixtures.ts';
import type { JudgeJob } from './plan-jobs.ts';

describe('executeJobs', () => {
  it('calls every job once and appends every finished call exactly once', async () => {
    const jobs = [1, 2, 3, 4, 5].map((n) => job(n));
    const { runnable, state } = fakeJudge({ outcomeOf: (j) => (j.key.endsWith('k3') ? 'invalid' : 'ok') });
    const { args, appended, progress } = setup({ jobs, judge: runnable });
    const { records, skipped } = await executeJobs(args);
    expect([...state.calls].sort()).toEqual(jobs.map((j) => j.key).sort());
    expect(appended.map((r) => r.key).sort()).toEqual(jobs.map((j) => j.key).sort());
    expect([...records.keys()].sort()).toEqual(jobs.map((j) => j.key).sort());
    expect(skipped.size).toBe(0);
    expect(records.get(jobs[2]?.key ?? '')?.outcome).toBe('invalid');
    expect(progress.at(-1)).toMatchObject({ done: 5, total: 5, retries: 5, failed: 1 });
  });

  it('writes a complete call record from the verdict, trace, spec and clock', async () => {
    const j = job(1);
    const { args, appended } = setup({ jobs: [j], judge: fakeJudge({ outcomeOf: () => 'failed' }).runnable });
    await executeJobs(args);
    expect(appended).toHaveLength(1);
    expect(appended[0]).toMatchObject({
      key: j.key,
      itemKey: 't1#q1',
      judge: 'openai:m',
      model: 'openai:m-model',
      sample: 0,
      ...TRACE,
      latencyMs: 25,
      usage: USAGE,
      outcome: 'failed',
      error: `failed ${j.key}`,
      temperature: 0.2,
      seed: 7,
      promptVersion: 'p-v1',
      at: '2024-05-06T07:08:09.000Z',
    });
  });

  it('reuses journal records without calling or re-appending them, but re-asks failed and invalid ones', async () => {
    const jobs = [1, 2, 3, 4].map((n) => job(n));
    const [j1, j2, j3, j4] = jobs as [JudgeJob, JudgeJob, JudgeJob, JudgeJob];
    const journal = new Map([
      [j1.key, journalRecord(j1, 'ok')],
      [j2.key, journalRecord(j2, 'invalid')],
      [j3.key, journalRecord(j3, 'failed')],
    ]);
    const { runnable, state } = fakeJudge();
    const { args, appended, progress } = setup({ jobs, journal, judge: runnable });
    const { records } = await executeJobs(args);
    expect(state.calls.sort()).toEqual([j2.key, j3.key, j4.key]);
    expect(appended.map((r) => r.key).sort()).toEqual([j2.key, j3.key, j4.key]);
    expect(records.get(j1.key)).toBe(journal.get(j1.key));
    expect(records.get(j2.key)?.outcome).toBe('ok');
    expect(records.get(j3.key)?.outcome).toBe('ok');
    expect(records.size).toBe(4);
    expect(progress.at(-1)).toMatchObject({ done: 4, total: 4 });
  });

  it('keeps a journalled cache hit as it is', async () => {
    const j = job(1);
    const journal = new Map([[j.key, journalRecord(j, 'cache_hit')]]);
    const { runnable, state } = fakeJudge();
    const { args, appended } = setup({ jobs: [j], journal, judge: runnable });
    const { records } = await executeJobs(args);
    expect(state.calls).toEqual([]);
    expect(appended).toEqual([]);
    expect(records.get(j.key)?.outcome).toBe('cache_hit');
  });

  it('serves remote jobs from the cache as free cache_hit records, without calling', async () => {
    const [j1, j2] = [job(1), job(2)] as const;
    const cachedVerdict = verdictFor(j1);
    const { cache, puts } = fakeCache({ [j1.key]: cachedVerdict });
    const { runnable, state } = fakeJudge();
    const { args, appended } = setup({ jobs: [j1, j2], cache, judge: runnable });
    const { records } = await executeJobs(args);
    expect(state.calls).toEqual([j2.key]);
    const hit = records.get(j1.key);
    expect(hit).toMatchObject({
      outcome: 'cache_hit',
      attempts: 0,
      retries: 0,
      latencyMs: 0,
      usage: { inputTokens: 0, cachedInputTokens: 0, outputTokens: 0 },
      verdict: cachedVerdict,
    });
    expect(appended.map((r) => r.key).sort()).toEqual([j1.key, j2.key]);
    expect(puts).toEqual([j2.key]);
  });

  it('puts only ok verdicts of remote judges in the cache', async () => {
    const jobs = [job(1), job(2), job(3), job(4, LOCAL)];
    const outcomes: Record<string, JudgeVerdict['outcome']> = {
      [jobs[1]?.key ?? '']: 'invalid',
      [jobs[2]?.key ?? '']: 'failed',
    };
    const { cache, puts } = fakeCache();
    const { runnable } = fakeJudge({ outcomeOf: (j) => outcomes[j.key] ?? 'ok' });
    const { args } = setup({ jobs, cache, judge: runnable });
    await executeJobs(args);
    expect(puts).toEqual([jobs[0]?.key]);
  });

  it('never reads the shared cache for a local judge', async () => {
    const j = job(1, LOCAL);
    const { cache } = fakeCache({ [j.key]: verdictFor(j) });
    const { runnable, state } = fakeJudge();
    const { args } = setup({ jobs: [j], cache, judge: runnable });
    const { records } = await executeJobs(args);
    expect(state.calls).toEqual([j.key]);
    expect(records.get(j.key)?.outcome).toBe('ok');
  });
});
