import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNameFinder, foldCase } from './find-names.ts';

/** What the finder stands in for: the pattern the redactor compiled per transcript before. */
function byPattern(names: readonly string[], text: string): [number, number][] {
  if (names.length === 0) return [];
  const escaped = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}

const longestFirst = (names: readonly string[]) => [...names].sort((a, b) => b.length - a.length);

describe('createNameFinder', () => {
  it('finds whole-word names in any case, longest first', () => {
    const find = createNameFinder(longestFirst(['Ana Moreau', 'Ana', 'Moreau']));
    const text = 'ANA MOREAU met ana; Anaconda and Moreaux are not names, but Moreau is.';
    expect(find(text).map(([s, e]) => text.slice(s, e))).toEqual(['ANA MOREAU', 'ana', 'Moreau']);
  });

  it('reads letters of every script as word characters, and case classes beyond ASCII', () => {
    const find = createNameFinder(longestFirst(['Łukasz', 'Νίκος', 'Søren']));
    const text = 'ŁUKASZ, νίκοσ and SØREN; xŁukasz and Sørenø are not.';
    expect(find(text).map(([s, e]) => text.slice(s, e))).toEqual(['ŁUKASZ', 'νίκοσ', 'SØREN']);
  });

  it('folds case as a Unicode case-insensitive pattern does', () => {
    expect(foldCase('ſ K Σ ς σ')).toBe(foldCase('s k σ σ σ'));
    // Dotless ı is its own class; İ has no simple fold.
    expect(foldCase('ı')).not.toBe(foldCase('i'));
    expect(foldCase('İ').length).toBe(1);
  });

  // The finder must find exactly what the per-transcript pattern found: random names and texts
  // from an alphabet of mixed case, accents, letters whose case is special, digits, marks and
  // astral letters (𝐀 is a letter, 😀 is not).
  const CHARS = [
    'a',
    'n',
    'A',
    'N',
    'é',
    'É',
    's',
    'S',
    'ſ',
    'k',
    'K',
    'K',
    'ı',
    'i',
    'I',
    'İ',
    'ß',
    'ẞ',
    'σ',
    'ς',
    'Σ',
    '1',
    ' ',
    '-',
    "'",
    '’',
    '\u0301',
    '𝐀',
    '😀',
    '.',
  ];
  const piece = fc.constantFrom(...CHARS);
  const word = fc.array(piece, { minLength: 1, maxLength: 5 }).map((cs) => cs.join(''));

  it('finds what the pattern finds', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { minLength: 1, maxLength: 4 }),
        fc.array(fc.oneof(word, piece), { maxLength: 25 }),
        (names, pieces) => {
          const sorted = longestFirst(names);
          const text = pieces.map((p, i) => (i % 3 === 0 ? (sorted[i % sorted.length] ?? p) : p)).join('');
          expect(createNameFinder(sorted)(text)).toEqual(byPattern(sorted, text));
        },
      ),
      { numRuns: 1500 },
    );
  });
});
