/** Inputs for one backoff decision. */
export interface RetryDelayInput {
  /** 1 for the first retry. */
  readonly attempt: number;
  /** What the server asked for, if anything. */
  readonly retryAfterMs?: number | undefined;
  /** Uniform in [0, 1): the jitter source. */
  readonly random: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

/**
 * Exponential backoff with "equal jitter" (half fixed, half random, so a retry never comes
 * immediately yet a herd of callers spreads out). A server's Retry-After is a floor: we wait at
 * least that long, plus up to 10% more so callers told the same instant do not return together.
 */
export function computeRetryDelay(input: RetryDelayInput): number {
  const exponential = Math.min(input.maxDelayMs, input.baseDelayMs * 2 ** Math.max(0, input.attempt - 1));
  const jittered = exponential / 2 + (input.random * exponential) / 2;
  if (input.retryAfterMs === undefined) return Math.round(jittered);
  const floor = input.retryAfterMs * (1 + 0.1 * input.random);
  return Math.ceil(Math.max(jittered, floor));
}
