import { afterEach, describe, expect, it } from 'vitest';
import { CallRecordSchema } from '../../src/cache/call-record.ts';
import { makeJudgeRequest } from './judge-request.ts';
import type { FakeLogEntry, FakeOpenAI } from './server.ts';
import { setupJudge } from './setup-judge.ts';

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

function byBody(log: readonly FakeLogEntry[]): Map<string, FakeLogEntry[]> {
  const groups = new Map<string, FakeLogEntry[]>();
  for (const entry of log) groups.set(entry.bodyHash, [...(groups.get(entry.bodyHash) ?? []), entry]);
  return groups;
}

describe('openai judge × resilience, through the real SDK and a real HTTP server', () => {
  it('never has more requests in flight than the concurrency limit', async () => {
    const { judge, records } = await start({
      server: { faults: { latencyMs: [20, 40] } },
      policy: { concurrency: 4 },
    });
    const verdicts = await Promise.all(
      Array.from({ length: 24 }, (_, i) => judge.judge(makeJudgeRequest(i))),
    );
    expect(verdicts.every((v) => v.outcome === 'ok')).toBe(true);
    expect(server?.log).toHaveLength(24);
    expect(server?.maxInFlight).toBe(4);
    expect(records.every((r) => CallRecordSchema.safeParse(r).success)).toBe(true);
  });

  it('honours retry-after-ms and retry-after (seconds): no retry of the same body before it elapsed', async () => {
    const { judge, records } = await start({
      server: {
        policy: ({ seen, info }) => {
          if (seen > 1) return { kind: 'verdict' };
          const headers = info.answer?.includes('number 0')
            ? { 'retry-after-ms': '300' }
            : { 'retry-after': '1' };
          return { kind: 'error', status: 429, headers, message: 'Rate limit reached for requests' };
        },
      },
    });
    const verdicts = await Promise.all([0, 1].map((i) => judge.judge(makeJudgeRequest(i))));
    expect(verdicts.map((v) => v.outcome)).toEqual(['ok', 'ok']);
    const waits = [...byBody(server?.log ?? []).values()].map((entries) => {
      expect(entries.map((e) => e.status)).toEqual([429, 200]);
      const [first, second] = entries;
      return (second?.receivedAt ?? 0) - (first?.receivedAt ?? 0);
    });
    expect(waits).toHaveLength(2);
    expect(Math.min(...waits)).toBeGreaterThanOrEqual(300);
    expect(Math.max(...waits)).toBeGreaterThanOrEqual(1000);
    for (const record of records) expect(record).toMatchObject({ attempts: 2, retries: 1, rateLimited: 1 });
  });

  it('cuts a hanging request at the timeout and retries it', async () => {
    const { judge, records } = await start({
      server: { policy: ({ seen }) => (seen === 1 ? { kind: 'hang' } : { kind: 'verdict' }) },
      policy: { timeoutMs: 200 },
    });
    const verdict = await judge.judge(makeJudgeRequest(0));
    expect(verdict.outcome).toBe('ok');
    expect(server?.log.map((e) => e.status)).toEqual(['hang', 200]);
    expect(records[0]).toMatchObject({ attempts: 2, timeouts: 1, outcome: 'ok' });
  });

  it('retries 500 and 503, but not a 400', async () => {
    const { judge, records } = await start({
      server: {
        policy: ({ seen, info }) => {
          if (info.answer?.includes('number 1'))
            return { kind: 'error', status: 400, message: "Unsupported value: 'temperature'" };
          return seen === 1
            ? { kind: 'error', status: 500 }
            : seen === 2
              ? { kind: 'error', status: 503 }
              : { kind: 'verdict' };
        },
      },
    });
    const ok = await judge.judge(makeJudgeRequest(0));
    const bad = await judge.judge(makeJudgeRequest(1));
    expect(ok.outcome).toBe('ok');
    expect(records[0]).toMatchObject({ attempts: 3, retries: 2 });
    expect(bad).toMatchObject({
      outcome: 'failed',
      error: expect.stringMatching(/^client 400: .*temperature/),
    });
    expect(records[1]).toMatchObject({ attempts: 1, outcome: 'failed', errorKind: 'client' });
    expect(server?.log.map((e) => e.status)).toEqual([500, 503, 200, 400]);
  });

  it('does not retry a 429 that means the quota is exhausted', async () => {
    const { judge, records } = await start({
      server: {
        policy: () => ({
          kind: 'error',
          status: 429,
          code: 'insufficient_quota',
          message: 'You exceeded your quota',
        }),
      },
    });
    const verdict = await judge.judge(makeJudgeRequest(0));
    expect(verdict).toMatchObject({ outcome: 'failed', error: expect.stringMatching(/^client 429: /) });
    // Every 429 counts as rate limited (summary.json's rateLimited = 429s received), retried or not.
    expect(records[0]).toMatchObject({ attempts: 1, rateLimited: 1 });
  });

  it('retries a refused connection, then fails with kind connection', async () => {
    const { judge, records } = await start({ policy: { maxRetries: 2 } });
    await server?.close();
    server = undefined;
    const verdict = await judge.judge(makeJudgeRequest(0));
    expect(verdict).toMatchObject({ outcome: 'failed', error: expect.stringMatching(/^connection: /) });
    // Retried (see the policy's unit test), but a refused connection sends no request: attempts
    // count only requests the endpoint could have received.
    expect(records[0]).toMatchObject({ attempts: 0, retries: 0, errorKind: 'connection' });
    expect(verdict).toMatchObject({ error: expect.stringMatching(/ECONNREFUSED/) });
  });

  it('opens the breaker during an outage, fails fast, and recovers through a half-open probe', async () => {
    const { judge, records, policy } = await start({
      policy: { maxRetries: 0, breaker: { threshold: 3, halfOpenAfterMs: 300 } },
    });
    server?.setOutage(true);
    const during = [];
    for (let i = 0; i < 5; i++) during.push(await judge.judge(makeJudgeRequest(i)));
    expect(during.map((v) => (v.outcome === 'failed' ? v.error.split(':')[0] : v.outcome))).toEqual([
      'server 503',
      'server 503',
      'server 503',
      'circuit_open',
      'circuit_open',
    ]);
    expect(server?.log).toHaveLength(3);
    expect(policy.state().open).toBe(true);
    expect(records.slice(3).map((r) => [r.errorKind, r.attempts])).toEqual([
      ['circuit_open', 0],
      ['circuit_open', 0],
    ]);

    server?.setOutage(false);
    await new Promise((resolve) => setTimeout(resolve, 350));
    const probe = await judge.judge(makeJudgeRequest(5));
    expect(probe.outcome).toBe('ok');
    expect(policy.state().open).toBe(false);
    expect(server?.log).toHaveLength(4);
  });

  it('accounts for every request under a seeded fault mix, and never throws', async () => {
    const { judge, records } = await start({
      server: {
        seed: 1234,
        faults: {
          rateLimited: 0.12,
          retryAfterMs: 20,
          serverError: 0.12,
          hang: 0.08,
          malformed: 0.08,
          schemaViolation: 0.08,
          latencyMs: [0, 15],
        },
      },
      policy: {
        concurrency: 5,
        maxRetries: 4,
        timeoutMs: 150,
        breaker: { threshold: 50, halfOpenAfterMs: 1_000 },
      },
    });
    const verdicts = await Promise.all(
      Array.from({ length: 30 }, (_, i) => judge.judge(makeJudgeRequest(i))),
    );
    const log = server?.log ?? [];
    expect(records).toHaveLength(30);
    expect(records.every((r) => CallRecordSchema.safeParse(r).success)).toBe(true);
    const sum = (f: (r: (typeof records)[number]) => number) => records.reduce((n, r) => n + f(r), 0);
    expect(sum((r) => r.attempts)).toBe(log.length);
    expect(sum((r) => r.rateLimited)).toBe(log.filter((e) => e.status === 429).length);
    expect(sum((r) => r.timeouts)).toBe(log.filter((e) => e.status === 'hang').length);
    // The seed yields every fault at least once, so each accounting line above is exercised.
    const statuses = new Set(log.map((e) => e.status));
    for (const status of [429, 'hang', 200] as const) expect(statuses).toContain(status);
    expect(log.some((e) => e.status === 500 || e.status === 503)).toBe(true);
    expect(records.some((r) => r.repairAttempted)).toBe(true);
    for (const [i, verdict] of verdicts.entries()) {
      if (verdict.outcome === 'ok') {
        // Whatever the generated content, a valid verdict covers exactly the question's flags.
        expect(verdict.body.findings.map((f) => f.flag).sort()).toEqual(
          [...makeJudgeRequest(i).format.flagIds].sort(),
        );
        expect([1, 2, 3, 4]).toContain(verdict.body.rating);
      } else expect('body' in verdict).toBe(false);
    }
    // Transport retries and repair re-asks are counted apart: every request is one or the other.
    const repairs = records.filter((r) => r.repairAttempted).length;
    expect(sum((r) => r.retries)).toBe(log.length - records.length - repairs);
    expect(verdicts.filter((v) => v.outcome === 'ok').length).toBeGreaterThan(20);
  });
});
