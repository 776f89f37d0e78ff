import { pino } from 'pino';
import type { CallRecord } from '../../src/cache/call-record.ts';
import type { Deps } from '../../src/deps.ts';
import { createOpenAIJudge, type OpenAIJudgeOptions } from '../../src/judge/openai/create-openai-judge.ts';
import {
  createResiliencePolicy,
  type ResiliencePolicyOptions,
} from '../../src/resilience/create-resilience-policy.ts';
import { type FakeOpenAIOptions, startFakeOpenAI } from './server.ts';
import { createTestDeps } from './test-deps.ts';

/** A key shaped like a real one, so redaction of both the exact key and the `sk-` pattern is exercised. */
export const TEST_API_KEY = 'sk-test-Sup3rSecretKeyValue0123456789';

/** A fake server, a policy and a judge wired together, with the records and log lines captured. */
export async function setupJudge(
  setup: {
    server?: FakeOpenAIOptions;
    policy?: Partial<ResiliencePolicyOptions>;
    judge?: Partial<OpenAIJudgeOptions>;
  } = {},
) {
  const server = await startFakeOpenAI(setup.server);
  const logLines: string[] = [];
  const deps: Deps = createTestDeps({
    logger: pino({ level: 'debug' }, { write: (line: string) => logLines.push(line) }),
  });
  const policy = createResiliencePolicy(
    {
      concurrency: 4,
      maxRetries: 3,
      timeoutMs: 2_000,
      breaker: { threshold: 20, halfOpenAfterMs: 1_000 },
      backoff: { baseDelayMs: 10, maxDelayMs: 100 },
      ...setup.policy,
    },
    deps,
  );
  const records: CallRecord[] = [];
  const judge = createOpenAIJudge(
    {
      model: 'gpt-4o-mini',
      apiKey: TEST_API_KEY,
      baseUrl: server.baseUrl,
      temperature: 0,
      seed: 7,
      policy,
      onCall: (record) => records.push(record),
      ...setup.judge,
    },
    deps,
  );
  return { server, policy, judge, records, logLines, deps };
}
