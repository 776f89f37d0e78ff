import type { Deps } from '../deps.ts';
import { CallError, isRetryableKind } from '../resilience/call-error.ts';
import { computeRetryDelay } from '../resilience/compute-retry-delay.ts';

/** Backoff settings of the batch stage's own calls (upload, create, retrieve, download). */
export interface RetrySettings {
  readonly maxRetries: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

/** A call's value, or the `CallError` it ended with. */
export type Attempted<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: CallError };

/**
 * Runs `fn`, retrying transient failures (429, 5xx, timeouts, connection errors) with backoff and
 * jitter, honouring the server's Retry-After. Batch calls are few and not rate-limited like chat
 * calls, so they do not go through the chat resilience policy (its per-call timeout would cut a
 * 200 MB upload). Expected failures come back as values; anything else is a bug and throws.
 */
export async function withRetries<T>(
  fn: (attempt: number) => Promise<T>,
  settings: RetrySettings,
  deps: Pick<Deps, 'sleep' | 'random'>,
  signal: AbortSignal,
): Promise<Attempted<T>> {
  for (let attempt = 1; ; attempt += 1) {
    if (signal.aborted) return { ok: false, error: new CallError('aborted', 'interrupted') };
    try {
      return { ok: true, value: await fn(attempt) };
    } catch (error) {
      if (!(error instanceof CallError)) throw error;
      if (!isRetryableKind(error.kind) || attempt > settings.maxRetries) return { ok: false, error };
      const delay = computeRetryDelay({
        attempt,
        retryAfterMs: error.retryAfterMs,
        random: deps.random(),
        baseDelayMs: settings.baseDelayMs,
        maxDelayMs: settings.maxDelayMs,
      });
      const slept = await deps.sleep(delay, signal).then(
        () => true,
        () => false,
      );
      if (!slept) return { ok: false, error: new CallError('aborted', 'interrupted') };
    }
  }
}

/** `kind status: message`, as call errors are shown elsewhere. */
export function describeCallError(error: CallError): string {
  return `${error.kind}${error.status === undefined ? '' : ` ${error.status}`}: ${error.message}`;
}
