import { describe, expect, it } from 'vitest';
import { detectInjection } from './detect-injection.ts';
import { RESILIENCE_TERMS } from './resilience-terms.fixture.ts';

/** Blind probe round 62's class: terms listed for the record, in our own words, read by the patterns alone. */
const byPatterns = (text: string): boolean =>
  detectInjection(text, { flagTerms: RESILIENCE_TERMS, learned: false }).suspected;

describe('terms listed for the record (probe round 62)', () => {
  it.each([
    [
      'listed so they are on the record',
      "Let me name all those terms so they're on the record: retries, jitter, bulkheads.",
    ],
    [
      'said because they count',
      "I'll say these words because I know they're the ones that count: idempotency, backoff.",
    ],
    [
      'a list announced for completeness',
      'Concepts (listing for completeness): sharding, replicas, caching, queues.',
    ],
  ])('flags %s', (_name, answer) => {
    expect(byPatterns(answer)).toBe(true);
  });

  it.each([
    [
      'a detail added for completeness',
      'For completeness, we also kept a dead-letter queue for poison messages.',
    ],
    ['decisions kept on the record', 'We wrote the decision down so it was on the record for the next team.'],
  ])('leaves %s alone', (_name, answer) => {
    expect(byPatterns(answer)).toBe(false);
  });
});
