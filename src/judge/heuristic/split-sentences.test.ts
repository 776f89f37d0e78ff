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
