import { stemmer } from 'stemmer';

/** Distinct words remembered at most; past it the memo starts again (vocabularies are small). */
const MEMO_LIMIT = 50_000;
const memo = new Map<string, string>();

/**
 * The Porter stem of one word (`stemmer`), remembered: the aligner, the injection detector and
 * the offline judge stem every word of every answer, and the stemmer runs a dozen regular
 * expressions per word, while interviews reuse a few thousand words. Same results as `stemmer`.
 */
export function stemWord(word: string): string {
  let stem = memo.get(word);
  if (stem === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    stem = stemmer(word);
    memo.set(word, stem);
  }
  return stem;
}
