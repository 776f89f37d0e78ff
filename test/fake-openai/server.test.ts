import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { buildVerdictFormat } from '../../src/judge/verdict-format.ts';
import { generateFromSchema, requestedSchema } from './generate-from-schema.ts';
import { makeJudgeRequest, makeQuestion } from './judge-request.ts';
import { parseChatRequest } from './parse-chat-request.ts';
import { createPrng } from './prng.ts';
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

describe('parseChatRequest', () => {
  it('reads the answer, the item and the prompt words from a rendered prompt', () => {
    const info = parseChatRequest(body(2));
    expect(info.questionId).toBe('q3');
    expect(info.answer).toBe('Answer number 2: I measured p99 latency and fixed the cache myself.');
    expect(info.item).toMatch(/^q3#[0-9a-f]{8}$/);
    expect(info.words).toContain('p99');
  });
});

describe('generateFromSchema', () => {
  const schema = buildVerdictFormat(makeQuestion(4), ['q4.r1', 'q4.g2', 'q4.g1'], {
    min: 1,
    max: 4,
  }).jsonSchema;
  const words = 'I measured p99 latency and fixed the cache myself'.split(' ');

  it('always yields values the zod schema accepts, with keys in schema order (property)', () => {
    const format = buildVerdictFormat(makeQuestion(4), ['q4.r1', 'q4.g2', 'q4.g1'], { min: 1, max: 4 });
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const value = generateFromSchema(schema, { random: createPrng(seed), words }) as Record<
          string,
          unknown
        >;
        expect(format.wire.safeParse(value).success).toBe(true);
        expect(Object.keys(value.findings as object)).toEqual(['q4.r1', 'q4.g2', 'q4.g1']);
      }),
      { numRuns: 300 },
    );
  });

  it('draws every status and rating over many calls (it is random, not scripted)', () => {
    const random = createPrng(5);
    const seen = { statuses: new Set<string>(), ratings: new Set<number>() };
    for (let i = 0; i < 200; i++) {
      const value = generateFromSchema(schema, { random, words }) as {
        findings: Record<string, { status: string }>;
        rating: number;
      };
      for (const f of Object.values(value.findings)) seen.statuses.add(f.status);
      seen.ratings.add(value.rating);
    }
    expect([...seen.statuses].sort()).toEqual(['absent', 'present', 'unclear']);
    expect([...seen.ratings].sort()).toEqual([1, 2, 3, 4]);
  });

  it('pins a top-level value only when the schema allows it', () => {
    const pinned = generateFromSchema(schema, { random: createPrng(1), words, pin: { rating: 2 } });
    expect((pinned as { rating: number }).rating).toBe(2);
    const refused = generateFromSchema(schema, { random: createPrng(1), words, pin: { rating: 9 } });
    expect([1, 2, 3, 4]).toContain((refused as { rating: number }).rating);
  });

  it('finds the schema in response_format, a forced tool, or the prompt (JSON mode)', () => {
    const messages = [{ role: 'system', content: `Reply in JSON. JSON Schema: ${JSON.stringify(schema)}` }];
    expect(requestedSchema({ response_format: { type: 'json_schema', json_schema: { schema } } })?.via).toBe(
      'json_schema',
    );
    expect(requestedSchema({ tools: [{ function: { name: 'f', parameters: schema } }] })?.via).toBe(
      'tool_call',
    );
    expect(requestedSchema({ response_format: { type: 'json_object' }, messages })?.schema).toEqual(schema);
    expect(requestedSchema({ messages: [{ role: 'system', content: 'no schema here' }] })).toBeNull();
  });
});

describe('startFakeOpenAI', () => {
  const withSchema = (index: number) => {
    const request = makeJudgeRequest(index);
    return {
      ...body(index),
      response_format: { type: 'json_schema', json_schema: { name: 'v', schema: request.format.jsonSchema } },
    };
  };
  const verdictOf = async (response: Response) =>
    JSON.parse((await response.json()).choices[0].message.content) as { rating: number };

  it('answers with a valid completion and logs the request', async () => {
    server = await startFakeOpenAI({ rate: () => 4 });
    const response = await post(server.baseUrl, withSchema(0));
    expect(response.status).toBe(200);
    const json = await response.json();
    expect(JSON.parse(json.choices[0].message.content).rating).toBe(4);
    expect(json.usage.prompt_tokens).toBeGreaterThan(0);
    expect(server.log).toHaveLength(1);
    expect(server.log[0]).toMatchObject({ status: 200, kind: 'verdict', model: 'm' });
  });

  it('answers an identical request identically, unless noisy', async () => {
    const steady = await startFakeOpenAI();
    server = steady;
    const same = await Promise.all([0, 1, 2].map(() => post(steady.baseUrl, withSchema(3)).then(verdictOf)));
    expect(same[1]).toEqual(same[0]);
    expect(same[2]).toEqual(same[0]);
    await server.close();
    server = await startFakeOpenAI({ noisy: true, seed: 3 });
    const noisy = [];
    for (let i = 0; i < 12; i++) noisy.push(await post(server.baseUrl, withSchema(3)).then(verdictOf));
    expect(new Set(noisy.map((v) => JSON.stringify(v))).size).toBeGreaterThan(1);
  });

  it('answers a forced tool call with a tool call', async () => {
    server = await startFakeOpenAI();
    const request = makeJudgeRequest(1);
    const response = await post(server.baseUrl, {
      ...body(1),
      tools: [
        { type: 'function', function: { name: 'submit_verdict', parameters: request.format.jsonSchema } },
      ],
      tool_choice: { type: 'function', function: { name: 'submit_verdict' } },
    });
    const message = (await response.json()).choices[0].message;
    expect(message.content).toBeNull();
    expect(message.tool_calls[0].function.name).toBe('submit_verdict');
    expect(request.format.wire.safeParse(JSON.parse(message.tool_calls[0].function.arguments)).success).toBe(
      true,
    );
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
