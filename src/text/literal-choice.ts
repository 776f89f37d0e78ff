import { eng } from 'stopword';

/**
 * Which literals a prefilter can use, and how selective a set of them is: `computeRequiredLiterals`
 * chooses, of a pattern's parts, the set of literals that lets the fewest texts through.
 */

/** Literals shorter than this select almost every text: a pattern needing only those is always run. */
export const MIN_LITERAL = 3;

/**
 * A word starts here: marks a literal that must begin a word (the text's character before it is
 * not a letter, digit or underscore), so that a two-letter word ("ai", "ps") can select texts.
 * Literals carry it only in front; `requiredLiterals` returns it as the first character.
 */
export const WORD_START = '\u0001';

/**
 * Two-letter words nearly every text holds ("to", "it", "so"): stopword's English list and the
 * fillers of speech. A literal that is one of them selects nothing.
 */
const COMMON_WORDS: ReadonlySet<string> = new Set([
  ...eng.filter((word) => word.length === 2),
  ...'so no us go ok oh um uh'.split(' '),
]);

/**
 * A literal as the gate can use it, or null when it selects almost every text: word-start marks
 * are kept only in front of a two-letter word that is not a common one ("\u0001ai", not
 * "\u0001to"); a longer literal is selective without one, and a mark inside a literal is dropped
 * (fewer conditions: still every match holds it).
 */
export function usableLiteral(literal: string): string | null {
  const starts = literal.startsWith(WORD_START);
  const text = literal.replaceAll(WORD_START, '');
  if (text.length >= MIN_LITERAL) return text;
  // (Both letters word characters: the gate looks word starts up by a pair of them, so "a+"
  // could never be found and must not be required.)
  return starts && text.length === MIN_LITERAL - 1 && /^[a-z0-9_]{2}$/.test(text) && !COMMON_WORDS.has(text)
    ? WORD_START + text
    : null;
}

/**
 * Words of three letters or more that nearly every answer holds ("the", "that", "this", "your",
 * "from"): stopword's English list. Usable as literals, but a set holding one selects most texts.
 */
const FREQUENT_WORDS: ReadonlySet<string> = new Set(eng.filter((word) => word.length >= MIN_LITERAL));

/**
 * How selective a literal is: its length, two and a half for an uncommon two-letter word, one for
 * a frequent word (of a concatenation, "the updated criteria" is looked for by "updated", not by
 * "the"), 0 if unusable.
 */
function selectivity(literal: string): number {
  const usable = usableLiteral(literal);
  if (usable === null) return 0;
  if (FREQUENT_WORDS.has(usable)) return 1;
  return usable.startsWith(WORD_START) ? MIN_LITERAL - 0.5 : usable.length;
}

/** How selective a factor set is: its least selective literal (`selectivity`), then fewer literals. */
export function rank(set: ReadonlySet<string>): number {
  let least = Number.POSITIVE_INFINITY;
  for (const s of set) least = Math.min(least, selectivity(s));
  return least * 1000 - Math.min(set.size, 999);
}
