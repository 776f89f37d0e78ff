import { isWord } from '../../lexicon/is-word.ts';
import type { WordNet } from '../../lexicon/wordnet.ts';
import { MIN_RESPELL_LENGTH } from './compile-question.ts';
import { withinEdits } from './near-terms.ts';

/** The stem a misspelt answer word stands for, or undefined when it is not a misspelling. */
export type Respeller = (word: string) => string | undefined;

/** Words this long may be two edits from what they misspell ("refrenece"); shorter ones one. */
const TWO_EDITS_FROM = 8;

/**
 * Reads a misspelt word as the word of the rubric it misspells: a word WordNet does not know (in
 * any part of speech, inflected or not) that lies one edit from a word of the question or its
 * flags (two for words of TWO_EDITS_FROM letters or more) stands for that word ("refrence" →
 * reference). A real word is never read as another ("trail" stays trail, not trial). Without a
 * WordNet nothing is known to be misspelt, so nothing is read differently.
 */
export function createRespeller(spellings: ReadonlyMap<string, string>, wordNet: WordNet | null): Respeller {
  // Answers to one question share most of their words: each is looked at once (bounded).
  const seen = new Map<string, string | null>();
  return (word) => {
    if (wordNet === null || word.length < MIN_RESPELL_LENGTH || spellings.has(word)) return undefined;
    let stem = seen.get(word);
    if (stem === undefined) {
      stem = misspelt(word, spellings, wordNet);
      if (seen.size >= MAX_SEEN) seen.clear();
      seen.set(word, stem);
    }
    return stem ?? undefined;
  };
}

/** Distinct words remembered per question before the memory starts again. */
const MAX_SEEN = 20_000;

function misspelt(word: string, spellings: ReadonlyMap<string, string>, wordNet: WordNet): string | null {
  for (const [spelling, stem] of spellings) {
    const edits = Math.min(word.length, spelling.length) >= TWO_EDITS_FROM ? 2 : 1;
    if (withinEdits(word, spelling, edits)) return isWord(wordNet, word) ? null : stem;
  }
  return null;
}
