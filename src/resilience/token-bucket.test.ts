import { describe, expect, it } from 'vitest';
import { createVirtualClock } from '../../test/fake-openai/test-deps.ts';
import { createTokenBucket } from './token-bucket.ts';

/** Acquires each cost in order (all queued at once) and returns the virtual time each was granted. */
async function grantTimes(perMinute: number, costs: number[]): Promise<number[]> {
  const clock = createVirtualClock();
  const bucket = createTokenBucket({ perMinute }, clock);
  const times: number[] = [];
  await Promise.all(costs.map((cost) => bucket.acquire(cost).then(() => times.push(clock.now()))));
  return times;
}

describe('createTokenBucket', () => {
  it('spaces requests evenly at 60 RPM (one a second)', async () => {
    expect(await grantTimes(60, [1, 1, 1, 1, 1])).toEqual([0, 1000, 2000, 3000, 4000]);
  });

  it('allows one second of burst, then the steady rate', async () => {
    const times = await grantTimes(
      600,
      Array.from({ length: 13 }, () => 1),
    );
    expect(times).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 100, 200, 300]);
  });

  it('charges TPM by cost and lets a large request through once, leaving a debt', async () => {
    // 6000 TPM = 0.1 token/ms, bucket of 100: the 300-token call goes at once and leaves -200,
    // so the next 50-token call waits for 250 tokens = 2500 ms.
    expect(await grantTimes(6000, [300, 50])).toEqual([0, 2500]);
  });

  it('rejects a waiter when its signal is aborted', async () => {
    const clock = createVirtualClock();
    const bucket = createTokenBucket({ perMinute: 60 }, clock);
    await bucket.acquire(1);
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(bucket.acquire(1, controller.signal)).rejects.toThrow('stop');
    // The queue survives a rejected waiter.
    await bucket.acquire(1);
    expect(clock.now()).toBe(1000);
  });
});
