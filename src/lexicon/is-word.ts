import { baseForms, type WordNetPos } from './morphy.ts';
import type { WordNet } from './wordnet.ts';

const PARTS_OF_SPEECH: readonly WordNetPos[] = ['noun', 'verb', 'adj', 'adv'];

/** Whether `word` (lower case) or one of its inflected base forms is a WordNet lemma. */
export function isWord(wordNet: WordNet, word: string): boolean {
  return PARTS_OF_SPEECH.some((pos) =>
    baseForms(word, pos).some((form) => wordNet.lookup(form, pos) !== undefined),
  );
}
