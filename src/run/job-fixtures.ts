/**
 * Test fixtures for `executeJobs`: judge jobs built by hand, fake judges (plain objects that
 * record calls and track how many run at once), a fake cache, journal records. Not a test file.
 */
import { type CallRecord, CallRecordSchema } from '../cache/call-record.ts';
import type { JudgeVerdict } from '../judge/schema.ts';
import { buildVerdictFormat } from '../judge/verdict-format.ts';
import type { Question } from '../rubric/schema.ts';
import type { CallTrace, ExecuteArgs, Progress, RunnableJudge, VerdictCache } from './execute-jobs.ts';
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

/** A judge spec; `remote` decides whether the shared cache applies. Its `judge` must never be called directly. */
export function spec(name: string, remote: boolean): JudgeSpec {
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

/** A remote (cached) judge and a local one. */
export const REMOTE = spec('openai:m', true);
export const LOCAL = spec('heuristic', false);

/** Job number `n` for `judgeSpec`: key `<judge>/k<n>`, item `t<n>#q1`. */
export function job(n: number, judgeSpec: JudgeSpec = REMOTE): JudgeJob {
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
      format: buildVerdictFormat(question, [], { min: 1, max: 4 }),
    },
    restore: (text) => text,
  };
}

/** The trace every fake call reports: 2 attempts, 1 retry, 1 rate-limited. */
export const TRACE: CallTrace = {
  attempts: 2,
  retries: 1,
  rateLimited: 1,
  timeouts: 0,
  repairAttempted: false,
};
/** The usage every fake verdict reports. */
export const USAGE = { inputTokens: 100, cachedInputTokens: 10, outputTokens: 20 };

/** The verdict a fake judge returns for `j`. */
export function verdictFor(j: JudgeJob, outcome: JudgeVerdict['outcome'] = 'ok'): JudgeVerdict {
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
export function fakeJudge(
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

/** An in-memory `VerdictCache` that records the keys put into it. */
export function fakeCache(entries: Readonly<Record<string, JudgeVerdict>> = {}) {
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

/** A call record as a previous run's journal holds it. */
export function journalRecord(j: JudgeJob, outcome: CallRecord['outcome']): CallRecord {
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

/** `ExecuteArgs` with a ticking fake clock, schema-checked appends and recorded progress. */
export function setup(over: Partial<ExecuteArgs> & { judge?: RunnableJudge }) {
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
