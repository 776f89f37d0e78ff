import { pino } from 'pino';
import type { Deps } from '../../src/deps.ts';
import { createPrng } from './prng.ts';

/** A sleep on the global timers (so vitest's fake timers drive it) that rejects when aborted. */
export function sleepOnTimers(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Deps for tests: global timers and Date (fakeable), a seeded PRNG, a silent logger unless given. */
export function createTestDeps(overrides: Partial<Deps> = {}): Deps {
  return {
    clock: () => new Date(),
    now: () => Date.now(),
    sleep: sleepOnTimers,
    random: createPrng(42),
    logger: pino({ level: 'silent' }),
    ...overrides,
  };
}

/** A virtual clock: `sleep` advances time at once, so waits are observable without waiting. */
export function createVirtualClock(start = 0): Pick<Deps, 'now' | 'sleep'> & { readonly sleeps: number[] } {
  let time = start;
  const sleeps: number[] = [];
  return {
    now: () => time,
    sleep: async (ms, signal) => {
      signal?.throwIfAborted();
      sleeps.push(ms);
      time += ms;
    },
    sleeps,
  };
}
