import { stemmer } from 'stemmer';
import { describe, expect, it } from 'vitest';
import { markStuffing } from './mark-stuffing.ts';
import { tokenizeText } from './tokenize-text.ts';

const TERMS = new Set(
  ['retri', 'timeout', 'idempot', 'circuit', 'breaker', 'backoff', 'trace', 'deploi'].map(String),
);

/** Per sentence: the words marked as listed terms. */
function listed(sentences: readonly string[], terms: ReadonlySet<string> | undefined = TERMS): string[][] {
  const tokens = sentences.map((sentence) => tokenizeText(sentence, stemmer));
  const masks = markStuffing(tokens, terms);
  return tokens.map((sentence, index) =>
    sentence.flatMap((token, at) =>
      token.kind === 'word' && masks[index]?.[at] === true ? [token.text] : [],
    ),
  );
}

describe('markStuffing', () => {
  it.each([
    ['a bare list', ['Retries, timeouts, idempotency, circuit breakers.']],
    ['a labelled list', ['Keywords: retries; timeouts; backoff.']],
    [
      'a long list behind a subject',
      ['I know retries, timeouts, idempotency, backoff and circuit breakers.'],
    ],
  ])('marks %s', (_, sentences) => {
    expect(listed(sentences)[0]?.length).toBeGreaterThan(2);
  });

  it('marks a run of bare fragments across sentences', () => {
    expect(listed(['Retries.', 'Timeouts.', 'Backoff.'])).toEqual([['retries'], ['timeouts'], ['backoff']]);
  });

  it.each([
    ['a sentence that says something', ['We retry with backoff, and time out after two seconds.']],
    ['a short enumeration with a predicate', ['We use retries, timeouts and circuit breakers.']],
    [
      'a list of examples that are not rubric terms',
      ['The overhead is real: separate deploys, versioned APIs, on-call.'],
    ],
    ['two fragments', ['Retries.', 'Timeouts.']],
  ])('keeps %s', (_, sentences) => {
    expect(listed(sentences).flat()).toEqual([]);
  });

  it('keeps a list that follows a clause in the same sentence apart from the clause', () => {
    const [words] = listed(['It works most days: retries, timeouts, backoff.']);
    expect(words).toEqual(['retries', 'timeouts', 'backoff']);
  });
});
