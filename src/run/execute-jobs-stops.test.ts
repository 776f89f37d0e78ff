import { describe, expect, it } from 'vitest';
import type { CallRecord } from '../cache/call-record.ts';
import { executeJobs, type RunnableJudge } from './execute-jobs.ts';
import { fakeCache, fakeJudge, job, journalRecord, LOCAL, setup, TRACE, verdictFor } from './job-fixtures.ts';

describe('executeJobs: stopping and concurrency', () => {
  it('stops scheduling calls once the budget is spent, and skips the rest as budget_reached', async () => {
    const jobs = [1, 2, 3, 4, 5].map((n) => job(n));
    const { runnable, state } = fakeJudge();
    const { args, appended } = setup({
      jobs,
      judge: runnable,
      concurrency: 1,
      budgetUsd: 2,
      costOf: () => 1,
    });
    const { records, skipped } = await executeJobs(args);
    expect(state.calls).toEqual([jobs[0]?.key, jobs[1]?.key]);
    expect(appended).toHaveLength(2);
    expect(records.size).toBe(2);
    expect([...skipped.entries()]).toEqual(jobs.slice(2).map((j) => [j.key, 'budget_reached']));
  });

  it('counts what the journal already spent against the budget', async () => {
    const jobs = [1, 2, 3].map((n) => job(n));
    const journal = new Map(jobs.slice(0, 2).map((j) => [j.key, journalRecord(j, 'ok')] as const));
    const { runnable, state } = fakeJudge();
    const { args, progress } = setup({ jobs, journal, judge: runnable, budgetUsd: 2, costOf: () => 1 });
    const { skipped } = await executeJobs(args);
    expect(state.calls).toEqual([]);
    expect(skipped.get(jobs[2]?.key ?? '')).toBe('budget_reached');
    expect(progress.at(-1)?.spentUsd).toBe(2);
  });

  it('still serves cache hits after the budget is spent (they cost nothing)', async () => {
    const jobs = [1, 2, 3].map((n) => job(n));
    const { cache } = fakeCache({ [jobs[2]?.key ?? '']: verdictFor(job(3)) });
    const { runnable } = fakeJudge();
    const costOf = (r: CallRecord) => (r.outcome === 'cache_hit' ? 0 : 1);
    const { args } = setup({ jobs, cache, judge: runnable, concurrency: 1, budgetUsd: 1, costOf });
    const { records, skipped } = await executeJobs(args);
    expect(records.get(jobs[0]?.key ?? '')?.outcome).toBe('ok');
    expect(skipped.get(jobs[1]?.key ?? '')).toBe('budget_reached');
    expect(records.get(jobs[2]?.key ?? '')?.outcome).toBe('cache_hit');
  });

  it('skips the jobs of a judge whose circuit is open as circuit_open, and runs the others', async () => {
    const remoteJobs = [1, 2, 3].map((n) => job(n));
    const localJobs = [4, 5].map((n) => job(n, LOCAL));
    const broken = fakeJudge({ circuitOpen: () => true });
    const healthy = fakeJudge();
    const { args } = setup({
      jobs: [...remoteJobs, ...localJobs],
      judgeOf: (j) => (j.spec.remote ? broken.runnable : healthy.runnable),
    });
    const { records, skipped } = await executeJobs(args);
    expect(broken.state.calls).toEqual([]);
    expect([...skipped.entries()].sort()).toEqual(remoteJobs.map((j) => [j.key, 'circuit_open']));
    expect([...records.keys()].sort()).toEqual(localJobs.map((j) => j.key));
  });

  it('stops when the circuit opens mid-run', async () => {
    const jobs = [1, 2, 3, 4].map((n) => job(n));
    let open = false;
    const { runnable, state } = fakeJudge({
      circuitOpen: () => open,
      onCall: () => {
        open = true;
      },
      outcomeOf: () => 'failed',
    });
    const { args } = setup({ jobs, judge: runnable, concurrency: 1 });
    const { records, skipped } = await executeJobs(args);
    expect(state.calls).toHaveLength(1);
    expect(records.get(jobs[0]?.key ?? '')?.outcome).toBe('failed');
    expect(skipped.size).toBe(3);
    expect(new Set(skipped.values())).toEqual(new Set(['circuit_open']));
  });

  it('on abort, lets calls in flight finish and skips the rest as interrupted', async () => {
    const jobs = [1, 2, 3, 4, 5, 6].map((n) => job(n));
    const controller = new AbortController();
    const { runnable, state } = fakeJudge({
      onCall: (_, signal) => {
        if (state.calls.length === 2) controller.abort();
        expect(signal.aborted).toBe(state.calls.length === 2);
      },
    });
    const { args, appended } = setup({ jobs, judge: runnable, concurrency: 2, signal: controller.signal });
    const { records, skipped } = await executeJobs(args);
    expect(state.calls).toHaveLength(2);
    expect(state.signals.every((s) => s.aborted)).toBe(true);
    expect(appended).toHaveLength(2);
    expect(records.size).toBe(2);
    expect([...skipped.values()]).toEqual(['interrupted', 'interrupted', 'interrupted', 'interrupted']);
  });

  it('does nothing but skip when already aborted', async () => {
    const jobs = [job(1), job(2)];
    const { cache } = fakeCache({ [jobs[0]?.key ?? '']: verdictFor(job(1)) });
    const { runnable, state } = fakeJudge();
    const { args, appended } = setup({ jobs, cache, judge: runnable, signal: AbortSignal.abort() });
    const { skipped } = await executeJobs(args);
    expect(state.calls).toEqual([]);
    expect(appended).toEqual([]);
    expect(skipped.size).toBe(2);
  });

  it.each([1, 3, 8])('never runs more than %i calls at once', async (concurrency) => {
    const jobs = Array.from({ length: 20 }, (_, n) => job(n));
    const { runnable, state } = fakeJudge();
    const { args } = setup({ jobs, judge: runnable, concurrency });
    await executeJobs(args);
    expect(state.calls).toHaveLength(20);
    expect(state.maxInFlight).toBe(concurrency);
  });

  it('fails only the call whose judge threw (a bug or hostile input), names the error, and goes on', async () => {
    const jobs = [1, 2, 3, 4, 5].map((n) => job(n));
    const errors: string[] = [];
    const buggy: RunnableJudge = {
      call: async (j) => {
        if (j.key.endsWith('k2')) throw new RangeError('Disallowed special token');
        await new Promise((resolve) => setImmediate(resolve));
        return { verdict: verdictFor(j), trace: TRACE };
      },
      circuitOpen: () => false,
    };
    const { args, appended, progress } = setup({
      jobs,
      judge: buggy,
      concurrency: 2,
      onJudgeError: (j, e) => errors.push(`${j.key}: ${(e as Error).message}`),
    });
    const { records, skipped } = await executeJobs(args);
    expect(records.size).toBe(5);
    expect(skipped.size).toBe(0);
    const bad = records.get(jobs[1]?.key ?? '');
    expect(bad).toMatchObject({ outcome: 'failed', errorKind: 'internal' });
    expect(bad?.error).toMatch(/internal error in the judge: RangeError: Disallowed special token/);
    expect(appended.filter((r) => r.outcome === 'ok')).toHaveLength(4);
    expect(errors).toEqual([`${jobs[1]?.key}: Disallowed special token`]);
    expect(progress.at(-1)).toMatchObject({ done: 5, failed: 1, inFlight: 0 });
  });

  it("reserves each call's estimated cost while in flight: concurrent calls cannot overshoot the budget", async () => {
    const jobs = Array.from({ length: 10 }, (_, n) => job(n));
    const { runnable, state } = fakeJudge();
    const { args } = setup({
      jobs,
      judge: runnable,
      concurrency: 8,
      budgetUsd: 3,
      costOf: () => 1,
      estimateOf: () => 1,
    });
    const { records, skipped } = await executeJobs(args);
    // Without the reservation all 8 would start before the first one's cost is known.
    expect(state.calls).toHaveLength(3);
    expect(records.size).toBe(3);
    expect(skipped.size).toBe(7);
  });
});
