import {
  BrokenCircuitError,
  CircuitState,
  ConsecutiveBreaker,
  circuitBreaker,
  DelegateBackoff,
  handleWhen,
  IsolatedCircuitError,
  retry,
  TimeoutStrategy,
  timeout,
} from 'cockatiel';
import type { Deps } from '../deps.ts';
import { createAdaptiveLimit } from './adaptive-limit.ts';
import { createAdaptiveRate } from './adaptive-rate.ts';
import { CallError, countsAgainstBreaker, isRetryableKind } from './call-error.ts';
import { computeRetryDelay } from './compute-retry-delay.ts';
import { type Cooldown, createCooldown } from './cooldown.ts';
import { createTokenBucket, type TokenBucket } from './token-bucket.ts';

/** Options, validated by the caller (the CLI) before they get here. */
export interface ResiliencePolicyOptions {
  /** Most calls in flight at once (the adaptive limit never exceeds it). */
  readonly concurrency: number;
  /** Client-side requests per minute; every attempt counts (paced at `RATE_HEADROOM` of it). */
  readonly rpm?: number;
  /** Client-side tokens per minute, charged with each attempt's estimated tokens (likewise). */
  readonly tpm?: number;
  /** Retries after the first attempt (so at most `maxRetries + 1` requests per call). */
  readonly maxRetries: number;
  /** Per-attempt timeout; the attempt's AbortSignal fires when it passes. */
  readonly timeoutMs: number;
  readonly breaker: { readonly threshold: number; readonly halfOpenAfterMs: number };
  /** Backoff base and cap (defaults 500 ms and 30 s). */
  readonly backoff?: { readonly baseDelayMs?: number; readonly maxDelayMs?: number };
  /** A Retry-After longer than this is not waited out: the call fails (default 120 s). */
  readonly maxRetryAfterMs?: number;
  /** Successes in a row before the adaptive limit grows by one (default 8). */
  readonly growAfter?: number;
  /** The pause after a 429 with a Retry-After, shared by every policy on the same endpoint. */
  readonly cooldown?: Cooldown;
  /** Told about every failed attempt (retried or not), e.g. to say the first failure's cause. */
  readonly onAttemptError?: (error: CallError) => void;
}

/**
 * A client limit paces at this share of the number given: the provider's clock and ours differ,
 * and a request sent on time can arrive early after a slower one. Pacing at the limit exactly
 * drew a 429 for about one request in ten against a provider-style bucket; 5% under drew none.
 */
export const RATE_HEADROOM = 0.95;

/** What happened on the way to one result; the source of `calls.jsonl` counters. */
export interface CallStats {
  /** Requests sent (attempts that reached the endpoint or timed out there; not refused connections). */
  attempts: number;
  rateLimited: number;
  timeouts: number;
}

/** The outcome of `execute`: expected failures are values, never throws. */
export type PolicyResult<T> =
  | { readonly ok: true; readonly value: T; readonly stats: CallStats }
  | { readonly ok: false; readonly error: CallError; readonly stats: CallStats };

/** Per-call information for limiting and logging. */
export interface CallMeta {
  /**
   * Input + expected output tokens, charged against `tpm`. A function: counting tokens costs CPU,
   * so it is only called when a `tpm` limit is set (once per attempt).
   */
  readonly estimatedTokens: number | (() => number);
  readonly itemKey: string;
  /** The caller's own cancellation (e.g. Ctrl-C); never retried. */
  readonly signal?: AbortSignal;
}

/** Retries, timeout, circuit breaker, adaptive concurrency and rate limits, as one object. */
export interface ResiliencePolicy {
  /**
   * Runs `fn` (which must honour its signal) under every policy. `fn` must throw `CallError`
   * for expected failures; anything else is a bug and is rethrown.
   */
  execute<T>(fn: (signal: AbortSignal) => Promise<T>, meta: CallMeta): Promise<PolicyResult<T>>;
  /** `open`: the circuit is open (the runner should stop scheduling and exit 3). */
  state(): { open: boolean; inFlight: number; queued: number; limit: number; maxLimit: number };
}

/**
 * Composition, outermost first: retry (cockatiel, our backoff) → concurrency slot (p-limit,
 * adaptive) → RPM/TPM buckets → circuit breaker (cockatiel ConsecutiveBreaker) → timeout
 * (cockatiel, cooperative) → fn. The slot is taken before the breaker is asked, so calls queued
 * during an outage fail fast instead of all reaching the endpoint; each retry queues again.
 * Cockatiel schedules its backoff and half-open timers with the global timers (not `deps`), so
 * tests drive those with vitest's fake timers.
 */
