import type { Deps } from '../deps.ts';

/**
 * A request rate learnt from the endpoint's 429s, for when no `--rpm` is given (or the given one
 * is too high). Concurrency alone cannot keep a fast endpoint under a per-minute limit: with
 * answers in a few milliseconds, even one call at a time can send hundreds of requests a second.
 */
export interface AdaptiveRate {
  /** Waits for this attempt's turn; resolves with the time it was let through (`deps.now`). */
  acquire(signal?: AbortSignal): Promise<number>;
  onSuccess(): void;
  /** An attempt let through at `sentAt` was rate limited. */
  onRateLimited(sentAt: number): void;
  /** The pace in force, in requests per second (null: none, no 429 seen yet). */
  perSecond(): number | null;
}

export interface AdaptiveRateOptions {
  /** On a 429 the pace becomes this share of the rate the endpoint accepted lately (default 0.8). */
  readonly cut?: number;
  /** Then it grows by this share of the pace set at the cut, per second without a 429 (default 0.05). */
  readonly growPerSecond?: number;
  /** How far back "lately" looks (default 2 s; at least 1 s of it is always assumed). */
  readonly windowMs?: number;
  /**
   * The first cut needs at least this share of the latest answers to be 429s (default 0.25, of
   * the last 50, at least 20): a provider that turns down a few requests at random ("overloaded")
   * is not asking for a lower pace, and cutting on each of those would take the pace to nothing.
   */
  readonly minShare?: number;
}

/** The share of 429s is taken over this many latest answers (whatever their age)… */
const SHARE_OF_LAST = 50;
/** …and means nothing before this many. */
const MIN_SAMPLE = 20;
/** Above this pace the limiter steps aside again (requests per second). */
const UNLIMITED_ABOVE = 2_000;

/**
 * Unpaced until the first 429. Then: the rate the endpoint accepted over the last `windowMs`
 * (successes counted over at least one second, so a burst the endpoint let through at the start
 * does not read as a high rate), times `cut`, paced as evenly spaced requests in the order they
 * asked; growing by `growPerSecond` of that pace per second while no 429 comes (additive
 * increase, multiplicative decrease, as TCP does: growing by a factor overshot a provider's
 * bucket by far before its first 429). A 429 to a request sent before the last cut is the same
 * overload, not new news: it does not cut again; requests waiting their turn at the old pace take
 * a new turn at the new one. With no success yet to measure, a 429 leaves the pace as it is (the
 * shared Retry-After pause handles it).
 *
 * Hand-written: cockatiel and p-limit bound retries and concurrency, not rate, and the rate
 * limiters on npm take a fixed rate; this one learns it. Time comes from `deps` (virtual in tests).
 */
export function createAdaptiveRate(
  options: AdaptiveRateOptions,
  deps: Pick<Deps, 'now' | 'sleep'>,
): AdaptiveRate {
  const cut = options.cut ?? 0.8;
  const grow = options.growPerSecond ?? 0.05;
  const windowMs = options.windowMs ?? 2_000;
  const minShare = options.minShare ?? 0.25;
  const successes = createWindow(windowMs);
  /** The latest answers, true for a 429 (a ring of SHARE_OF_LAST). */
  const answers: boolean[] = [];
  let answered = 0;
  const record = (refused: boolean) => {
    answers[answered % SHARE_OF_LAST] = refused;
    answered += 1;
  };
  let rate: number | null = null;
  /** The pace set at the last cut: growth is a share of it per second. */
  let base = 0;
  let grownAt = 0;
  let generation = 0;
  let lastCutAt = Number.NEGATIVE_INFINITY;
  let nextAt = 0;

  const current = (now: number): number | null => {
    if (rate === null) return null;
    rate += (base * grow * (now - grownAt)) / 1000;
    grownAt = now;
    if (rate > UNLIMITED_ABOVE) rate = null;
    return rate;
  };

  return {
    async acquire(signal) {
      for (;;) {
        const turn = generation;
        const now = deps.now();
        const perSecond = current(now);
        if (perSecond === null) return now;
        const at = Math.max(now, nextAt);
        nextAt = at + 1000 / perSecond;
        if (at <= now) return now;
        await deps.sleep(at - now, signal);
        // A cut while waiting: this turn was given at the old pace; take one at the new.
        if (turn === generation) return deps.now();
      }
    },
    onSuccess() {
      successes.add(deps.now());
      record(false);
    },
    onRateLimited(sentAt) {
      const now = deps.now();
      record(true);
      // One cut per overload: not for requests sent before the last cut, and not again within a
      // window of it (by then the new pace has shown whether it holds); and only when 429s are a
      // real share of the answers (see `minShare`).
      if (sentAt <= lastCutAt || now - lastCutAt < windowMs) return;
      const accepted = successes.count(now);
      if (accepted === 0) return;
      // Unpaced, a cut needs 429s to be a real share of the answers; once paced, the pace
      // itself is what the provider refuses.
      const refused = answers.filter(Boolean).length;
      if (rate === null && (answers.length < MIN_SAMPLE || refused < minShare * answers.length)) return;
      const measured = (accepted * 1000) / Math.max(1000, now - successes.oldest(now));
      const paced = current(now);
      rate = Math.min(paced ?? Number.POSITIVE_INFINITY, measured) * cut;
      base = rate;
      grownAt = now;
      lastCutAt = now;
      generation += 1;
      nextAt = now + 1000 / rate;
    },
    perSecond: () => current(deps.now()),
  };
}

/** Timestamps within the last `windowMs`, oldest first. */
function createWindow(windowMs: number) {
  const times: number[] = [];
  let head = 0;
  const trim = (now: number) => {
    while (head < times.length && (times[head] ?? now) < now - windowMs) head += 1;
    if (head > 1024 && head * 2 > times.length) {
      times.splice(0, head);
      head = 0;
    }
  };
  return {
    add(now: number) {
      times.push(now);
      trim(now);
    },
    count(now: number) {
      trim(now);
      return times.length - head;
    },
    oldest(now: number) {
      trim(now);
      return times[head] ?? now;
    },
  };
}
