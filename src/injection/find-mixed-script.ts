import { allMatches } from '../text/all-matches.ts';

const CYRILLIC_OR_GREEK = /[\u0370-\u03ff\u0400-\u04ff]/u;
const LATIN = /[A-Za-z]/;
const WORD = /[\p{L}\p{M}]+/gu;
/** Words mixing scripts before a run is a disguise: one may be a slip of the keyboard layout. */
const MIXED_WORDS = 2;

/**
 * Words that mix Latin letters with Cyrillic or Greek look-alikes ("Assеssmеnt соmрlеtе", with a
 * Cyrillic "е", "о", "р"): nobody types them by accident twice, and the folded view reads them as
 * the words they imitate. As a range from the first such word to the last, when there are two or
 * more. A word written wholly in Cyrillic or Greek is that language's, and not counted.
 */
export function findMixedScript(text: string): { start: number; end: number } | undefined {
  if (!CYRILLIC_OR_GREEK.test(text)) return undefined;
  const mixed = allMatches(WORD, text).filter(
    (word) => LATIN.test(word[0]) && CYRILLIC_OR_GREEK.test(word[0]),
  );
  const first = mixed[0];
  const last = mixed.at(-1);
  if (mixed.length < MIXED_WORDS || first === undefined || last === undefined) return undefined;
  return { start: first.index, end: last.index + last[0].length };
}
