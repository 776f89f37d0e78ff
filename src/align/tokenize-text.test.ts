import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PHRASE_SYNONYMS } from './paraphrase-synonyms.ts';
import { normalizeText, rewriteParaphrases, splitWords, tokenizeText } from './tokenize-text.ts';

describe('normalizeText', () => {
  it('lower-cases, straightens apostrophes, drops possessives and glues contractions', () => {
    expect(normalizeText('Don’t touch Alice’s CODE')).toBe('dont touch alice code');
  });
});

describe('splitWords', () => {
  it('splits on anything that is not a letter or digit', () => {
    expect(splitWords('system—beyond unit-tests (e.g., 429s)')).toEqual([
      'system',
      'beyond',
      'unit',
      'tests',
      'e',
      'g',
      '429s',
    ]);
  });
});

describe('tokenizeText', () => {
  it.each([
    ['How do you test a distributed system, beyond unit tests?', ['test', 'distribut', 'unit', 'test']],
    ['What are some pitfalls around mutability in Python?', ['pitfal', 'mutabl', 'python']],
    ['Mm-hm. Okay, so, yeah.', []],
    ['We retried 3 times', ['retri']],
  ])('keeps the content stems of %j', (text, stems) => {
    expect(tokenizeText(text)).toEqual(stems);
  });

  it.each([
    [
      'Would you ever build it in-house?',
      ['build', 'reinvent', 'wheel', 'reinvent', 'wheel', 'build', 'yourself'],
    ],
    ['Our tests are flaky', ['test', 'nondetermin']],
    ['A third-party API', ['extern', 'api']],
    ['The vendor throttles us', ['extern', 'rate', 'limit']],
    ['micro-services vs a monolithic app', ['microservic', 'vs', 'monolith', 'app']],
    ['Objects modified in place', ['object', 'mutabl']],
    ['Any gotchas?', ['pitfal']],
    ['Swapping a method at runtime', ['swap', 'method', 'runtim', 'monkei', 'patch']],
    ['The service got sluggish; did anyone notice?', ['servic', 'slow', 'anyon', 'detect']],
    ['What is your notice period?', ['notic', 'period']],
  ])('maps the interview paraphrase %j onto rubric words', (text, stems) => {
    expect(tokenizeText(text)).toEqual(stems);
  });

  it('keeps "in place" that is not about changing an object', () => {
    expect(tokenizeText('We have retries in place')).toEqual(['retri', 'place']);
  });

  it('leaves paraphrases alone without synonyms', () => {
    expect(tokenizeText('Would you ever build it in-house?', false)).toEqual(['build', 'hous']);
  });
});

describe('rewriteParaphrases', () => {
  /** Every rewrite applied in turn, none skipped: what the gated version must equal. */
  const everyRewrite = (text: string) =>
    PHRASE_SYNONYMS.reduce((current, [pattern, replacement]) => current.replace(pattern, replacement), text);
  const dir = resolve(import.meta.dirname, '../../transcripts');
  const turns = readdirSync(dir)
    .filter((f) => !f.endsWith('.meta.yaml'))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split(/\n+/));

  it('equals applying every rewrite, on the bundled interviews', () => {
    for (const turn of turns)
      expect(rewriteParaphrases(normalizeText(turn))).toBe(everyRewrite(normalizeText(turn)));
  });

  it('equals applying every rewrite, on texts made of the rewrites’ own trigger words', () => {
    // Pieces of the patterns' sources, so rewrites fire and feed one another.
    const words = [...new Set(PHRASE_SYNONYMS.flatMap(([p]) => p.source.match(/[a-z]{2,}/g) ?? []))];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words, 'the', 'we', '.', 'our', 'out', '429'), { maxLength: 30 }),
        (picked) => {
          const text = normalizeText(picked.join(' '));
          expect(rewriteParaphrases(text)).toBe(everyRewrite(text));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
