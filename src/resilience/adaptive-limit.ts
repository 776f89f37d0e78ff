import pLimit from 'p-limit';

/** A concurrency limit that halves on rate limiting and grows back slowly (AIMD). */
export interface AdaptiveLimit {
  /** Runs `fn` in a slot; `epoch` identifies the limit in force when the slot was taken. */
  run<T>(fn: (epoch: number) => Promise<T>): Promise<T>;
  /** A call that started in `epoch` was rate limited. */
  onRateLimited(epoch: number): void;
  onSuccess(): void;
  state(): { limit: number; max: number; inFlight: number; queued: number };
}

/**
 * Built on p-limit (whose `concurrency` can change while running). On a 429 the limit halves,
 * but only once per wave: 429s from calls started before the last cut are ignored, so a burst
 * of answers to one overload does not collapse the limit to 1. After `growAfter` successes in a
 * row it grows by one, never above `max`.
 */
export function createAdaptiveLimit(options: { max: number; growAfter: number }): AdaptiveLimit {
  const limit = pLimit(options.max);
  let epoch = 0;
  let successes = 0;
  return {
    run: (fn) => limit(() => fn(epoch)),
    onRateLimited(startedIn) {
      successes = 0;
      if (startedIn !== epoch) return;
      limit.concurrency = Math.max(1, Math.floor(limit.concurrency / 2));
      epoch += 1;
    },
    onSuccess() {
      if (limit.concurrency >= options.max) return;
      successes += 1;
      if (successes >= options.growAfter) {
        limit.concurrency = Math.min(options.max, limit.concurrency + 1);
        successes = 0;
      }
    },
    state: () => ({
      limit: limit.concurrency,
      max: options.max,
      inFlight: limit.activeCount,
      queued: limit.pendingCount,
    }),
  };
}
