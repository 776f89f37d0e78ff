import { describe, expect, it } from 'vitest';
import { createPrng } from '../../test/fake-openai/prng.ts';
import { createAdaptiveRate } from './adaptive-rate.ts';

/**
 * A discrete-event clock: `sleep` wakes at now + ms, and `run` advances time to the next wake
 * only once every promise is settled, so many concurrent sleepers share one timeline.
 */
function eventClock() {
  let time = 0;
  const wakes: Array<{ at: number; wake: () => void }> = [];
  const settle = () => new Promise((resolve) => setImmediate(resolve));
  return {
    now: () => time,
    sleep: (ms: number) =>
      new Promise<void>((resolve) => {
        wakes.push({ at: time + Math.max(0, ms), wake: resolve });
      }),
    async run(done: () => boolean) {
      for (;;) {
        await settle();
        if (done() || wakes.length === 0) return;
        wakes.sort((a, b) => a.at - b.at);
        const next = wakes.shift();
        if (next === undefined) return;
        time = Math.max(time, next.at);
        next.wake();
      }
    },
  };
}

/** A provider-style limit: a bucket of one second's worth, refilled continuously. */
function serverLimit(perMinute: number, now: () => number) {
  const perMs = perMinute / 60_000;
  const capacity = perMinute / 60;
  let tokens = capacity;
  let last = now();
  return () => {
    tokens = Math.min(capacity, tokens + (now() - last) * perMs);
    last = now();
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}

/**
 * `workers` callers send `calls` requests through the limiter to a server limited to `perMinute`,
 * each answer taking `latency()` ms; a 429 is retried after its Retry-After (the time to the next
 * token). Returns the requests, the 429s and the virtual time taken.
 */
async function simulate(args: { perMinute: number; calls: number; workers: number; latency: () => number }) {
  const clock = eventClock();
  const pace = createAdaptiveRate({}, clock);
  const admit = serverLimit(args.perMinute, clock.now);
  let left = args.calls;
  let requests = 0;
  let limited = 0;
  let finished = 0;
  const worker = async () => {
    while (left > 0) {
      left -= 1;
      for (;;) {
        const sentAt = await pace.acquire();
        requests += 1;
        await clock.sleep(args.latency());
        if (admit()) {
          pace.onSuccess();
          break;
        }
        limited += 1;
        pace.onRateLimited(sentAt);
        await clock.sleep(60_000 / args.perMinute);
      }
    }
    finished += 1;
  };
  const workers = Array.from({ length: args.workers }, worker);
  await clock.run(() => finished === args.workers);
  await Promise.all(workers);
  return { requests, limited, ms: clock.now(), idealMs: (args.calls / args.perMinute) * 60_000 };
}

describe('createAdaptiveRate', () => {
  it('never waits while no 429 has come', async () => {
    const clock = eventClock();
    const pace = createAdaptiveRate({}, clock);
    for (let i = 0; i < 1000; i += 1) {
      await pace.acquire();
      pace.onSuccess();
    }
    expect(clock.now()).toBe(0);
    expect(pace.perSecond()).toBeNull();
  });

  // A slow limit costs more 429s before the first cut: it waits for 20 answers (a few seconds at
  // two requests a second), so that a provider refusing a few requests at random is not paced.
  it.each([
    { perMinute: 600, latency: 0, workers: 64, most429: 0.1 },
    { perMinute: 600, latency: 300, workers: 64, most429: 0.1 },
    { perMinute: 3_000, latency: 50, workers: 16, most429: 0.1 },
    { perMinute: 120, latency: 5, workers: 8, most429: 0.2 },
  ])(
    'learns a limit of $perMinute/min ($workers callers, $latency ms answers): at most $most429 of requests get a 429, near the ideal time',
    async ({ perMinute, latency, workers, most429 }) => {
      const random = createPrng(7);
      const result = await simulate({
        perMinute,
        calls: Math.round(perMinute * 2),
        workers,
        latency: () => latency * (0.5 + random()),
      });
      expect(result.limited / result.requests).toBeLessThanOrEqual(most429);
      expect(result.ms / result.idealMs).toBeLessThanOrEqual(1.35);
    },
  );

  it('cuts once per overload: 429s to requests sent before the cut do not cut again', async () => {
    const clock = eventClock();
    const pace = createAdaptiveRate({ cut: 0.5, minShare: 0 }, clock);
    for (let i = 0; i < 20; i += 1) pace.onSuccess();
    const sent = await pace.acquire();
    for (let i = 0; i < 5; i += 1) pace.onRateLimited(sent);
    const first = pace.perSecond();
    pace.onRateLimited(sent);
    expect(pace.perSecond()).toBe(first);
    // 20 successes over (at least) one second, halved.
    expect(first).toBeCloseTo(10, 5);
  });

  it('does not cut for 429s that are a small share of the answers (an overloaded provider, not a limit)', async () => {
    const clock = eventClock();
    const pace = createAdaptiveRate({}, clock);
    const random = createPrng(3);
    for (let i = 0; i < 5_000; i += 1) {
      const sent = await pace.acquire();
      if (random() < 0.1) pace.onRateLimited(sent);
      else pace.onSuccess();
    }
    expect(pace.perSecond()).toBeNull();
  });

  it('grows back while no 429 comes, and steps aside at a very high pace', async () => {
    const clock = eventClock();
    const pace = createAdaptiveRate({ cut: 0.5, growPerSecond: 1, minShare: 0 }, clock);
    for (let i = 0; i < 20; i += 1) pace.onSuccess();
    pace.onRateLimited(await pace.acquire());
    expect(pace.perSecond()).toBeCloseTo(10, 5);
    const later = clock.sleep(1000);
    await clock.run(() => false);
    await later;
    expect(pace.perSecond()).toBeCloseTo(20, 5);
    const much = clock.sleep(200_000);
    await clock.run(() => false);
    await much;
    expect(pace.perSecond()).toBeNull();
  });

  it('paces evenly once cut: requests spaced by 1 / rate', async () => {
    const clock = eventClock();
    const pace = createAdaptiveRate({ cut: 1, growPerSecond: 0, minShare: 0 }, clock);
    for (let i = 0; i < 20; i += 1) pace.onSuccess();
    pace.onRateLimited(await pace.acquire());
    const times: number[] = [];
    const waiters = Array.from({ length: 4 }, () => pace.acquire().then((t) => times.push(t)));
    await clock.run(() => times.length === 4);
    await Promise.all(waiters);
    // 20 answers in (at least) a second: 20 a second, one every 50 ms.
    expect(times).toEqual([50, 100, 150, 200]);
  });
});
