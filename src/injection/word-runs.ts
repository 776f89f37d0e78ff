import { matchAt } from './decoder.ts';

/** Accents dropped and lower-cased ("Sábado" → "sabado"), as the decoders' tables spell words. */
export const plainWord = (word: string): string =>
  // (Most words are ASCII and have no accent to drop: this runs on every word of every answer.)
  /^[A-Za-z-]*$/.test(word) ? word.toLowerCase() : word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** How a run of table words is found: what a word is, what may part two, which words belong. */
export interface WordRunRule {
  /** A word (global, unicode). */
  readonly word: RegExp;
  /** What the text between two words of a run must be. */
  readonly between: RegExp;
  /** Words of the table (plain). */
  readonly member: (plain: string) => boolean;
  /** Words allowed inside a run without counting ("et", "na"). */
  readonly joiner?: (plain: string) => boolean;
  /** Members a run needs. */
  readonly least: number;
}

/**
 * Runs of words a table holds, found with one pass over the text's words and a lookup each (a
 * regular expression of a few hundred alternatives would be tried at every position), as matches
 * for `findEncoded`.
 */
export function wordRuns(text: string, rule: WordRunRule): RegExpExecArray[] {
  const runs: RegExpExecArray[] = [];
  let first = -1;
  let last = -1;
  let count = 0;
  const close = () => {
    if (count >= rule.least) runs.push(matchAt(text, first, last));
    count = 0;
  };
  rule.word.lastIndex = 0;
  for (let word = rule.word.exec(text); word !== null; word = rule.word.exec(text)) {
    const plain = plainWord(word[0]);
    const joined = count > 0 && rule.between.test(text.slice(last, word.index));
    const member = rule.member(plain);
    if (!member && !(joined && rule.joiner?.(plain) === true)) {
      close();
      continue;
    }
    if (!joined) close();
    if (count === 0) {
      if (!member) continue;
      first = word.index;
    }
    if (member) count += 1;
    last = word.index + word[0].length;
  }
  rule.word.lastIndex = 0;
  close();
  return runs;
}
