import { baseForms, type WordNetPos } from './morphy.ts';
import type { WordNet } from './wordnet.ts';

const PARTS_OF_SPEECH: readonly WordNetPos[] = ['noun', 'verb', 'adj', 'adv'];

/** Whether `word` (lower case) or one of its inflected base forms is a WordNet lemma. */
export function isWord(wordNet: WordNet, word: string): boolean {
  return PARTS_OF_SPEECH.some((pos) =>
    baseForms(word, pos).some((form) => wordNet.lookup(form, pos) !== undefined),
  );
}

/**
 * Whether `word` (lower case, as written) is a verb and nothing else in WordNet: "recover",
 * "degrade", "distinguish", not "cache", "circuit" or "test", which name things too. An item of
 * a list opened by one says what to do; a term does not.
 */
export function isPureVerb(wordNet: WordNet, word: string): boolean {
  if (PURE_VERBS !== undefined) return PURE_VERBS.has(word);
  return wordNet.lookup(word, 'verb') !== undefined && wordNet.lookup(word, 'noun') === undefined;
}

/**
 * The lemmas `isPureVerb` accepts, listed at build time for the bundled CLI (`scripts/pure-verbs.mjs`,
 * defined by `scripts/bundle-cli.mjs`): asking WordNet loads its 5 MB noun index into a thread that
 * otherwise never reads it. Undefined when running from the sources or tsc's output.
 */
declare const __RUBRICATE_PURE_VERBS__: readonly string[] | undefined;
const PURE_VERBS =
  typeof __RUBRICATE_PURE_VERBS__ === 'undefined' ? undefined : new Set(__RUBRICATE_PURE_VERBS__);