export function createResiliencePolicy(options: ResiliencePolicyOptions, deps: Deps): ResiliencePolicy {
  const baseDelayMs = options.backoff?.baseDelayMs ?? 500;
  const maxDelayMs = options.backoff?.maxDelayMs ?? 30_000;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 120_000;
  const cooldown = options.cooldown ?? createCooldown(deps);
  const limit = createAdaptiveLimit({ max: options.concurrency, growAfter: options.growAfter ?? 8 });
  // Concurrency cannot hold a fast endpoint under its rate limit; a pace learnt from its 429s can.
  const pace = createAdaptiveRate({}, deps);
  const buckets: Array<{ bucket: TokenBucket; cost: (meta: CallMeta) => number }> = [];
  if (options.rpm !== undefined) {
    const bucket = createTokenBucket({ perMinute: options.rpm * RATE_HEADROOM }, deps);
    buckets.push({ bucket, cost: () => 1 });
  }
  if (options.tpm !== undefined) {
    const bucket = createTokenBucket({ perMinute: options.tpm * RATE_HEADROOM }, deps);
    buckets.push({
      bucket,
      cost: (meta) =>
        Math.max(
          1,
          typeof meta.estimatedTokens === 'function' ? meta.estimatedTokens() : meta.estimatedTokens,
        ),
    });
  }

  const breaker = circuitBreaker(
    handleWhen((error) => error instanceof CallError && countsAgainstBreaker(error)),
    {
      halfOpenAfter: options.breaker.halfOpenAfterMs,
      breaker: new ConsecutiveBreaker(options.breaker.threshold),
    },
  );
  // Not aborted on return: by then the SDK has read the whole response, and aborting a finished
  // request still builds an AbortError (a stack trace) and runs every listener: a tenth of a
  // millisecond per call, for nothing.
  const perAttempt = timeout(options.timeoutMs, {
    strategy: TimeoutStrategy.Cooperative,
    abortOnReturn: false,
  });
  const retrying = retry(
    handleWhen(
      (error) =>
        error instanceof CallError &&
        isRetryableKind(error.kind) &&
        (error.retryAfterMs === undefined || error.retryAfterMs <= maxRetryAfterMs),
    ),
    {
      maxAttempts: options.maxRetries,
      backoff: new DelegateBackoff((context) => {
        const error = 'error' in context.result ? context.result.error : undefined;
        return computeRetryDelay({
          attempt: context.attempt,
          retryAfterMs: error instanceof CallError ? error.retryAfterMs : undefined,
          random: deps.random(),
          baseDelayMs,
          maxDelayMs,
        });
      }),
    },
  );

  const attemptOnce = async <T>(
    fn: (signal: AbortSignal) => Promise<T>,
    meta: CallMeta,
    stats: CallStats,
    outer: AbortSignal,
  ): Promise<T> =>
    limit.run(async (epoch) => {
      let sentAt = Number.POSITIVE_INFINITY;
      try {
        // Cockatiel's backoff delay does not watch the signal: stop here if the caller gave up meanwhile.
        outer.throwIfAborted();
        await cooldown.wait(outer);
        for (const { bucket, cost } of buckets) await bucket.acquire(cost(meta), outer);
        sentAt = await pace.acquire(outer);
        const value = await breaker.execute(() =>
          perAttempt.execute(async ({ signal }) => {
            try {
              const value = await fn(signal);
              stats.attempts += 1;
              return value;
            } catch (error) {
              // Our own timer fired (not the caller's signal): that is a timeout, whatever fn threw.
              if (signal.aborted && !outer.aborted) {
                stats.attempts += 1;
                throw new CallError('timeout', `no response within ${options.timeoutMs} ms`);
              }
              // A refused connection sent nothing: `attempts` counts requests the endpoint could see.
              if (!(error instanceof CallError && !error.sent)) stats.attempts += 1;
              throw error;
            }
          }, outer),
        );
        limit.onSuccess();
        pace.onSuccess();
        return value;
      } catch (raw) {
        const error = toCallError(raw, outer);
        // Every 429 counts (an exhausted quota too, though it is not retried); only a rate
        // limit shrinks concurrency and pauses the endpoint.
        if (error.kind === 'rate_limited' || error.status === 429) stats.rateLimited += 1;
        if (error.kind === 'rate_limited') {
          limit.onRateLimited(epoch);
          pace.onRateLimited(sentAt);
          if (error.retryAfterMs !== undefined && error.retryAfterMs <= maxRetryAfterMs)
            cooldown.pause(error.retryAfterMs);
        }
        if (error.kind === 'timeout') stats.timeouts += 1;
        if (error.kind !== 'aborted') options.onAttemptError?.(error);
        deps.logger.debug(
          { itemKey: meta.itemKey, kind: error.kind, status: error.status, attempt: stats.attempts },
          'model call attempt failed',
        );
        throw error;
      }
    });

  return {
    async execute(fn, meta) {
      const stats: CallStats = { attempts: 0, rateLimited: 0, timeouts: 0 };
      const outer = meta.signal ?? new AbortController().signal;
      try {
        const value = await retrying.execute(() => attemptOnce(fn, meta, stats, outer), outer);
        return { ok: true, value, stats };
      } catch (raw) {
        return { ok: false, error: toCallError(raw, outer), stats };
      }
    },
    state() {
      const s = limit.state();
      const open = breaker.state === CircuitState.Open || breaker.state === CircuitState.Isolated;
      return { open, inFlight: s.inFlight, queued: s.queued, limit: s.limit, maxLimit: s.max };
    },
  };
}

/** Maps what the layers throw to a CallError; anything unknown is a bug and is rethrown. */
function toCallError(error: unknown, outer: AbortSignal): CallError {
  if (error instanceof CallError) return error;
  if (error instanceof BrokenCircuitError || error instanceof IsolatedCircuitError) {
    return new CallError('circuit_open', 'circuit breaker is open after repeated endpoint failures');
  }
  if (outer.aborted) return new CallError('aborted', 'cancelled by the caller');
  throw error;
}
