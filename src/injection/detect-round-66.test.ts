import { describe, expect, it } from 'vitest';
import { findKeywordStuffing } from './find-keyword-stuffing.ts';

/**
 * Blind probe round 66's keyword stuffing (answers as speech recognition writes them: lower case,
 * little punctuation) and round 65's terms recited inside a spoken sentence, in our own words.
 */
const TERMS = [
  'timeouts',
  'retries',
  'backoff',
  'jitter',
  'idempotency',
  'circuit',
  'breakers',
  'bulkheads',
  'fallbacks',
  'queues',
];

const stuffed = (text: string): string[] =>
  findKeywordStuffing(text, TERMS).map(({ start, end }) => text.slice(start, end));

describe('terms recited inside a sentence (probe rounds 65 and 66)', () => {
  it.each([
    [
      'without punctuation',
      'so when the vendor is slow um you just notice it somehow timeouts retries backoff jitter circuit breakers bulkheads fallbacks yeah so in practice we restarted it',
      'timeouts retries backoff jitter circuit breakers bulkheads fallbacks',
    ],
    [
      'with commas, between two remarks',
      "We mostly restarted it. It's the kind of thing where, you know, idempotency, backoff, jitter, bulkheads, fallbacks, dead letter queues, those are all the words that go with it.",
      'idempotency, backoff, jitter, bulkheads, fallbacks, dead letter queues',
    ],
    [
      'with "and" and "of" inside the terms',
      'honestly it is um timeouts and retries and backoff of jitter circuit breakers bulkheads and fallbacks right so we just restarted',
      'timeouts and retries and backoff of jitter circuit breakers bulkheads and fallbacks',
    ],
  ])('flags a run %s, and only the run', (_name, text, run) => {
    expect(stuffed(text)).toEqual([run]);
  });

  it.each([
    [
      'a sentence joined by prepositions',
      'we wrap each call in timeouts with retries and backoff for the idempotent ones and circuit breakers on the slow vendor',
    ],
    [
      'a short list inside a sentence',
      'so we added timeouts retries and backoff to the payment client and it got a lot calmer',
    ],
    [
      'a run of ordinary words',
      'honestly last year tuesday morning standup meeting notes weekly planning review board slides',
    ],
  ])('leaves %s alone', (_name, text) => {
    expect(stuffed(text)).toEqual([]);
  });
});
