import { describe, expect, it } from 'vitest';
import { type CallRecord, CallRecordSchema } from '../cache/call-record.ts';
import type { JudgeVerdict } from '../judge/schema.ts';
import type { Question } from '../rubric/schema.ts';
import {
  type CallTrace,
  type ExecuteArgs,
  executeJobs,
  type Progress,
  type RunnableJudge,
  type VerdictCache,
} from './execute-jobs.ts';
import type { JudgeSpec } from './judge-spec.ts';
import type { JudgeJob } from './plan-jobs.ts';

const question: Question = {
  id: 'q1',
  number: 1,
  section: null,
  text: 'Q?',
  greenFlags: [],
  redFlags: [],
  aliases: [],
  hash: 'q',
};

function spec(name: string, remote: boolean): JudgeSpec {
  return {
    judge: {
      name,
      model: `${name}-model`,
      judge: () => Promise.reject(new Error('the runner must go through RunnableJudge.call')),
    },
    role: 'panel',
    samples: 1,
    endpointKind: remote ? 'openai' : 'heuristic',
    remote,
    params: remote ? { temperature: 0.2, seed: 7 } : {},
    keyOf: () => 'unused',
  };
}

const REMOTE = spec('openai:m', true);
const LOCAL = spec('heuristic', false);

function job(n: number, judgeSpec: JudgeSpec = REMOTE): JudgeJob {
  const itemKey = `t${n}#q1`;
  return {
    key: `${judgeSpec.judge.name}/k${n}`,
    itemKey,
    spec: judgeSpec,
    sample: 0,
    request: {
      itemKey,
      question,
      answer: `answer ${n}`,
      sample: 0,
      prompt: { version: 'p-v1', messages: [], flagOrder: [], nonce: 'n' },
    },
    restore: (text) => text,
  };
}

const TRACE: CallTrace = { attempts: 2, retries: 1, rateLimited: 1, timeouts: 0, repairAttempted: false };
const USAGE = { inputTokens: 100, cachedInputTokens: 10, outputTokens: 20 };

function verdictFor(j: JudgeJob, outcome: JudgeVerdict['outcome'] = 'ok'): JudgeVerdict {
  const base = { judge: j.spec.judge.name, model: j.spec.judge.model, sample: j.sample, usage: USAGE };
  if (outcome === 'ok') {
    return {
      ...base,
      outcome,
      body: { findings: [], injectionSuspected: false, rationale: j.key, rating: 3 },
    };
  }
  return { ...base, outcome, error: `${outcome} ${j.key}` };
}

/** A fake judge: records calls, tracks how many run at once, settles on the next macrotask. */
function fakeJudge(
  options: {
    outcomeOf?: (j: JudgeJob) => JudgeVerdict['outcome'];
    circuitOpen?: () => boolean;
    onCall?: (j: JudgeJob, signal: AbortSignal) => void;
  } = {},
) {
  const state = { calls: [] as string[], inFlight: 0, maxInFlight: 0, signals: [] as AbortSignal[] };
  const runnable: RunnableJudge = {
    call: async (j, signal) => {
      state.calls.push(j.key);
      state.signals.push(signal);
      state.inFlight += 1;
      state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
      options.onCall?.(j, signal);
      await new Promise((resolve) => setImmediate(resolve));
      state.inFlight -= 1;
      return { verdict: verdictFor(j, options.outcomeOf?.(j) ?? 'ok'), trace: TRACE };
    },
    circuitOpen: options.circuitOpen ?? (() => false),
  };
  return { runnable, state };
}

function fakeCache(entries: Readonly<Record<string, JudgeVerdict>> = {}) {
  const store = new Map(Object.entries(entries));
  const puts: string[] = [];
  const cache: VerdictCache = {
    get: (key) => store.get(key) ?? null,
    put: (key, verdict) => {
      puts.push(key);
      store.set(key, verdict);
    },
  };
  return { cache, puts };
}

function journalRecord(j: JudgeJob, outcome: CallRecord['outcome']): CallRecord {
  const verdict = verdictFor(j, outcome === 'cache_hit' ? 'ok' : outcome);
  return {
    key: j.key,
    itemKey: j.itemKey,
    judge: verdict.judge,
    model: verdict.model,
    sample: 0,
    attempts: 1,
    retries: 0,
    rateLimited: 0,
    timeouts: 0,
    repairAttempted: false,
    latencyMs: 5,
    usage: USAGE,
    outcome,
    temperature: 0,
    seed: null,
    promptVersion: 'p-v1',
    at: '2020-01-01T00:00:00.000Z',
    verdict,
  };
}

function setup(over: Partial<ExecuteArgs> & { judge?: RunnableJudge }) {
  const appended: CallRecord[] = [];
  const progress: Progress[] = [];
  let tick = 1000;
  const fallback = fakeJudge();
  const args: ExecuteArgs = {
    jobs: [],
    journal: new Map(),
    append: (record) => appended.push(CallRecordSchema.parse(record)),
    cache: null,
    judgeOf: () => over.judge ?? fallback.runnable,
    costOf: () => 0,
    concurrency: 2,
    budgetUsd: null,
    onProgress: (p) => progress.push(p),
    deps: {
      now: () => {
        tick += 25;
        return tick;
      },
      clock: () => new Date('2024-05-06T07:08:09.000Z'),
    },
    ...over,
  };
  return { args, appended, progress, fallback };
}

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
    expect(progress.at(-1)).toMatchObject({ done: 5, total: 5, retries: 5, failed: 0 });
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

  it('reuses journal records without calling or re-appending them, but retries failed ones', async () => {
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
    expect(state.calls.sort()).toEqual([j3.key, j4.key]);
    expect(appended.map((r) => r.key).sort()).toEqual([j3.key, j4.key]);
    expect(records.get(j1.key)).toBe(journal.get(j1.key));
    expect(records.get(j2.key)?.outcome).toBe('invalid');
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

  it('rethrows a judge bug and does not start the queued calls', async () => {
    const jobs = [1, 2, 3, 4, 5].map((n) => job(n));
    const calls: string[] = [];
    const signals: AbortSignal[] = [];
    const buggy: RunnableJudge = {
      call: async (j, signal) => {
        calls.push(j.key);
        signals.push(signal);
        if (j.key.endsWith('k1')) throw new Error('bug in judge');
        await new Promise((resolve) => setImmediate(resolve));
        return { verdict: verdictFor(j), trace: TRACE };
      },
      circuitOpen: () => false,
    };
    const { args } = setup({ jobs, judge: buggy, concurrency: 2 });
    await expect(executeJobs(args)).rejects.toThrow('bug in judge');
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(calls).toEqual([jobs[0]?.key, jobs[1]?.key]);
    expect(signals[1]?.aborted).toBe(true);
  });
});
