/** Two-letter literals that must begin a word, as the literal gate looks them up (see `createLiteralGate`). */

import { WORD_START } from './required-literals.ts';

/** The literals the trie walks: all but the two-letter word starts. */
export function* trieLiterals(literals: Iterable<string>): Iterable<string> {
  for (const literal of literals) if (!literal.startsWith(WORD_START)) yield literal;
}

/** Letters, digits and "_": the characters a word-start literal is made of, numbered 0..36. */
export const WORD_CODES = 37;

/**
 * A text character's number among `WORD_CODES` as a word-start literal would read it (case
 * folded; "İ" as "i", the Kelvin sign as "k", "ſ" as "s", as case-blind patterns may), or −1.
 */
export function wordCode(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 65 && code <= 90) return code - 65;
  if (code >= 48 && code <= 57) return 26 + code - 48;
  if (code === 95) return 36;
  if (code === 0x130) return 8;
  if (code === 0x212a) return 10;
  if (code === 0x17f) return 18;
  return -1;
}

/** Where a pair of literal characters (lower case ASCII codes) sits in the word-start table. */
export function pairIndex(first: number, second: number): number {
  return wordCode(first) * WORD_CODES + wordCode(second);
}
