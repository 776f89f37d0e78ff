import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestDeps } from '../../test/fake-openai/test-deps.ts';
import { CallError } from './call-error.ts';
import {
  createResiliencePolicy,
  RATE_HEADROOM,
  type ResiliencePolicyOptions,
} from './create-resilience-policy.ts';

const options: ResiliencePolicyOptions = {
  concurrency: 4,
  maxRetries: 3,
  timeoutMs: 1_000,
  breaker: { threshold: 5, halfOpenAfterMs: 10_000 },
  backoff: { baseDelayMs: 100, maxDelayMs: 1_000 },
};
const meta = { estimatedTokens: 100, itemKey: 't1#q1' };

/** A scripted endpoint: each attempt takes the next step; records the (fake) time of each attempt. */
function scripted(steps: Array<CallError | 'ok' | 'hang'>) {
  const times: number[] = [];
  const fn = (signal: AbortSignal): Promise<string> => {
    times.push(Date.now());
    const step = steps[Math.min(times.length - 1, steps.length - 1)];
    if (step === 'ok') return Promise.resolve('value');
    if (step === 'hang') {
      return new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted'))));
    }
    return Promise.reject(step);
  };
  return { fn, times };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Runs a promise to completion while advancing fake time. */
async function settle<T>(promise: Promise<T>): Promise<T> {
  // Mark the rejection handled while timers run; the caller still sees it.
  promise.catch(() => undefined);
  await vi.runAllTimersAsync();
  return promise;
}

describe('createResiliencePolicy', () => {
  it('retries server errors and reports the attempts', async () => {
    const policy = createResiliencePolicy(options, createTestDeps());
    const { fn } = scripted([new CallError('server', '503'), new CallError('connection', 'reset'), 'ok']);
    const result = await settle(policy.execute(fn, meta));
    expect(result).toEqual({ ok: true, value: 'value', stats: { attempts: 3, rateLimited: 0, timeouts: 0 } });
  });

  it.each([
    ['client', 400],
    ['client', 401],
    ['unsupported_schema', 400],
  ] as const)('does not retry %s %i', async (kind, status) => {
    const policy = createResiliencePolicy(options, createTestDeps());
    const { fn, times } = scripted([new CallError(kind, 'no', { status }), 'ok']);
    const result = await settle(policy.execute(fn, meta));
    expect(result.ok).toBe(false);
    expect(result.ok ? undefined : result.error.kind).toBe(kind);
    expect(times).toHaveLength(1);
  });

  it('does not count a refused connection as a request sent, but retries it', async () => {
    const policy = createResiliencePolicy(options, createTestDeps());
    const refused = new CallError('connection', 'ECONNREFUSED', { sent: false });
    const { fn, times } = scripted([refused, refused, 'ok']);
    const result = await settle(policy.execute(fn, meta));
    expect(times).toHaveLength(3);
    expect(result).toEqual({ ok: true, value: 'value', stats: { attempts: 1, rateLimited: 0, timeouts: 0 } });
  });

  it('counts an exhausted-quota 429 as rate limited, without retrying it', async () => {
    const policy = createResiliencePolicy(options, createTestDeps());
    const { fn, times } = scripted([new CallError('client', 'quota', { status: 429 }), 'ok']);
    const result = await settle(policy.execute(fn, meta));
    expect(times).toHaveLength(1);
    expect(result.ok).toBe(false);
    expect(result.stats).toEqual({ attempts: 1, rateLimited: 1, timeouts: 0 });
  });

  it('waits at least Retry-After before retrying a 429', async () => {
    const policy = createResiliencePolicy(options, createTestDeps());
    const limited = new CallError('rate_limited', '429', { status: 429, retryAfterMs: 5_000 });
    const { fn, times } = scripted([limited, 'ok']);
    const result = await settle(policy.execute(fn, meta));
    expect(result.ok && result.stats).toEqual({ attempts: 2, rateLimited: 1, timeouts: 0 });
    const [first = 0, second = 0] = times;
    expect(second - first).toBeGreaterThanOrEqual(5_000);
  });

  it('gives up at once when Retry-After exceeds the maximum it will wait', async () => {
    const policy = createResiliencePolicy({ ...options, maxRetryAfterMs: 60_000 }, createTestDeps());
    const limited = new CallError('rate_limited', '429', { status: 429, retryAfterMs: 3_600_000 });
    const { fn, times } = scripted([limited, 'ok']);
    const result = await settle(policy.execute(fn, meta));
    expect(result.ok ? undefined : result.error.kind).toBe('rate_limited');
    expect(times).toHaveLength(1);
  });

  it('cuts a hanging attempt at the timeout and retries it', async () => {
    const policy = createResiliencePolicy(options, createTestDeps());
    const { fn, times } = scripted(['hang', 'ok']);
    const result = await settle(policy.execute(fn, meta));
    expect(result).toEqual({ ok: true, value: 'value', stats: { attempts: 2, rateLimited: 0, timeouts: 1 } });
    const [first = 0, second = 0] = times;
    expect(second - first).toBeGreaterThanOrEqual(1_000);
  });

  it('stops after maxRetries and returns the last error', async () => {
    const policy = createResiliencePolicy({ ...options, maxRetries: 2 }, createTestDeps());
    const { fn, times } = scripted([new CallError('server', '500 boom', { status: 500 })]);
    const result = await settle(policy.execute(fn, meta));
    expect(result.ok ? undefined : result.error.message).toBe('500 boom');
    expect(times).toHaveLength(3);
  });

  it('opens the circuit after N consecutive failures, fails fast, then recovers via a half-open probe', async () => {
    const policy = createResiliencePolicy(
      { ...options, maxRetries: 0, breaker: { threshold: 3, halfOpenAfterMs: 10_000 } },
      createTestDeps(),
    );
    const down = scripted([new CallError('server', '503', { status: 503 })]);
    for (let i = 0; i < 3; i++) await settle(policy.execute(down.fn, meta));
    expect(policy.state().open).toBe(true);

    const fast = await settle(policy.execute(down.fn, meta));
    expect(fast.ok ? undefined : fast.error.kind).toBe('circuit_open');
    expect(fast.stats.attempts).toBe(0);
    expect(down.times).toHaveLength(3);

    await vi.advanceTimersByTimeAsync(10_000);
    const up = scripted(['ok']);
    const probe = await settle(policy.execute(up.fn, meta));
    expect(probe.ok).toBe(true);
    expect(policy.state().open).toBe(false);
  });

  it('opens the circuit on repeated 401s (a bad key fails every call), but not on 400s', async () => {
    const strict = { ...options, maxRetries: 0, breaker: { threshold: 2, halfOpenAfterMs: 10_000 } };
    const policy = createResiliencePolicy(strict, createTestDeps());
    const unauthorized = scripted([new CallError('client', '401', { status: 401 })]);
    for (let i = 0; i < 2; i++) await settle(policy.execute(unauthorized.fn, meta));
    expect(policy.state().open).toBe(true);
    const other = createResiliencePolicy(strict, createTestDeps());
    const badRequest = scripted([new CallError('client', '400', { status: 400 })]);
    for (let i = 0; i < 4; i++) await settle(other.execute(badRequest.fn, meta));
    expect(other.state().open).toBe(false);
  });

  it('does not start another attempt when the caller aborts during a backoff', async () => {
    const policy = createResiliencePolicy(options, createTestDeps());
    const controller = new AbortController();
    const { fn, times } = scripted([new CallError('server', '503', { status: 503 }), 'ok']);
    const pending = policy.execute(fn, { ...meta, signal: controller.signal });
    await vi.advanceTimersByTimeAsync(1);
    controller.abort();
    const result = await settle(pending);
    expect(result.ok ? undefined : result.error.kind).toBe('aborted');
    expect(times).toHaveLength(1);
    expect(result.stats.attempts).toBe(1);
  });

  it('does not let 429s open the circuit', async () => {
    const policy = createResiliencePolicy(
      { ...options, maxRetries: 0, breaker: { threshold: 2, halfOpenAfterMs: 10_000 } },
      createTestDeps(),
    );
    const limited = scripted([new CallError('rate_limited', '429', { status: 429 })]);
    for (let i = 0; i < 5; i++) await settle(policy.execute(limited.fn, meta));
    expect(policy.state().open).toBe(false);
  });

  it('never runs more than `concurrency` attempts at once, and halves the limit on a 429', async () => {
    vi.useRealTimers();
    const policy = createResiliencePolicy({ ...options, concurrency: 3 }, createTestDeps());
    let running = 0;
    let peak = 0;
    const fn = async (): Promise<number> => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
      return peak;
    };
    await Promise.all(Array.from({ length: 12 }, () => policy.execute(fn, meta)));
    expect(peak).toBe(3);
    const limited = scripted([new CallError('rate_limited', '429', { status: 429, retryAfterMs: 1 }), 'ok']);
    await policy.execute(limited.fn, meta);
    expect(policy.state().limit).toBe(1);
    expect(policy.state().maxLimit).toBe(3);
  });

  it('spaces attempts by the RPM limit, kept RATE_HEADROOM under it', async () => {
    // --rpm 126.3 is paced at 120 RPM: a burst of 2 (one second's worth), then one every 500 ms.
    const policy = createResiliencePolicy({ ...options, rpm: 120 / RATE_HEADROOM }, createTestDeps());
    const { fn, times } = scripted(['ok']);
    await settle(Promise.all([1, 2, 3, 4].map(() => policy.execute(fn, meta))));
    const start = times[0] ?? 0;
    expect(times.map((t) => Math.round(t - start))).toEqual([0, 0, 500, 1000]);
  });

  it('treats the caller cancelling as aborted, not retried', async () => {
    const policy = createResiliencePolicy(options, createTestDeps());
    const controller = new AbortController();
    const { fn, times } = scripted(['hang']);
    const pending = policy.execute(fn, { ...meta, signal: controller.signal });
    await vi.advanceTimersByTimeAsync(10);
    controller.abort();
    const result = await settle(pending);
    expect(result.ok ? undefined : result.error.kind).toBe('aborted');
    expect(times).toHaveLength(1);
  });

  it('rethrows errors that are not CallErrors (bugs)', async () => {
    const policy = createResiliencePolicy(options, createTestDeps());
    const bug = (): Promise<never> => Promise.reject(new TypeError('undefined is not a function'));
    await expect(settle(policy.execute(bug, meta))).rejects.toThrow(TypeError);
  });
});
