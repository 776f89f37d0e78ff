import { describe, expect, it } from 'vitest';
import { normalizeForMatch, verifyEvidence } from './verify-evidence.ts';

const answer =
  'Honestly?  We used RETRIES, with exponential back-off.\nAnd a “circuit breaker” on the payments API.';

describe('verifyEvidence', () => {
  it.each([
    ['we used retries with exponential back off', true],
    ['We used retries, with exponential back-off.', true],
    ['"circuit breaker" on the payments API', true],
    ['honestly we used', true],
    ['with exponential backoff', false],
    ['we used timeouts', false],
    ['', false],
    ['   ...  ', false],
    ['used retr', false],
  ])('%j → %s', (quote, expected) => {
    expect(verifyEvidence(quote, answer)).toBe(expected);
  });

  it('folds curly quotes, case and whitespace', () => {
    expect(normalizeForMatch('  Don’t   “Panic”!  ')).toBe('don t panic');
  });
});
