import type { Token } from './tokenize-text.ts';

/** Words that deny what follows them (plus every `n't` contraction). */
export const NEGATION_WORDS: ReadonlySet<string> = new Set([
  'not',
  'no',
  'never',
  'without',
  'nor',
  'neither',
  'none',
  'nothing',
  'nobody',
  'cannot',
  'hardly',
  'barely',
  'lack',
  'lacks',
  'lacking',
  // Transcribers often drop the apostrophe.
  'dont',
  'doesnt',
  'didnt',
  'isnt',
  'arent',
  'wasnt',
  'werent',
  'cant',
  'couldnt',
  'shouldnt',
  'wouldnt',
  'havent',
  'hasnt',
  'hadnt',
  'wont',
]);

/** Negated copulas also reach back to their subject: "retries weren't needed". */
const COPULA_NEGATIONS: ReadonlySet<string> = new Set([
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
  'isnt',
  'arent',
  'wasnt',
  'werent',
]);
const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be']);

/** Words after which a negation is not one: "not only", "no matter", "not to mention". */
const NOT_A_CUE_AFTER: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['not', new Set(['only', 'just', 'to'])],
  ['no', new Set(['matter', 'doubt'])],
]);

/** "no/not ⟨comparative⟩ than" states a bound ("no more than two"), not a denial. */
const COMPARATIVES: ReadonlySet<string> = new Set([
  'more',
  'less',
  'fewer',
  'greater',
  'larger',
  'smaller',
  'bigger',
  'higher',
  'lower',
]);

/** Words that open a new clause, ending a negation's scope. */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([
  'but',
  'however',
  'although',
  'though',
  'because',
  'since',
  'so',
  'whereas',
  'while',
  'unless',
  'yet',
  'instead',
  'except',
  'then',
  'until',
  'if',
  'otherwise',
]);

/** Words that, after a comma or "and"/"or", start a new clause rather than continue a list. */
const CLAUSE_STARTERS: ReadonlySet<string> = new Set([
  'i',
  'we',
  'you',
  'they',
  'he',
  'she',
  'it',
  'this',
  'that',
  'there',
  'these',
  'those',
  'which',
  'who',
  'just',
  'also',
  'when',
  "it's",
  "we're",
  "we'd",
  "i'd",
  "i'm",
  "that's",
  "there's",
  "we've",
  "i've",
  "they're",
  'what',
  'the',
  'our',
  'my',
  'then',
  ...CLAUSE_BREAKS,
]);

const FORWARD_WORDS = 6;
const BACKWARD_WORDS = 3;

/**
 * Marks the tokens a negation cue governs: the next few words of the same clause ("we never wrote
 * tests", "no retries, timeouts or backoff", "without a circuit breaker"), and for a negated
 * copula also the few words before it ("locks aren't needed"). A scope stops at clause
 * punctuation, at a subordinating or contrasting word, and at a comma that starts a new clause
 * ("we don't use locks, we use transactions"). Hand-written: no maintained npm package does
 * negation scope for English, and this runs identically on flag text and answers.
 */
export function markNegation(tokens: readonly Token[]): boolean[] {
  const negated = tokens.map(() => false);
  for (let index = 0; index < tokens.length; index += 1) {
    if (!isCue(tokens, index)) continue;
    markForward(tokens, index, negated);
    if (isCopulaNegation(tokens, index)) markBackward(tokens, index, negated);
  }
  return negated;
}

function wordAt(tokens: readonly Token[], index: number): string | undefined {
  const token = tokens[index];
  return token?.kind === 'word' ? token.text : undefined;
}

function isCue(tokens: readonly Token[], index: number): boolean {
  const word = wordAt(tokens, index);
  if (word === undefined) return false;
  const next = wordAt(tokens, index + 1);
  const previous = wordAt(tokens, index - 1);
  if (word === 'instead' || word === 'rather') return next === 'of' || next === 'than';
  if (!NEGATION_WORDS.has(word) && !word.endsWith("n't")) return false;
  // "No, we retry" is an interjection; "whether or not" asks, it does not deny.
  if (next === undefined) return false;
  if (word === 'not' && previous === 'or') return false;
  // "no more than two children", "not less than 3 replicas" bound a quantity; they deny nothing.
  if ((word === 'no' || word === 'not') && COMPARATIVES.has(next) && wordAt(tokens, index + 2) === 'than')
    return false;
  return !(NOT_A_CUE_AFTER.get(word)?.has(next) ?? false);
}

function isCopulaNegation(tokens: readonly Token[], index: number): boolean {
  const word = wordAt(tokens, index) ?? '';
  return COPULA_NEGATIONS.has(word) || (word === 'not' && COPULAS.has(wordAt(tokens, index - 1) ?? ''));
}

function markForward(tokens: readonly Token[], cue: number, negated: boolean[]): void {
  let words = 0;
  for (let index = cue + 1; index < tokens.length && words < FORWARD_WORDS; index += 1) {
    const token = tokens[index];
    if (token === undefined) break;
    if (token.kind === 'punct') {
      if (token.text === '/') continue;
      if (token.text !== ',' || startsClause(tokens, index + 1)) break;
      continue;
    }
    if (CLAUSE_BREAKS.has(token.text)) break;
    if ((token.text === 'and' || token.text === 'or') && startsClause(tokens, index + 1)) break;
    negated[index] = true;
    words += 1;
  }
}

function markBackward(tokens: readonly Token[], cue: number, negated: boolean[]): void {
  let words = 0;
  for (let index = cue - 1; index >= 0 && words < BACKWARD_WORDS; index -= 1) {
    const token = tokens[index];
    if (token === undefined || token.kind === 'punct' || CLAUSE_BREAKS.has(token.text)) break;
    negated[index] = true;
    words += 1;
  }
}

/** True when the word at `index` (skipping a joining "and"/"or"/"nor") opens a new clause. */
function startsClause(tokens: readonly Token[], index: number): boolean {
  let word = wordAt(tokens, index);
  if (word === 'and' || word === 'or' || word === 'nor') word = wordAt(tokens, index + 1);
  return word === undefined || CLAUSE_STARTERS.has(word);
}
