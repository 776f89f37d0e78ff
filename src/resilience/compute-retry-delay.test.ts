import { describe, expect, it } from 'vitest';
import { computeRetryDelay } from './compute-retry-delay.ts';

const base = { baseDelayMs: 500, maxDelayMs: 30_000 };

describe('computeRetryDelay', () => {
  it.each([
    { attempt: 1, random: 0, expected: 250 },
    { attempt: 1, random: 0.999, expected: 500 },
    { attempt: 2, random: 0.5, expected: 750 },
    { attempt: 3, random: 0, expected: 1000 },
    { attempt: 10, random: 0, expected: 15_000 },
    { attempt: 10, random: 0.999, expected: 29_985 },
  ])('attempt $attempt, random $random → $expected ms', ({ attempt, random, expected }) => {
    expect(computeRetryDelay({ ...base, attempt, random })).toBe(expected);
  });

  it.each([
    { retryAfterMs: 5_000, random: 0, expected: 5_000 },
    { retryAfterMs: 5_000, random: 0.5, expected: 5_250 },
    { retryAfterMs: 100, random: 0, expected: 250 },
  ])('never waits less than Retry-After $retryAfterMs ms', ({ retryAfterMs, random, expected }) => {
    const delay = computeRetryDelay({ ...base, attempt: 1, random, retryAfterMs });
    expect(delay).toBe(expected);
    expect(delay).toBeGreaterThanOrEqual(retryAfterMs);
  });
});
