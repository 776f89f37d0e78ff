import type { Deps } from '../deps.ts';

/** A client-side rate limiter: `acquire(cost)` resolves when `cost` units may be spent. */
export interface TokenBucket {
  acquire(cost: number, signal?: AbortSignal): Promise<void>;
}

/**
 * A token bucket refilled continuously at `perMinute / 60 000` units per ms, holding at most one
 * second's worth (so a per-minute limit is not spent in one burst, as providers also enforce
 * limits over shorter windows). A cost larger than the bucket is allowed once the bucket is full
 * and leaves a debt, so large requests are slowed, never starved.
 *
 * Hand-written: neither cockatiel nor p-limit limits by rate, and this is small enough that a
 * dependency would cost more than it saves. Time comes from `deps` so tests use a virtual clock.
 * Waiters are served first come, first served.
 */
export function createTokenBucket(
  options: { perMinute: number; burst?: number },
  deps: Pick<Deps, 'now' | 'sleep'>,
): TokenBucket {
  const ratePerMs = options.perMinute / 60_000;
  const capacity = options.burst ?? Math.max(1, options.perMinute / 60);
  let tokens = capacity;
  let last = deps.now();
  let queue: Promise<void> = Promise.resolve();

  const refill = (): void => {
    const now = deps.now();
    tokens = Math.min(capacity, tokens + (now - last) * ratePerMs);
    last = now;
  };

  const take = async (cost: number, signal?: AbortSignal): Promise<void> => {
    const need = Math.min(cost, capacity);
    for (;;) {
      signal?.throwIfAborted();
      refill();
      if (tokens >= need) {
        tokens -= cost;
        return;
      }
      // At least 1 ms, so float rounding can never spin on a zero wait.
      await deps.sleep(Math.max(1, Math.ceil((need - tokens) / ratePerMs)), signal);
    }
  };

  return {
    acquire(cost, signal) {
      const turn = queue.then(() => take(cost, signal));
      queue = turn.catch(() => undefined);
      return turn;
    },
  };
}
