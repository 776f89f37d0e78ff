import { canonicalConcept } from './extract-concepts.ts';
import type { Token } from './tokenize-text.ts';

/** Words that join list items; they are separators here, not grammar. */
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', 'nor', 'plus', 'etc']);
const SEPARATORS: ReadonlySet<string> = new Set([',', ';', '/']);
/** Punctuation that ends a list: a list never runs across a sentence or a label's colon. */
const BOUNDARIES: ReadonlySet<string> = new Set(['.', '!', '?', ':', '(', ')', '\u2014', '\u2013', '-']);

/**
 * Words that make a clause of a list item (subjects, articles, auxiliaries): "We retry" says
 * something, "retries" only names it. Prepositions are left out on purpose: they sit inside
 * terms ("separation of concerns", "rate of change").
 */
const PREDICATE_WORDS: ReadonlySet<string> = new Set(
  (
    'i we you he she it they me us them my our your his her its their this that these those there ' +
    'a an the is are was were be been being am do does did done have has had will would can could ' +
    'should may might must shall which who what when where why how if because so then'
  ).split(' '),
);

/** A contraction carries a subject or an auxiliary ("you've", "don't", "we're"). */
const CONTRACTION = /['\u2019]/;
/**
 * Prepositions and quantifiers that join a clause ("locking with a version field", "changes
 * across many services"): a spoken list runs without them. "of" and "versus" stay, being inside terms ("separation of
 * concerns", "slow versus failed").
 */
const STRETCH_BREAKERS: ReadonlySet<string> = new Set(
  (
    'with via for to in on at by from into through across between among against around about over ' +
    'under after before during within without per like than as every each many several all some any ' +
    'no most few more less'
  ).split(' '),
);
/** A word in another script (a run of CJK characters is one token) is speech, not a listed term. */
const LATIN_WORD = /^[\p{Script=Latin}\d][\p{Script=Latin}\d.'-]*$/u;
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** A list item this short with no predicate word is a bare term. */
const TERM_MAX_WORDS = 4;
/** A list of this many short items is a run of terms even with a subject in front ("I know a, b, c, d, e"). */
const LONG_LIST_ITEMS = 5;
/** A list this long with no predicate word at all is bare. */
const BARE_LIST_ITEMS = 3;
/** A run of this many bare fragments ("Retries. Timeouts. Idempotency.") is a list too. */
const FRAGMENT_RUN = 3;
const MAX_PREDICATE_WORDS_IN_LONG_LIST = 2;
/** A list is stuffing only when this many of its items name the rubric's terms: an example list is not. */
const MIN_TERM_ITEMS = 2;
/**
 * A run of this many consecutive bare items inside a longer clause ("…, bulkheads, fallbacks, dead
 * letter queues, yeah, those are like the pillars") is a list of terms spoken into a sentence;
 * only the run is marked, and only when this many of its items name the rubric's terms.
 */
const RUN_ITEMS = 5;
/** A stretch of this many words without punctuation or a predicate word, naming this many distinct terms, is a spoken list. */
const STRETCH_WORDS = 8;
const STRETCH_TERMS = 5;
const MIN_TERM_ITEMS_IN_RUN = 3;

/** A labelled list ("Keywords: …", "Topics - …") at the start of a sentence. */
const LABEL =
  /^(?:key\s*words?|key\s+(?:terms?|concepts?|points?)|terms?|topics?|buzz\s*words?|tags?|concepts?|skills?|tl;?dr)$/;

interface Segment {
  readonly sentence: number;
  readonly start: number;
  readonly end: number;
  readonly words: number;
  readonly predicateWords: number;
  /** Items separated by commas, semicolons, slashes or coordinators, as [words, predicate words, rubric terms, articles]. */
  readonly items: ReadonlyArray<readonly [number, number, number, number]>;
  /** Each item's tokens, as [start, end) in the sentence. */
  readonly ranges: ReadonlyArray<readonly [number, number]>;
  readonly label: boolean;
}

/**
 * Which tokens of each sentence merely list terms (keyword stuffing aimed at a lexical judge), as
 * a per-sentence mask over its tokens. A stretch between sentence punctuation is a list of terms
 * when it is three or more items with no predicate word at all ("retries, timeouts, backoff"),
 * follows a label ("Keywords: …"), or has five or more short items with at most two predicate
 * words ("I know a, b, c, d and e"); a run of three or more bare fragments counts too ("Retries.
 * Timeouts. Idempotency."). Such tokens are not evidence for any flag, so an answer with the list
 * can never score above the same answer without it. Only lists whose items name two or more of
 * the rubric's `terms` count (when given): "the overhead is real: separate deploys, versioned
 * APIs, tracing" lists examples, not the rubric. A sentence that says something about its terms
 * ("We retry with backoff and time out after two seconds") keeps them.
 */
export function markStuffing(
  sentences: readonly (readonly Token[])[],
  terms?: ReadonlySet<string>,
): boolean[][] {
  const masks = sentences.map((tokens) => tokens.map(() => false));
  const isTerm = (token: Token): boolean =>
    token.kind === 'word' && (terms === undefined || terms.has(canonicalConcept(token.stem)));
  const segments = sentences.flatMap((tokens, sentence) => segmentsOf(tokens, sentence, isTerm));
  for (const [sentence, tokens] of sentences.entries()) {
    markStretches(tokens, isTerm, (start, end) => masks[sentence]?.fill(true, start, end));
  }
  const mark = (segment: Segment): void => {
    masks[segment.sentence]?.fill(true, segment.start, segment.end);
  };
  let runStart = 0;
  segments.forEach((segment, index) => {
    const previous = segments[index - 1];
    const labelled = previous?.label === true && previous.sentence === segment.sentence;
    const bare = segment.items.length >= BARE_LIST_ITEMS && segment.predicateWords === 0;
    const short = segment.items.filter(([words]) => words > 0 && words <= TERM_MAX_WORDS).length;
    const long = short >= LONG_LIST_ITEMS && segment.predicateWords <= MAX_PREDICATE_WORDS_IN_LONG_LIST;
    const named = segment.items.filter(([, , hits]) => hits > 0).length >= MIN_TERM_ITEMS;
    if ((labelled || bare || long) && named) mark(segment);
    else
      markRuns(segment, sentences[segment.sentence] ?? [], isTerm, (start, end) =>
        masks[segment.sentence]?.fill(true, start, end),
      );
  });
  for (let index = 0; index <= segments.length; index += 1) {
    const segment = segments[index];
    const fragment =
      segment !== undefined &&
      segment.words > 0 &&
      segment.words <= TERM_MAX_WORDS &&
      segment.predicateWords === 0;
    if (fragment) continue;
    const run = segments.slice(runStart, index);
    const named = run.filter((part) => part.items.some(([, , hits]) => hits > 0)).length >= MIN_TERM_ITEMS;
    if (run.length >= FRAGMENT_RUN && named) run.forEach(mark);
    runStart = index + 1;
  }
  return masks;
}

/**
 * Marks each stretch of `STRETCH_WORDS` or more words with no punctuation and no predicate word
 * that names `STRETCH_TERMS` or more of the rubric's terms: terms spoken one after another, as a
 * transcript without punctuation writes a list ("um modularization packages clear boundaries
 * dependency injection separation of concerns layering linting yeah so").
 */
function markStretches(
  tokens: readonly Token[],
  isTerm: (token: Token) => boolean,
  mark: (start: number, end: number) => void,
): void {
  let start = 0;
  const terms = new Set<string>();
  for (let index = 0; index <= tokens.length; index += 1) {
    const token = tokens[index];
    if (token !== undefined && token.kind === 'word' && isStretchWord(token.text)) {
      if (isTerm(token)) terms.add(canonicalConcept(token.stem));
      continue;
    }
    if (index - start >= STRETCH_WORDS && terms.size >= STRETCH_TERMS) mark(start, index);
    start = index + 1;
    terms.clear();
  }
}

/**
 * Words that chain a spoken list without making a clause: "tests only then mocks then temporary
 * patches then readability …" (probe round 126) names terms one after another as a comma list does.
 */
const STRETCH_CHAINS: ReadonlySet<string> = new Set(['then']);

function isStretchWord(text: string): boolean {
  return (
    (STRETCH_CHAINS.has(text) || !PREDICATE_WORDS.has(text)) &&
    !STRETCH_BREAKERS.has(text) &&
    !CONTRACTION.test(text) &&
    LATIN_WORD.test(text)
  );
}

/** Marks each run of `RUN_ITEMS` or more consecutive bare items naming the rubric's terms. */
function markRuns(
  segment: Segment,
  tokens: readonly Token[],
  isTerm: (token: Token) => boolean,
  mark: (start: number, end: number) => void,
): void {
  let runStart = 0;
  for (let index = 0; index <= segment.items.length; index += 1) {
    const item = segment.items[index];
    // An article alone does not make a clause of an item inside a run ("the pytest monkeypatch fixture").
    if (item !== undefined && item[0] <= TERM_MAX_WORDS && item[1] === item[3]) continue;
    const run = segment.items.slice(runStart, index);
    const named = run.filter(([, , hits]) => hits > 0).length;
    const head = bareTail(tokens, segment.ranges[runStart - 1], isTerm);
    // The clause's last words complete a run only when every item names a term: "a constraint,
    // performance, memory, a licence" gives examples, "a believer in chaos testing, failure
    // injection, tracing, …" recites the rubric.
    const headed = head?.named === true && named === run.length && run.length + 1 >= RUN_ITEMS;
    const first = segment.ranges[runStart];
    const last = segment.ranges[index - 1];
    if (((run.length >= RUN_ITEMS && named >= MIN_TERM_ITEMS_IN_RUN) || headed) && first && last)
      mark(headed ? (head?.start ?? first[0]) : first[0], last[1]);
    runStart = index + 1;
  }
}

/**
 * The bare words that end the clause in front of a run, which are the run's first item ("I'm a
 * big believer in [chaos testing], failure injection, …").
 */
function bareTail(
  tokens: readonly Token[],
  range: readonly [number, number] | undefined,
  isTerm: (token: Token) => boolean,
): { readonly start: number; readonly named: boolean } | undefined {
  if (range === undefined) return undefined;
  let start = range[1];
  while (
    start > range[0] &&
    tokens[start - 1]?.kind === 'word' &&
    isStretchWord(tokens[start - 1]?.text ?? '')
  )
    start -= 1;
  const words = range[1] - start;
  if (words === 0 || words > TERM_MAX_WORDS || start === range[0]) return undefined;
  return { start, named: tokens.slice(start, range[1]).some(isTerm) };
}

function segmentsOf(
  tokens: readonly Token[],
  sentence: number,
  isTerm: (token: Token) => boolean,
): Segment[] {
  const segments: Segment[] = [];
  let start = 0;
  for (let index = 0; index <= tokens.length; index += 1) {
    const token = tokens[index];
    if (token !== undefined && !(token.kind === 'punct' && BOUNDARIES.has(token.text))) continue;
    if (index > start) segments.push(describe(tokens, sentence, [start, index], token?.text === ':', isTerm));
    start = index + 1;
  }
  return segments;
}

function describe(
  tokens: readonly Token[],
  sentence: number,
  [start, end]: readonly [number, number],
  beforeColon: boolean,
  isTerm: (token: Token) => boolean,
): Segment {
  const items: Array<[number, number, number, number]> = [[0, 0, 0, 0]];
  const ranges: Array<[number, number]> = [[start, start]];
  let words = 0;
  let predicateWords = 0;
  const text: string[] = [];
  for (let index = start; index < end; index += 1) {
    const token = tokens[index];
    if (token === undefined) break;
    const item = items[items.length - 1] ?? [0, 0, 0, 0];
    const separates = token.kind === 'punct' ? SEPARATORS.has(token.text) : COORDINATORS.has(token.text);
    if (separates || token.kind === 'punct') {
      if (separates && item[0] > 0) {
        items.push([0, 0, 0, 0]);
        ranges.push([index + 1, index + 1]);
      }
    } else {
      const range = ranges[ranges.length - 1];
      if (range !== undefined) {
        if (item[0] === 0) range[0] = index;
        range[1] = index + 1;
      }
      words += 1;
      item[0] += 1;
      if (isTerm(token)) item[2] += 1;
      text.push(token.text);
      if (PREDICATE_WORDS.has(token.text)) {
        predicateWords += 1;
        item[1] += 1;
        if (ARTICLES.has(token.text)) item[3] += 1;
      } else if (CONTRACTION.test(token.text)) {
        // A contraction makes a clause of its item, which ends a run of bare items, but a
        // dense list with one in front ("I'd say a, b, c, d, e") is still a list.
        item[1] += 1;
      }
    }
  }
  const filled = items.map((item, index) => [item, ranges[index]] as const).filter(([[count]]) => count > 0);
  return {
    sentence,
    start,
    end,
    words,
    predicateWords,
    items: filled.map(([item]) => item),
    ranges: filled.map(([, range]) => range ?? [start, start]),
    label: beforeColon && LABEL.test(text.join(' ')),
  };
}
