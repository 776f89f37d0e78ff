import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from './parse-retry-after.ts';

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
