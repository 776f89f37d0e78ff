import { describe, expect, it } from 'vitest';
import { createCooldown } from './cooldown.ts';

/** A virtual clock: sleeping advances time, nothing really waits. */
function virtualClock() {
  let now = 0;
  const sleeps: number[] = [];
  return {
    now: () => now,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      now += ms;
    },
    advance: (ms: number) => {
      now += ms;
    },
    sleeps,
  };
}

describe('createCooldown', () => {
  it('does not wait when no pause is set', async () => {
    const clock = virtualClock();
    await createCooldown(clock).wait();
    expect(clock.sleeps).toEqual([]);
  });

  it('waits out the rest of a pause, and a longer pause wins over a shorter one', async () => {
    const clock = virtualClock();
    const cooldown = createCooldown(clock);
    cooldown.pause(1000);
    cooldown.pause(200);
    clock.advance(300);
    await cooldown.wait();
    expect(clock.now()).toBe(1000);
    expect(clock.sleeps).toEqual([700]);
  });

  it('keeps waiting when the pause is extended during the wait', async () => {
    const clock = virtualClock();
    const cooldown = createCooldown({
      now: clock.now,
      sleep: async (ms) => {
        await clock.sleep(ms);
        if (clock.sleeps.length === 1) cooldown.pause(500);
      },
    });
    cooldown.pause(100);
    await cooldown.wait();
    expect(clock.now()).toBe(600);
  });

  it('rejects when the caller aborts during the wait', async () => {
    const cooldown = createCooldown({
      now: () => 0,
      sleep: (_ms, signal) => Promise.reject(signal?.reason ?? new Error('aborted')),
    });
    cooldown.pause(100);
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(cooldown.wait(controller.signal)).rejects.toThrow('stop');
  });
});
