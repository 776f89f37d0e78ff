import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CallError } from '../../resilience/call-error.ts';
import { createChatCaller } from './client.ts';

const KEY = 'gateway-key-0123456789';
/** The wall clock the caller is given: HTTP-date Retry-After values are measured from it. */
const EPOCH = Date.parse('2025-01-01T00:00:00Z');

type Reply = (req: IncomingMessage, res: ServerResponse) => void;
let reply: Reply = (_req, res) => res.end();
let baseUrl = '';
const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => reply(req, res));
});
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const send =
  (status: number, body: string, headers: Record<string, string> = {}): Reply =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(body);
  };
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  send(status, JSON.stringify(body), headers);
const completion = (message: unknown) => ({
  id: 'x',
  object: 'chat.completion',
  choices: [{ index: 0, message, finish_reason: 'stop' }],
});

async function call(url = baseUrl, signal = new AbortController().signal) {
  const caller = createChatCaller({ apiKey: KEY, baseUrl: url, epochMs: () => EPOCH });
  return caller({
    model: 'm',
    messages: [{ role: 'user', content: 'hi' }],
    temperature: 0,
    responseFormat: 'json_schema',
    schema: { name: 'verdict_q1', jsonSchema: { type: 'object' } },
    signal,
  });
}

async function failure(url?: string): Promise<CallError> {
  const error = await call(url).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof CallError)) throw new Error(`expected a CallError, got ${String(error)}`);
  return error;
}

describe('createChatCaller classifies what an endpoint sends', () => {
  it.each<[string, Reply, { kind: string; status?: number; retryAfterMs?: number; message?: RegExp }]>([
    [
      '200 with an HTML page',
      send(200, '<html><title>Proxy login</title></html>', { 'content-type': 'text/html' }),
      { kind: 'server', message: /HTML page "Proxy login"/ },
    ],
    [
      '200 with truncated JSON',
      send(200, '{"choices": [{"mess'),
      { kind: 'server', message: /not valid JSON/ },
    ],
    [
      '200 with an empty JSON body',
      send(200, '', { 'content-length': '0' }),
      { kind: 'server', message: /empty body/ },
    ],
    ['200 with JSON null', send(200, 'null'), { kind: 'server' }],
    [
      '200 with an error object',
      json(200, { error: { message: 'upstream died' } }),
      { kind: 'server', message: /upstream died/ },
    ],
    ['408', json(408, { error: { message: 'slow' } }), { kind: 'server', status: 408 }],
    [
      '503 with an HTML page',
      send(503, '<html><title>503 Service Unavailable</title></html>', { 'content-type': 'text/html' }),
      { kind: 'server', status: 503, message: /^503 an HTML page "503 Service Unavailable"$/ },
    ],
    [
      '429 with retry-after as an HTTP date',
      json(429, {}, { 'retry-after': 'Wed, 01 Jan 2025 00:00:07 GMT' }),
      { kind: 'rate_limited', status: 429, retryAfterMs: 7000 },
    ],
    [
      '429 with retry-after-ms',
      json(429, {}, { 'retry-after-ms': '250', 'retry-after': '9' }),
      { kind: 'rate_limited', retryAfterMs: 250 },
    ],
    [
      '429 with only x-ratelimit-reset-requests',
      json(429, {}, { 'x-ratelimit-reset-requests': '1.5s' }),
      { kind: 'rate_limited', retryAfterMs: 1500 },
    ],
    [
      '429 with no hint',
      json(429, { error: { message: 'slow down' } }),
      { kind: 'rate_limited', status: 429 },
    ],
    [
      '429 insufficient_quota',
      json(429, { error: { message: 'quota', code: 'insufficient_quota' } }),
      { kind: 'client', status: 429 },
    ],
    [
      '400 json_schema, OpenAI-shaped',
      json(400, { error: { message: "'response_format' of type 'json_schema' is not supported" } }),
      { kind: 'unsupported_schema' },
    ],
    [
      '400 json_schema, vLLM-shaped',
      json(400, { object: 'error', message: 'json_schema not supported', code: 400 }),
      { kind: 'unsupported_schema', message: /json_schema not supported/ },
    ],
    [
      '422 json_schema, FastAPI-shaped',
      json(422, { detail: 'response_format is not supported' }),
      { kind: 'unsupported_schema', status: 422 },
    ],
    [
      '400 naming only param response_format',
      json(400, { error: { message: 'Invalid value.', param: 'response_format' } }),
      { kind: 'unsupported_schema' },
    ],
    [
      '400 for something else',
      json(400, { error: { message: 'context too long', param: 'messages' } }),
      { kind: 'client', status: 400 },
    ],
    [
      '401 echoing the key',
      json(401, { error: { message: `Incorrect API key provided: ${KEY}` } }),
      { kind: 'client', status: 401, message: /^401 Incorrect API key provided: \[REDACTED\]$/ },
    ],
    ['a reset before the response', (req) => req.socket.destroy(), { kind: 'connection' }],
    [
      'a reset in the middle of the body',
      (req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"choices": [');
        setTimeout(() => req.socket.destroy(), 10);
      },
      { kind: 'connection', message: /cut off/ },
    ],
  ])('%s', async (_name, next, expected) => {
    reply = next;
    const error = await failure();
    expect(error.kind).toBe(expected.kind);
    if (expected.status !== undefined) expect(error.status).toBe(expected.status);
    if (expected.retryAfterMs !== undefined) expect(error.retryAfterMs).toBe(expected.retryAfterMs);
    if (expected.message !== undefined) expect(error.message).toMatch(expected.message);
    expect(error.message).not.toContain(KEY);
    expect(error.sent).toBe(true);
  });

  it('marks a refused connection as never sent', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await failure(`http://127.0.0.1:${port}/v1`);
    expect(error.kind).toBe('connection');
    expect(error.sent).toBe(false);
    expect(error.message).toMatch(/ECONNREFUSED/);
  });

  it('reports an abort by its signal as aborted, even mid-body', async () => {
    reply = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"choices": [');
    };
    const controller = new AbortController();
    const pending = call(baseUrl, controller.signal).catch((e: unknown) => e);
    setTimeout(() => controller.abort(), 50);
    const error = await pending;
    expect(error).toBeInstanceOf(CallError);
    expect((error as CallError).kind).toBe('aborted');
  });

  it.each([
    [
      'text parts',
      [
        { type: 'text', text: '{"a":' },
        { type: 'text', text: '1}' },
      ],
      '{"a":1}',
    ],
    ['a plain string', '{"a":1}', '{"a":1}'],
    ['null', null, null],
  ])('reads content given as %s', async (_name, content, expected) => {
    reply = json(200, completion({ role: 'assistant', content }), { 'x-request-id': 'req_1' });
    const result = await call();
    expect(result).toEqual({
      content: expected,
      refusal: null,
      finishReason: 'stop',
      usage: { inputTokens: 0, cachedInputTokens: 0, outputTokens: 0 },
      requestId: 'req_1',
    });
  });
});
