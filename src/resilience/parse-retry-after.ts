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
