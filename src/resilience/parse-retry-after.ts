/** Anything with a `get(name)` like the Fetch API's `Headers`. */
export interface HeaderReader {
  get(name: string): string | null;
}

/**
 * How long the server asked us to wait before retrying, in ms, from `retry-after-ms` (OpenAI's
 * millisecond header) or `retry-after` (seconds, or an HTTP date). Undefined when neither is usable.
 * `nowMs` is the current time, passed in so this stays pure.
 */
export function parseRetryAfter(headers: HeaderReader | undefined, nowMs: number): number | undefined {
  if (headers === undefined) return undefined;
  const ms = headers.get('retry-after-ms');
  if (ms !== null && ms.trim() !== '') {
    const value = Number(ms);
    if (Number.isFinite(value) && value >= 0) return value;
  }
  const raw = headers.get('retry-after');
  if (raw === null || raw.trim() === '') return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds * 1000 : undefined;
  const date = Date.parse(raw);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}

/**
 * The wait implied by OpenAI-style rate-limit headers (`x-ratelimit-reset-requests`,
 * `x-ratelimit-reset-tokens`: durations like `1s`, `6m0s`, `20ms`, or plain seconds), for a 429
 * that names no Retry-After. When a `x-ratelimit-remaining-*` header says which limit ran out,
 * that limit's reset is used; otherwise the longest reset given. Undefined when none is usable.
 */
export function parseRateLimitReset(headers: HeaderReader | undefined): number | undefined {
  if (headers === undefined) return undefined;
  const limits = ['requests', 'tokens'].map((name) => ({
    resetMs: parseDuration(headers.get(`x-ratelimit-reset-${name}`)),
    exhausted: headers.get(`x-ratelimit-remaining-${name}`)?.trim() === '0',
  }));
  const usable = limits.filter((l) => l.resetMs !== undefined);
  const exhausted = usable.filter((l) => l.exhausted);
  const chosen = (exhausted.length > 0 ? exhausted : usable).map((l) => l.resetMs ?? 0);
  return chosen.length === 0 ? undefined : Math.max(...chosen);
}

/** `1h2m3.5s`, `6m0s`, `20ms`, `1.5s`, or a plain number of seconds, in ms. */
function parseDuration(raw: string | null): number | undefined {
  if (raw === null || raw.trim() === '') return undefined;
  const text = raw.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
  const match =
    /^(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m(?!s))?(?:(\d+(?:\.\d+)?)s)?(?:(\d+(?:\.\d+)?)ms)?$/.exec(text);
  if (match === null || match.slice(1).every((part) => part === undefined)) return undefined;
  const [h, m, s, ms] = match.slice(1).map((part) => Number(part ?? 0));
  return Math.round((h ?? 0) * 3_600_000 + (m ?? 0) * 60_000 + (s ?? 0) * 1000 + (ms ?? 0));
}
