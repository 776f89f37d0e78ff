/**
 * The fake OpenAI-compatible server as a process of its own, so a benchmark's client and server
 * do not share an event loop. Prints one JSON line `{"baseUrl": …}` on stdout once listening;
 * on SIGTERM writes its counters to `--stats FILE` and exits.
 *
 *   node --import tsx bench/perf/fake-server-main.ts [--latency-ms 300] [--jitter-ms 100]
 *        [--rpm 600] [--stats FILE] [--bodies FILE] [--seed 1] [--seed-by-prompt]
 *
 * `--latency-ms`/`--jitter-ms`: each reply waits latency ± jitter ms (uniform). `--rpm`: a
 * server-side limit enforced like providers do, as a token bucket refilled continuously and
 * holding one second's worth; a request over it gets 429 with `retry-after` (whole seconds) and
 * `retry-after-ms`. `--bodies`: appends each request's messages to a JSONL file (token counts).
 * `--seed-by-prompt`: replies depend on the prompt alone, not on the nonce (comparing two runs).
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createPrng } from '../../test/fake-openai/prng.ts';
import { type FakeReply, startFakeOpenAI } from '../../test/fake-openai/server.ts';

const { values } = parseArgs({
  options: {
    'latency-ms': { type: 'string', default: '0' },
    'jitter-ms': { type: 'string', default: '0' },
    rpm: { type: 'string' },
    stats: { type: 'string' },
    bodies: { type: 'string' },
    'seed-by-prompt': { type: 'boolean', default: false },
    seed: { type: 'string', default: '1' },
  },
});
const latency = Number(values['latency-ms']);
const jitter = Number(values['jitter-ms']);
const rpm = values.rpm === undefined ? null : Number(values.rpm);
const random = createPrng(Number(values.seed));

/** The server-side limit: continuous refill at rpm/60 000 per ms, at most one second's worth held. */
function createLimiter(perMinute: number) {
  const ratePerMs = perMinute / 60_000;
  const capacity = Math.max(1, perMinute / 60);
  let tokens = capacity;
  let last = performance.now();
  return (): number => {
    const now = performance.now();
    tokens = Math.min(capacity, tokens + (now - last) * ratePerMs);
    last = now;
    if (tokens >= 1) {
      tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - tokens) / ratePerMs);
  };
}
const limiter = rpm === null ? null : createLimiter(rpm);
// firstAtEpochMs/lastAtEpochMs: wall-clock times of the first and last request, so a benchmark
// can tell how long the client took to send its first call and to exit after its last.
const counts = {
  requests: 0,
  ok: 0,
  rateLimited: 0,
  firstAt: 0,
  lastAt: 0,
  firstAtEpochMs: 0,
  lastAtEpochMs: 0,
  // Sum of the replies' latencies, and when the last reply is due: how busy the client kept the
  // server (mean calls in flight = busyMs / (lastReplyAt - firstAt)).
  busyMs: 0,
  lastReplyAt: 0,
  // Requests that arrived in each 250 ms since the first: where the client ramped up or stalled.
  arrivalsPer250Ms: [] as number[],
};
const started = performance.now();

const server = await startFakeOpenAI({
  policy: ({ body, info }): FakeReply => {
    const now = performance.now() - started;
    if (counts.requests === 0) {
      counts.firstAt = now;
      counts.firstAtEpochMs = Date.now();
    }
    counts.lastAt = now;
    counts.lastAtEpochMs = Date.now();
    counts.requests += 1;
    const bucket = Math.floor((now - counts.firstAt) / 250);
    counts.arrivalsPer250Ms[bucket] = (counts.arrivalsPer250Ms[bucket] ?? 0) + 1;
    if (values.bodies !== undefined) appendFileSync(values.bodies, `${JSON.stringify(body.messages)}\n`);
    const wait = limiter?.() ?? 0;
    if (wait > 0) {
      counts.rateLimited += 1;
      return {
        kind: 'error',
        status: 429,
        message: `Rate limit reached for requests (limit ${rpm} per minute). Please try again in ${wait}ms.`,
        headers: { 'retry-after': String(Math.ceil(wait / 1000)), 'retry-after-ms': String(wait) },
      };
    }
    counts.ok += 1;
    const latencyMs = Math.max(0, Math.round(latency + (random() * 2 - 1) * jitter));
    counts.busyMs += latencyMs;
    counts.lastReplyAt = Math.max(counts.lastReplyAt, now + latencyMs);
    // A grader that sends no schema (a peer tool's rubric assertion, for side-by-side timing)
    // gets the JSON object such graders ask for in their prompt.
    if (body.response_format === undefined && body.tools === undefined) {
      const score = Math.round(random() * 100) / 100;
      const content = JSON.stringify({
        reason: 'The answer covers some of the points.',
        pass: score >= 0.5,
        score,
      });
      return { kind: 'content', content, latencyMs };
    }
    // Seeded by the prompt without its nonce: two runs with different nonce keys get the same verdicts.
    const seed = values['seed-by-prompt'] ? Number.parseInt(info.promptKey.slice(0, 8), 16) : undefined;
    return { kind: 'verdict', latencyMs, ...(seed === undefined ? {} : { seed }) };
  },
});
// The server keeps no request log of its own worth reading here; a long run must not grow one.
process.stdout.write(`${JSON.stringify({ baseUrl: server.baseUrl })}\n`);

process.on('SIGTERM', () => {
  if (values.stats !== undefined) writeFileSync(values.stats, JSON.stringify(counts));
  void server.close().finally(() => process.exit(0));
});
