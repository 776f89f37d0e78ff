/**
 * Why one call to a model endpoint failed. The kind decides what the resilience policy does:
 * `rate_limited`, `server`, `timeout` and `connection` are retried; the rest are not.
 */
export type CallErrorKind =
  | 'rate_limited'
  | 'server'
  | 'timeout'
  | 'connection'
  | 'client'
  | 'unsupported_schema'
  | 'circuit_open'
  | 'aborted';

/** The retryable kinds: transient faults of the endpoint or the network. */
const RETRYABLE: ReadonlySet<CallErrorKind> = new Set(['rate_limited', 'server', 'timeout', 'connection']);

/** HTTP statuses that mean every later call will fail too (bad key, no access, unknown model). */
const GLOBAL_CLIENT_STATUSES: ReadonlySet<number> = new Set([401, 403, 404]);

/**
 * A typed transport failure. Carries no request headers, no body and no API key, so it can be
 * logged and written to `calls.jsonl` as is.
 */
export class CallError extends Error {
  readonly kind: CallErrorKind;
  readonly status: number | undefined;
  /** How long the server asked us to wait (`retry-after-ms` / `retry-after`), in ms. */
  readonly retryAfterMs: number | undefined;
  /**
   * False when the request certainly never reached the endpoint (connection refused, host not
   * found): such an attempt is not counted as a request sent.
   */
  readonly sent: boolean;

  constructor(
    kind: CallErrorKind,
    message: string,
    details: { status?: number; retryAfterMs?: number; sent?: boolean } = {},
  ) {
    super(message);
    this.name = 'CallError';
    this.kind = kind;
    this.status = details.status;
    this.retryAfterMs = details.retryAfterMs;
    this.sent = details.sent ?? true;
  }
}

/** True for the kinds the retry policy retries. */
export function isRetryableKind(kind: CallErrorKind): boolean {
  return RETRYABLE.has(kind);
}

/**
 * True when a failure says the endpoint is unwell as a whole (outage, network, bad key), so it
 * counts towards opening the circuit. 429s do not: they are handled by backing off and shrinking
 * concurrency, and a long run of them is load, not an outage.
 */
export function countsAgainstBreaker(error: CallError): boolean {
  if (error.kind === 'server' || error.kind === 'timeout' || error.kind === 'connection') return true;
  return error.kind === 'client' && error.status !== undefined && GLOBAL_CLIENT_STATUSES.has(error.status);
}
