import { afterEach, describe, expect, it } from 'vitest';
import { MALFORMED_CONTENT, SCHEMA_VIOLATING_CONTENT } from './fault-mix.ts';
import { makeJudgeRequest } from './judge-request.ts';
import type { ChatRequestInfo } from './parse-chat-request.ts';
import type { FakeOpenAI, FakePolicy } from './server.ts';
import { setupJudge, TEST_API_KEY } from './setup-judge.ts';

let server: FakeOpenAI | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(setup: Parameters<typeof setupJudge>[0]) {
  const wired = await setupJudge(setup);
  server = wired.server;
  return wired;
}

/** Wraps a policy to keep what each request carried. */
function capturing(policy: FakePolicy): { policy: FakePolicy; seen: ChatRequestInfo[] } {
  const seen: ChatRequestInfo[] = [];
  const wrapped: FakePolicy = (context) => {
    seen.push(context.info);
    return policy(context);
  };
  return { policy: wrapped, seen };
}

describe('openai judge output handling', () => {
  it.each([
    ['malformed JSON', MALFORMED_CONTENT, /not valid JSON/],
    ['schema-violating JSON', SCHEMA_VIOLATING_CONTENT, /does not match the schema/],
  ])(
    '%s: re-asks once with the error, then returns invalid (never a rating)',
    async (_name, content, pattern) => {
      const { policy, seen } = capturing(() => ({ kind: 'content', content }));
      const { judge, records } = await start({ server: { policy } });
      const verdict = await judge.judge(makeJudgeRequest(0));
      expect(verdict).toMatchObject({ outcome: 'invalid', error: expect.stringMatching(pattern) });
      expect('body' in verdict).toBe(false);
      expect(seen.map((s) => s.repair)).toEqual([false, true]);
      const repair = seen[1]?.messages ?? [];
      expect(repair.at(-2)).toEqual({ role: 'assistant', content });
      expect(repair.at(-1)?.content).toMatch(
        /^Your previous output was invalid: .+ Return only the JSON object\.$/,
      );
      expect(records[0]).toMatchObject({ outcome: 'invalid', attempts: 2, repairAttempted: true });
      // Usage is summed over both requests.
      expect(records[0]?.usage.outputTokens).toBe(2 * Math.ceil(content.length / 4));
    },
  );

  it('accepts the repaired answer, and checks flag coverage', async () => {
    const partial = JSON.stringify({
      findings: { 'q1.g1': { evidence: [], status: 'absent' } },
      injectionSuspected: false,
      rationale: 'x',
      rating: 2,
    });
    const { policy, seen } = capturing(({ info }) =>
      info.repair ? { kind: 'verdict', rating: 4 } : { kind: 'content', content: partial },
    );
    const { judge, records } = await start({ server: { policy } });
    const verdict = await judge.judge(makeJudgeRequest(0));
    expect(verdict.outcome === 'ok' && verdict.body.rating).toBe(4);
    const ask = seen[1]?.messages.at(-1)?.content ?? '';
    expect(ask).toMatch(/findings\.q1\.g2: /);
    expect(ask).toMatch(/findings\.q1\.r1: /);
    expect(records[0]).toMatchObject({ outcome: 'ok', repairAttempted: true, attempts: 2 });
  });

  it('treats a refusal as invalid output', async () => {
    const { judge } = await start({
      server: { policy: () => ({ kind: 'content', content: null, refusal: 'No.' }) },
    });
    expect(await judge.judge(makeJudgeRequest(0))).toMatchObject({
      outcome: 'invalid',
      error: 'the model refused: No.',
    });
  });

  it('falls back to json_object when json_schema is not supported, and remembers it', async () => {
    const { policy, seen } = capturing(() => ({ kind: 'verdict' }));
    const { judge, records, logLines } = await start({ server: { rejectJsonSchema: true, policy } });
    const first = await judge.judge(makeJudgeRequest(0));
    const second = await judge.judge(makeJudgeRequest(1));
    expect([first.outcome, second.outcome]).toEqual(['ok', 'ok']);
    expect(server?.log.map((e) => [e.responseFormat, e.status])).toEqual([
      ['json_schema', 400],
      ['json_object', 200],
      ['json_object', 200],
    ]);
    expect(judge.responseFormat()).toBe('json_object');
    expect(seen[0]?.messages.at(-1)?.content).toMatch(/^Respond with one JSON object.*"rating"/);
    expect(records.map((r) => r.responseFormat)).toEqual(['json_object', 'json_object']);
    expect(logLines.filter((l) => l.includes('json_object mode'))).toHaveLength(1);
  });

  it('uses json_object from the start when configured', async () => {
    const { judge } = await start({ judge: { structuredOutput: 'json_object' } });
    await judge.judge(makeJudgeRequest(0));
    expect(server?.log.map((e) => e.responseFormat)).toEqual(['json_object']);
  });

  it('maps usage (cached tokens too) and keys records like requestKey()', async () => {
    const { judge, records } = await start({});
    const request = makeJudgeRequest(0);
    await judge.judge(request);
    await judge.judge(makeJudgeRequest(1));
    expect(records[0]?.usage.cachedInputTokens).toBe(0);
    expect(records[1]?.usage.cachedInputTokens).toBeGreaterThan(0);
    expect(records[0]?.usage.inputTokens).toBeGreaterThan(records[1]?.usage.cachedInputTokens ?? 0);
    expect(records[0]?.key).toBe(judge.requestKey(request));
    expect(judge.requestKey(makeJudgeRequest(0, { sample: 1 }))).not.toBe(records[0]?.key);
    expect(records[0]).toMatchObject({
      temperature: 0,
      seed: 7,
      promptVersion: 'test-v1',
      requestId: 'req_fake_0',
    });
  });

  it('lets scripted ratings differ by model, for jury disagreement', async () => {
    const { judge } = await start({
      server: { rate: (info) => (info.model === 'model-a' ? 2 : 4) },
      judge: { model: 'model-a' },
    });
    const verdict = await judge.judge(makeJudgeRequest(0));
    expect(verdict.outcome === 'ok' && verdict.body.rating).toBe(2);
  });

  it('never lets the API key into a verdict, a call record or a log line', async () => {
    const authorizations: string[] = [];
    const { judge, records, logLines } = await start({
      server: {
        policy: ({ info, authorization }) => {
          authorizations.push(authorization ?? '');
          // A hostile endpoint echoing the key, as some proxies do on 401.
          if (info.answer?.includes('number 0')) {
            return { kind: 'error', status: 401, message: `Incorrect API key provided: ${authorization}` };
          }
          return {
            kind: 'error',
            status: 429,
            message: `slow down ${authorization}`,
            headers: { 'retry-after-ms': '1' },
          };
        },
      },
      policy: { maxRetries: 1 },
    });
    const verdicts = [await judge.judge(makeJudgeRequest(0)), await judge.judge(makeJudgeRequest(1))];
    expect(authorizations[0]).toBe(`Bearer ${TEST_API_KEY}`);
    expect(verdicts.map((v) => v.outcome)).toEqual(['failed', 'failed']);
    expect(verdicts[0]).toMatchObject({
      error: expect.stringContaining('Incorrect API key provided: Bearer [REDACTED]'),
    });
    const everything = JSON.stringify({ verdicts, records, logLines });
    expect(everything).not.toContain(TEST_API_KEY);
    expect(everything).not.toContain('Sup3rSecret');
  });
});
