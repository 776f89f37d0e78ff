import { stemWord } from '../../lexicon/stem-word.ts';
import { allMatches } from '../../text/all-matches.ts';

/** A word (lower-cased, with its Porter stem) or a punctuation mark that can end a clause or a list item. */
export type Token =
  | { readonly kind: 'word'; readonly text: string; readonly stem: string }
  | { readonly kind: 'punct'; readonly text: string };

// `[]` and `{}` are how people say "a list"/"a dict" in code (`def f(x=[])`); words keep inner
// apostrophes so contractions such as "don't" stay one negation cue.
const TOKEN_PATTERN = /\[\]|\{\}|[\p{L}\p{N}]+(?:'[\p{L}]+)*|[,;:.!?()/\u2014\u2013]|(?<=\s)-(?=\s)/gu;

const CODE_WORDS: ReadonlyMap<string, string> = new Map([
  ['[]', 'list'],
  ['{}', 'dict'],
]);

/**
 * Splits text into word and punctuation tokens. Hand-written because the general tokenisers on
 * npm drop the punctuation that negation scope and list splitting need.
 */
export function tokenizeText(text: string, stemOf: (word: string) => string = stemWord): Token[] {
  const normalized = text.toLowerCase().replace(/[\u2018\u2019\u02bc`]/g, "'");
  const tokens: Token[] = [];
  for (const match of allMatches(TOKEN_PATTERN, normalized)) {
    const raw = match[0];
    const word = CODE_WORDS.get(raw) ?? raw;
    if (/^[\p{L}\p{N}[{]/u.test(raw)) {
      // A possessive ("python's") names the same thing; other contractions stay whole.
      const base = word.endsWith("'s") ? word.slice(0, -2) : word;
      tokens.push({ kind: 'word', text: base, stem: base.includes("'") ? base : stemOf(base) });
    } else {
      tokens.push({ kind: 'punct', text: raw });
    }
  }
  return tokens;
}
