import { afterEach, describe, expect, it } from 'vitest';
import type { ChatCallResult } from '../../src/judge/openai/client.ts';
import { MALFORMED_CONTENT } from './fault-mix.ts';
import { makeJudgeRequest } from './judge-request.ts';
import type { FakeOpenAI } from './server.ts';
import { setupJudge } from './setup-judge.ts';

let server: FakeOpenAI | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(setup: Parameters<typeof setupJudge>[0] = {}) {
  const wired = await setupJudge(setup);
  server = wired.server;
  return wired;
}

const USAGE = { inputTokens: 300, cachedInputTokens: 100, outputTokens: 50 };
const reply = (content: string | null): ChatCallResult => ({
  content,
  refusal: null,
  finishReason: 'stop',
  usage: USAGE,
  requestId: 'req_batch_1',
});
const validContent = JSON.stringify({
  findings: {
    'q2.g1': { evidence: [], status: 'absent' },
    'q2.g2': { evidence: [], status: 'absent' },
    'q2.r1': { evidence: [], status: 'absent' },
  },
  injectionSuspected: false,
  rationale: 'nothing stands out',
  rating: 2,
});

describe('the openai judge fed a reply from a batch', () => {
  it.each(['json_schema', 'tool_call', 'json_object'] as const)(
    'chatBody is exactly the body the online call sends (%s)',
    async (mode) => {
      const { judge } = await start({ judge: { structuredOutput: mode } });
      const request = makeJudgeRequest(3);
      const body = judge.chatBody(request);
      await judge.judge(request);
      expect(server?.log[0]?.body).toEqual(body);
      expect(JSON.stringify(server?.log[0]?.body)).toBe(JSON.stringify(body));
    },
  );

  it('a valid reply is an ok verdict with no request sent, counted as one request', async () => {
    const { judge, records } = await start();
    const verdict = await judge.judgeReply(makeJudgeRequest(1), reply(validContent));
    expect(verdict).toMatchObject({ outcome: 'ok', body: { rating: 2 }, usage: USAGE });
    expect(server?.log).toHaveLength(0);
    expect(records[0]).toMatchObject({
      outcome: 'ok',
      attempts: 1,
      retries: 0,
      repairAttempted: false,
      requestId: 'req_batch_1',
    });
  });

  it('an invalid reply gets one repair re-ask online, with the same error message as online', async () => {
    const { judge, records } = await start({ server: { rate: () => 4 } });
    const verdict = await judge.judgeReply(makeJudgeRequest(1), reply(MALFORMED_CONTENT));
    expect(verdict).toMatchObject({ outcome: 'ok', body: { rating: 4 } });
    expect(server?.log.map((e) => e.repair)).toEqual([true]);
    const sent = server?.log[0]?.body as { messages: Array<{ role: string; content: string }> };
    expect(sent.messages.at(-2)).toEqual({ role: 'assistant', content: MALFORMED_CONTENT });
    expect(sent.messages.at(-1)?.content).toMatch(
      /^Your previous output was invalid: the response is not valid JSON/,
    );
    // The batch line and the repair: 2 requests, no retry; usage of both.
    expect(records[0]).toMatchObject({ attempts: 2, retries: 0, repairAttempted: true });
    expect(records[0]?.usage.inputTokens).toBeGreaterThan(USAGE.inputTokens);
  });

  it('stays invalid when the repair is invalid too, and fails when the repair cannot be sent', async () => {
    const { judge, records } = await start({
      server: { policy: () => ({ kind: 'content', content: 'nope' }) },
    });
    expect(await judge.judgeReply(makeJudgeRequest(1), reply('still nope'))).toMatchObject({
      outcome: 'invalid',
      error: expect.stringMatching(/not valid JSON/),
    });
    server?.setPolicy(() => ({ kind: 'error', status: 400, message: 'bad request' }));
    expect(await judge.judgeReply(makeJudgeRequest(2), reply(null))).toMatchObject({
      outcome: 'failed',
      error: expect.stringMatching(/^client 400/),
    });
    expect(records.map((r) => [r.outcome, r.attempts, r.retries])).toEqual([
      ['invalid', 2, 0],
      ['failed', 2, 0],
    ]);
  });
});
