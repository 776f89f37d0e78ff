import { setTimeout as delay } from 'node:timers/promises';
import type { Deps } from '../deps.ts';

/** The real clock, sleep and randomness; the one place they are created. */
export function createRealDeps(): Omit<Deps, 'logger'> {
  return {
    clock: () => new Date(),
    now: () => performance.now(),
    sleep: (ms, signal) => delay(ms, undefined, signal ? { signal } : {}),
    random: Math.random,
  };
}
