import { describe, expect, it } from 'vitest';
import { markNegation } from './mark-negation.ts';
import { tokenizeText } from './tokenize-text.ts';

/** The words of `text` that a negation governs. */
function negatedWords(text: string): string[] {
  const tokens = tokenizeText(text);
  const negated = markNegation(tokens);
  return tokens.flatMap((token, index) => (token.kind === 'word' && negated[index] ? [token.text] : []));
}

describe('markNegation', () => {
  it.each([
    ['we never wrote tests', ['wrote', 'tests']],
    ["I don't use locks", ['use', 'locks']],
    ['no retries', ['retries']],
    ['it ran without a circuit breaker', ['a', 'circuit', 'breaker']],
    ['no retries, timeouts, or backoff', ['retries', 'timeouts', 'or', 'backoff']],
    ["we don't use locks, we use transactions", ['use', 'locks']],
    ["we don't use locks but we use transactions", ['use', 'locks']],
    ["locks aren't needed here", ['locks', 'needed', 'here']],
    ['No, we retry with backoff', []],
    ['not only retries but also timeouts', []],
    ['whether or not we retry', []],
    ['we dont have tracing', ['have', 'tracing']],
    ['we used a lock instead of a transaction', ['of', 'a', 'transaction']],
    ['retries never double-charged anyone, because of idempotency keys', ['double', 'charged', 'anyone']],
    ['we had retries and timeouts and nothing else', ['else']],
    // A bound on a quantity denies nothing: "no more than two children" says there are children.
    ['every node has no more than two children', []],
    ['keep not less than three replicas', []],
    ['a pool of no fewer than 4 workers', []],
    // Without "than" it is a denial again.
    ['there is no more memory left', ['more', 'memory', 'left']],
    ['no larger buffers', ['larger', 'buffers']],
  ])('%j → %j', (text, expected) => {
    expect(negatedWords(text)).toEqual(expected);
  });

  it('limits the scope to six words', () => {
    expect(negatedWords('no one two three four five six seven')).toEqual([
      'one',
      'two',
      'three',
      'four',
      'five',
      'six',
    ]);
  });
});
