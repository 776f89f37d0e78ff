import { describe, expect, it } from 'vitest';
import { createAdaptiveLimit } from './adaptive-limit.ts';

describe('createAdaptiveLimit', () => {
  it('halves once per wave of 429s and never drops below 1', () => {
    const limit = createAdaptiveLimit({ max: 8, growAfter: 3 });
    limit.onRateLimited(0);
    limit.onRateLimited(0); // same wave: ignored
    expect(limit.state().limit).toBe(4);
    limit.onRateLimited(1);
    limit.onRateLimited(2);
    limit.onRateLimited(3);
    limit.onRateLimited(4);
    expect(limit.state().limit).toBe(1);
  });

  it('grows by one after K successes in a row, up to max', () => {
    const limit = createAdaptiveLimit({ max: 3, growAfter: 2 });
    limit.onRateLimited(0);
    expect(limit.state().limit).toBe(1);
    for (let i = 0; i < 20; i++) limit.onSuccess();
    expect(limit.state().limit).toBe(3);
  });

  it('a 429 resets the success streak', () => {
    const limit = createAdaptiveLimit({ max: 4, growAfter: 2 });
    limit.onRateLimited(0);
    limit.onSuccess();
    limit.onRateLimited(0); // stale epoch: no cut, but the streak restarts
    limit.onSuccess();
    expect(limit.state().limit).toBe(2);
    limit.onSuccess();
    expect(limit.state().limit).toBe(3);
  });

  it('runs at most `limit` tasks at once and passes the epoch', async () => {
    const limit = createAdaptiveLimit({ max: 2, growAfter: 5 });
    let running = 0;
    let peak = 0;
    const epochs: number[] = [];
    await Promise.all(
      Array.from({ length: 6 }, () =>
        limit.run(async (epoch) => {
          epochs.push(epoch);
          running += 1;
          peak = Math.max(peak, running);
          await new Promise((resolve) => setImmediate(resolve));
          running -= 1;
        }),
      ),
    );
    expect(peak).toBe(2);
    expect(epochs).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
