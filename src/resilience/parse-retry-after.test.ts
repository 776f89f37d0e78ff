import { describe, expect, it } from 'vitest';
import { parseRateLimitReset, parseRetryAfter } from './parse-retry-after.ts';

const now = Date.parse('2025-01-01T00:00:00Z');

describe('parseRetryAfter', () => {
  it.each([
    { headers: { 'retry-after-ms': '1500' }, expected: 1500 },
    { headers: { 'retry-after-ms': '12.5', 'retry-after': '99' }, expected: 12.5 },
    { headers: { 'retry-after': '2' }, expected: 2000 },
    { headers: { 'retry-after': '0' }, expected: 0 },
    { headers: { 'retry-after': 'Wed, 01 Jan 2025 00:00:07 GMT' }, expected: 7000 },
    { headers: { 'retry-after': 'Tue, 31 Dec 2024 23:59:00 GMT' }, expected: 0 },
    { headers: { 'retry-after-ms': 'soon', 'retry-after': '3' }, expected: 3000 },
    { headers: { 'retry-after': 'whenever' }, expected: undefined },
    { headers: { 'retry-after': '-4' }, expected: undefined },
    { headers: {}, expected: undefined },
  ])('$headers → $expected', ({ headers, expected }) => {
    expect(parseRetryAfter(new Headers(headers), now)).toBe(expected);
  });

  it('is undefined without headers', () => {
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});

describe('parseRateLimitReset', () => {
  it.each([
    { headers: { 'x-ratelimit-reset-requests': '1s' }, expected: 1000 },
    { headers: { 'x-ratelimit-reset-requests': '20ms' }, expected: 20 },
    { headers: { 'x-ratelimit-reset-requests': '6m0s' }, expected: 360_000 },
    { headers: { 'x-ratelimit-reset-tokens': '1h2m3.5s' }, expected: 3_723_500 },
    { headers: { 'x-ratelimit-reset-tokens': '1.5s' }, expected: 1500 },
    { headers: { 'x-ratelimit-reset-requests': '2' }, expected: 2000 },
    // Neither says which limit ran out: the longer reset.
    { headers: { 'x-ratelimit-reset-requests': '300ms', 'x-ratelimit-reset-tokens': '2s' }, expected: 2000 },
    // The exhausted limit's reset wins, even when shorter.
    {
      headers: {
        'x-ratelimit-reset-requests': '300ms',
        'x-ratelimit-remaining-requests': '0',
        'x-ratelimit-reset-tokens': '6m0s',
        'x-ratelimit-remaining-tokens': '5000',
      },
      expected: 300,
    },
    { headers: { 'x-ratelimit-reset-requests': 'soon' }, expected: undefined },
    { headers: { 'x-ratelimit-reset-requests': '' }, expected: undefined },
    { headers: { 'retry-after': '3' }, expected: undefined },
  ])('$headers → $expected', ({ headers, expected }) => {
    expect(parseRateLimitReset(new Headers(headers))).toBe(expected);
  });
});
