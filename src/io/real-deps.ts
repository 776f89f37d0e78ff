import { setTimeout as delay } from 'node:timers/promises';
import type { Deps } from '../deps.ts';
import { defaultAnalysisPool } from './analysis-pool.ts';

/** The real clock, sleep, randomness and worker threads; the one place they are created. */
export function createRealDeps(): Omit<Deps, 'logger'> {
  const analysers = defaultAnalysisPool();
  return {
    ...(analysers === null ? {} : { analysers }),
    clock: () => new Date(),
    now: () => performance.now(),
    sleep: (ms, signal) => delay(ms, undefined, signal ? { signal } : {}),
    random: Math.random,
  };
}
