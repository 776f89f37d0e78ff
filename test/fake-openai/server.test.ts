import { afterEach, describe, expect, it } from 'vitest';
import { buildVerdictBody } from './build-verdict.ts';
import { makeJudgeRequest } from './judge-request.ts';
import { parseChatRequest } from './parse-chat-request.ts';
import { type FakeOpenAI, startFakeOpenAI } from './server.ts';

let server: FakeOpenAI | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const body = (index: number) => ({ model: 'm', messages: makeJudgeRequest(index).prompt.messages });

async function post(url: string, payload: unknown, signal?: AbortSignal): Promise<Response> {
  return fetch(`${url}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(payload),
    ...(signal ? { signal } : {}),
  });
}

describe('parseChatRequest / buildVerdictBody', () => {
  it('reads flag ids, the answer and the item from a rendered prompt', () => {
    const info = parseChatRequest(body(2));
    expect(info.flagIds).toEqual(['q3.g1', 'q3.g2', 'q3.r1']);
    expect(info.questionId).toBe('q3');
    expect(info.answer).toBe('Answer number 2: I measured p99 latency and fixed the cache myself.');
    expect(info.item).toMatch(/^q3#[0-9a-f]{8}$/);
  });

  it.each([
    [1, ['q3.r1']],
    [2, []],
    [3, ['q3.g1']],
    [4, ['q3.g1', 'q3.g2']],
  ])('rating %i marks %o present, with verbatim evidence', (rating, present) => {
    const info = parseChatRequest(body(2));
    const verdict = buildVerdictBody(info, rating);
    expect(verdict.findings.filter((f) => f.status === 'present').map((f) => f.flag)).toEqual(present);
    for (const finding of verdict.findings.filter((f) => f.status === 'present')) {
      expect(info.answer).toContain(finding.evidence[0]);
    }
  });
});

describe('startFakeOpenAI', () => {
  it('answers with a valid completion and logs the request', async () => {
    server = await startFakeOpenAI({ rate: () => 4 });
    const response = await post(server.baseUrl, body(0));
    expect(response.status).toBe(200);
    const json = await response.json();
    expect(JSON.parse(json.choices[0].message.content).rating).toBe(4);
    expect(json.usage.prompt_tokens).toBeGreaterThan(0);
    expect(server.log).toHaveLength(1);
    expect(server.log[0]).toMatchObject({ status: 200, kind: 'verdict', model: 'm' });
  });

  it('closes even with a hanging request open', async () => {
    server = await startFakeOpenAI({ policy: () => ({ kind: 'hang' }) });
    const pending = post(server.baseUrl, body(0)).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.inFlight).toBe(1);
    await server.close();
    server = undefined;
    expect(await pending).toBeInstanceOf(Error);
  });

  it('replays the same fault sequence for the same seed', async () => {
    const statuses = async (): Promise<Array<number | string>> => {
      const s = await startFakeOpenAI({ seed: 9, faults: { rateLimited: 0.3, serverError: 0.3 } });
      for (let i = 0; i < 12; i++) await post(s.baseUrl, body(i));
      await s.close();
      return s.log.map((e) => e.status);
    };
    const first = await statuses();
    expect(await statuses()).toEqual(first);
    expect(new Set(first).size).toBeGreaterThan(1);
  });

  it('rejects json_schema when asked to, and serves outages as 503', async () => {
    server = await startFakeOpenAI({ rejectJsonSchema: true });
    const schema = await post(server.baseUrl, { ...body(0), response_format: { type: 'json_schema' } });
    expect(schema.status).toBe(400);
    expect((await schema.json()).error.message).toMatch(/json_schema' is not supported/);
    server.setOutage(true);
    expect((await post(server.baseUrl, body(0))).status).toBe(503);
    server.setOutage(false);
    expect((await post(server.baseUrl, body(0))).status).toBe(200);
  });
});
