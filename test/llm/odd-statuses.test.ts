import { describe, expect, it } from 'vitest';
import { expectSoundRun, reasonsOf, runScore } from './check-run.ts';
import { workDir } from './helpers.ts';
import { type RawContext, type RawHandler, startRawServer } from './raw-server.ts';

/** Short retries and a quick breaker, so every test stays well under a few seconds. */
const FAST = { retryBaseMs: 5, retryMaxMs: 50, breakerHalfOpenMs: 100 };

const HTML_503 =
  '<!DOCTYPE html>\n<html><head><title>503 Service Unavailable</title></head>\n<body><h1>Service Unavailable</h1><p>The server is temporarily unable to service your request.</p></body></html>';

/** Replies with `odd` to the first request of each item and with a valid verdict after. */
function firstPerItem(odd: (ctx: RawContext) => void): RawHandler {
  const seen = new Set<string>();
  return (ctx) => {
    const first = !seen.has(ctx.info.item);
    seen.add(ctx.info.item);
    if (first) odd(ctx);
    else ctx.reply(200, ctx.verdictCompletion(3));
  };
}

/** Transient faults: each item's first request fails, the retry (the same request) succeeds. */
const TRANSIENT: ReadonlyArray<{
  name: string;
  config?: Record<string, unknown>;
  odd: (ctx: RawContext) => void;
}> = [
  { name: '503 with an HTML body', odd: (ctx) => ctx.reply(503, HTML_503, { 'content-type': 'text/html' }) },
  {
    name: '500 with an OpenAI-shaped error',
    odd: (ctx) =>
      ctx.reply(500, {
        error: { message: 'The server had an error while processing your request.', type: 'server_error' },
      }),
  },
  { name: '502 with no body', odd: (ctx) => ctx.reply(502, '') },
  { name: '408 from the server', odd: (ctx) => ctx.reply(408, { error: { message: 'Request timed out.' } }) },
  { name: '429 with retry-after: 0', odd: (ctx) => ctx.reply(429, rateLimitBody(), { 'retry-after': '0' }) },
  { name: '429 with no retry-after', odd: (ctx) => ctx.reply(429, rateLimitBody()) },
  {
    name: 'a reset before any response',
    odd: (ctx) => ctx.reset(),
  },
  {
    name: 'a reset after the headers and half the body',
    odd: (ctx) => {
      ctx.res.writeHead(200, { 'content-type': 'application/json' });
      ctx.res.write(JSON.stringify(ctx.verdictCompletion()).slice(0, 100));
      setTimeout(() => ctx.reset(), 20);
    },
  },
  {
    name: 'headers then a stalled body (cut by --timeout-ms)',
    config: { timeoutMs: 300 },
    odd: (ctx) => {
      ctx.res.writeHead(200, { 'content-type': 'application/json' });
      ctx.res.write(JSON.stringify(ctx.verdictCompletion()).slice(0, 100));
    },
  },
  { name: 'no response at all (cut by --timeout-ms)', config: { timeoutMs: 300 }, odd: () => undefined },
  {
    name: '503 headers then a stalled error body (cut by --timeout-ms)',
    config: { timeoutMs: 300 },
    odd: (ctx) => {
      ctx.res.writeHead(503, { 'content-type': 'text/html' });
      ctx.res.write('<html><head><title>503');
    },
  },
];

function rateLimitBody() {
  return {
    error: { message: 'Rate limit reached for requests', type: 'requests', code: 'rate_limit_exceeded' },
  };
}

describe('score against an endpoint with transient faults', () => {
  it.each(TRANSIENT)('$name: retried, then scored; counts agree', async ({ odd, config }) => {
    const server = await startRawServer(firstPerItem(odd));
    const run = await runScore(server.baseUrl, workDir({ ...FAST, breakerThreshold: 100, ...config }));
    expectSoundRun(run, server.log);
    expect(run.code).toBe(0);
    expect(run.judged.every((i) => i.status === 'scored' && i.rating === 3)).toBe(true);
    expect(server.log.length).toBe(run.judged.length * 2);
    // A transport retry resends the identical request; it is no repair.
    for (const item of new Set(server.log.map((e) => e.info.item))) {
      const bodies = server.log.filter((e) => e.info.item === item).map((e) => e.body);
      expect(new Set(bodies).size, item).toBe(1);
    }
    expect(run.calls.every((c) => c.attempts === 2 && c.retries === 1 && !c.repairAttempted)).toBe(true);
  });
});

describe('score against an endpoint that rate-limits with odd headers', () => {
  /** The first two requests get a 429 with `headers(now)`; the rest succeed. */
  async function rateLimitedRun(headers: (now: number) => Record<string, string>) {
    const arrivals = new Map<number, number>();
    const limitedUntil = new Map<string, number>();
    const server = await startRawServer((ctx) => {
      arrivals.set(ctx.seq, Date.now());
      if (ctx.seq < 2) {
        const sent = headers(Date.now());
        ctx.reply(429, rateLimitBody(), sent);
        limitedUntil.set(ctx.entry.body, Date.now());
      } else ctx.reply(200, ctx.verdictCompletion(3));
    });
    const run = await runScore(server.baseUrl, workDir({ ...FAST, breakerThreshold: 100 }));
    expectSoundRun(run, server.log);
    expect(run.code).toBe(0);
    expect(run.summary.llm.rateLimited).toBe(2);
    expect(run.judged.every((i) => i.status === 'scored')).toBe(true);
    /** Ms between each 429 and the retry of the same request. */
    const gaps = server.log
      .filter((e) => e.status === 429)
      .map((limited) => {
        const retry = server.log.find((e) => e.seq > limited.seq && e.body === limited.body);
        return (arrivals.get(retry?.seq ?? -1) ?? 0) - (limitedUntil.get(limited.body) ?? 0);
      });
    return { run, server, gaps, arrivals };
  }

  it('retry-after as an HTTP date: the retry waits until that date', async () => {
    let date = 0;
    const { server, arrivals } = await rateLimitedRun((now) => {
      // HTTP dates have whole seconds: the next second boundary, at least 300 ms ahead.
      // Both 429s name the same date.
      if (date === 0) date = Math.ceil((now + 300) / 1000) * 1000;
      return { 'retry-after': new Date(date).toUTCString() };
    });
    // The retries of the limited requests came no earlier than the date (1 s granularity).
    const retries = server.log.filter(
      (e) => e.seq >= 2 && server.log.slice(0, 2).some((l) => l.body === e.body),
    );
    expect(retries).toHaveLength(2);
    for (const retry of retries) expect(arrivals.get(retry.seq)).toBeGreaterThanOrEqual(date);
  });

  it('x-ratelimit-reset-requests only: honoured as the wait', async () => {
    const { gaps } = await rateLimitedRun(() => ({
      'x-ratelimit-limit-requests': '60',
      'x-ratelimit-remaining-requests': '0',
      'x-ratelimit-reset-requests': '400ms',
    }));
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(395);
  });

  it('429 insufficient_quota is not retried: waiting does not refill a quota', async () => {
    const server = await startRawServer((ctx) =>
      ctx.reply(429, {
        error: {
          message: 'You exceeded your current quota.',
          type: 'insufficient_quota',
          code: 'insufficient_quota',
        },
      }),
    );
    const run = await runScore(server.baseUrl, workDir(FAST));
    expectSoundRun(run, server.log);
    expect(run.code).toBe(3);
    expect(server.log.length).toBe(run.judged.length);
    expect(reasonsOf(run).every((r) => r.includes('judge_failed'))).toBe(true);
  });
});
