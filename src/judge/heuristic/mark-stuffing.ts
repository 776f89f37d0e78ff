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

/** A labelled list ("Keywords: …", "Topics - …") at the start of a sentence. */
const LABEL =
  /^(?:key\s*words?|key\s+(?:terms?|concepts?|points?)|terms?|topics?|buzz\s*words?|tags?|concepts?|skills?|tl;?dr)$/;

interface Segment {
  readonly sentence: number;
  readonly start: number;
  readonly end: number;
  readonly words: number;
  readonly predicateWords: number;
  /** Items separated by commas, semicolons, slashes or coordinators, as [words, predicate words, rubric terms]. */
  readonly items: ReadonlyArray<readonly [number, number, number]>;
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
  const items: Array<[number, number, number]> = [[0, 0, 0]];
  let words = 0;
  let predicateWords = 0;
  const text: string[] = [];
  for (const token of tokens.slice(start, end)) {
    const item = items[items.length - 1] ?? [0, 0, 0];
    if (token.kind === 'punct') {
      if (SEPARATORS.has(token.text) && item[0] > 0) items.push([0, 0, 0]);
    } else if (COORDINATORS.has(token.text)) {
      if (item[0] > 0) items.push([0, 0, 0]);
    } else {
      words += 1;
      item[0] += 1;
      if (isTerm(token)) item[2] += 1;
      text.push(token.text);
      if (PREDICATE_WORDS.has(token.text)) {
        predicateWords += 1;
        item[1] += 1;
      }
    }
  }
  const filled = items.filter(([count]) => count > 0);
  return {
    sentence,
    start,
    end,
    words,
    predicateWords,
    items: filled,
    label: beforeColon && LABEL.test(text.join(' ')),
  };
}
