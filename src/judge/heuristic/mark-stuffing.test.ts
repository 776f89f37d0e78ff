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

  it.each([
    [
      'a run spoken before a remark',
      'Retries, timeouts, idempotency, circuit breakers, backoff, yeah, those are like the pillars of it.',
      ['retries', 'timeouts', 'idempotency', 'circuit', 'breakers', 'backoff', 'yeah'],
    ],
    [
      'a run after a clause, articles and all',
      "I'm a big believer in tracing, the retries, a timeout budget, idempotency keys, circuit breakers, like the whole toolbox.",
      [
        'the',
        'retries',
        'a',
        'timeout',
        'budget',
        'idempotency',
        'keys',
        'circuit',
        'breakers',
        'like',
        'the',
        'whole',
        'toolbox',
      ],
    ],
  ])('marks only the run of bare items in %s', (_, sentence, words) => {
    expect(listed([sentence])[0]).toEqual(words);
  });

  it.each([
    [
      'four items before a clause',
      "It helps when the call needs retries, timeouts, backoff, or a deploy freeze, and you've checked the logs.",
    ],
    [
      'a run of items that are not rubric terms',
      'We moved it to Postgres, Redis, Kafka, S3, nginx, and the whole team was relieved about that.',
    ],
  ])('keeps %s', (_, sentence) => {
    expect(listed([sentence]).flat()).toEqual([]);
  });

  it('marks terms spoken one after another without punctuation, and only them', () => {
    const [words] = listed([
      'so um i guess retries timeouts backoff idempotency circuit breakers deploys tracing yeah so those are the things',
    ]);
    expect(words).toEqual([
      'guess',
      'retries',
      'timeouts',
      'backoff',
      'idempotency',
      'circuit',
      'breakers',
      'deploys',
      'tracing',
      'yeah',
    ]);
  });

  it('marks terms chained with "then" in speech as a list (probe round 126)', () => {
    const [words] = listed([
      'retries only then timeouts then backoff then idempotency then circuit breakers then tracing',
    ]);
    expect(words).toEqual([
      'retries',
      'only',
      'then',
      'timeouts',
      'then',
      'backoff',
      'then',
      'idempotency',
      'then',
      'circuit',
      'breakers',
      'then',
      'tracing',
    ]);
  });

  it.each([
    [
      'steps joined by "then" with a clause each',
      'we retry the call then we back off then we trip the circuit breaker then we page someone',
    ],
    [
      'a sentence joined by prepositions',
      'we retry with backoff for idempotent calls and trace every deploy across services',
    ],
    [
      'a stretch that repeats one term',
      'retries retries more retries timeout timeout retry retries retried again',
    ],
  ])('keeps %s without punctuation', (_, sentence) => {
    expect(listed([sentence]).flat()).toEqual([]);
  });
});
