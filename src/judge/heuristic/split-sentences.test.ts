import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from './split-sentences.ts';

describe('splitSentences', () => {
  it.each([
    ['One. Two? Three!', ['One.', 'Two?', 'Three!']],
    ['  Leading space.  Trailing space.  ', ['Leading space.', 'Trailing space.']],
    ['e.g. retries work. Then timeouts.', ['e.g. retries work.', 'Then timeouts.']],
    ['First line\nSecond line', ['First line', 'Second line']],
    ['', []],
  ])('%j → %j', (text, expected) => {
    expect(splitSentences(text).map((span) => span.text)).toEqual(expected);
  });

  it('gives spans that are verbatim slices of the text', () => {
    const text = '  We retry.\n\n  Then we   back off, slowly.  ';
    for (const span of splitSentences(text)) {
      expect(text.slice(span.start, span.start + span.text.length)).toBe(span.text);
    }
  });

  it('cuts long unpunctuated speech at commas, then every 40 words, keeping slices verbatim', () => {
    const clause = 'we added retries and timeouts to every call to the vendor';
    const withCommas = Array.from({ length: 6 }, () => clause).join(', ');
    const noPunctuation = Array.from({ length: 100 }, (_, i) => `word${i}`).join(' ');
    for (const text of [withCommas, noPunctuation]) {
      const spans = splitSentences(text);
      expect(spans.length).toBeGreaterThan(1);
      for (const span of spans) {
        expect(span.text.split(/\s+/).length).toBeLessThanOrEqual(40);
        expect(text.slice(span.start, span.start + span.text.length)).toBe(span.text);
      }
    }
  });
});

describe('splitSentences on long answers', () => {
  const naive = (text: string) =>
    [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text)]
      .map((s) => s.segment.trim())
      .filter((s) => s !== '');

  it('gives the same sentences as one pass of the segmenter, on texts long enough to be chunked', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom('We cached it', 'Did it help?', 'Yes!', 'Mr. Smith agreed', 'p99 fell 3.5 ms'),
          {
            minLength: 400,
            maxLength: 900,
          },
        ),
        (parts) => {
          const text = parts.join('. ');
          const spans = splitSentences(text);
          for (const span of spans)
            expect(text.slice(span.start, span.start + span.text.length)).toBe(span.text);
          expect(spans.map((s) => s.text)).toEqual(naive(text));
        },
      ),
      { numRuns: 25 },
    );
  });

  it('stays linear: a 3 MB answer of repeated sentences, and one with no sentence end at all', () => {
    const started = performance.now();
    const repeated = splitSentences(
      'We retried with backoff and jitter, and kept timeouts tight. '.repeat(50_000),
    );
    expect(repeated).toHaveLength(50_000);
    const unpunctuated = splitSentences('and then we '.repeat(250_000));
    expect(unpunctuated.length).toBeGreaterThan(10_000);
    // A guard against the quadratic segmenter (minutes), not a timing benchmark.
    expect(performance.now() - started).toBeLessThan(60_000);
  });
});
