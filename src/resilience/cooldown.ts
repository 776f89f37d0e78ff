import type { Deps } from '../deps.ts';

/**
 * A shared pause after a 429 that names its wait (`retry-after`): rate limits belong to the
 * endpoint (or the account), not to one request, so no new attempt of any call goes out until
 * the wait is over. One cooldown is shared by every judge on the same endpoint.
 */
export interface Cooldown {
  /** Holds new attempts back until `ms` from now (a longer pause already set wins). */
  pause(ms: number): void;
  /** Resolves when no pause is in force; rejects if `signal` aborts first. */
  wait(signal?: AbortSignal): Promise<void>;
}

export function createCooldown(deps: Pick<Deps, 'now' | 'sleep'>): Cooldown {
  let until = 0;
  return {
    pause(ms) {
      until = Math.max(until, deps.now() + ms);
    },
    async wait(signal) {
      // Loop: a pause may be extended while we sleep.
      for (let left = until - deps.now(); left > 0; left = until - deps.now()) {
        await deps.sleep(left, signal);
      }
    },
  };
}
