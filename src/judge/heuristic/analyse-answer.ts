import { extractConcepts } from './extract-concepts.ts';
import { joinedWords } from './joined-words.ts';
import { markNegation } from './mark-negation.ts';
import { markStuffing } from './mark-stuffing.ts';
import { playsWithTerms } from './play-frames.ts';
import { unionPositives } from './satisfy-slots.ts';
import { splitSentences } from './split-sentences.ts';
import { type Token, tokenizeText } from './tokenize-text.ts';

/** Topic terms said plainly (`positive`) or under a negation (`negative`). */
export interface TermSets {
  readonly positive: ReadonlySet<string>;
  readonly negative: ReadonlySet<string>;
  /** Token positions of each plainly said term, ascending (for flags that state an order). */
  readonly positions?: ReadonlyMap<string, readonly number[]>;
}

/** One verbatim sentence of the answer and what it talks about. */
export interface AnalysedSentence extends TermSets {
  readonly text: string;
  /** Hearsay or uncertainty ("I've heard of …", "not sure", "I guess"): supports `unclear` only. */
  readonly hedged: boolean;
  /** Someone else's view ("people say …", "a common misconception"): not the candidate's claim. */
  readonly distanced: boolean;
  /** Addressed to the evaluator: ignored, so steering can never raise a rating. */
  readonly injection: boolean;
  /** Nothing but a bare list of terms, or terms packed into play (keyword stuffing): ignored for the same reason. */
  readonly stuffed: boolean;
  /** Words outside bare lists of terms. */
  readonly words: number;
  /** Terms said by the sentence's own words, not the synonyms they imply. */
  readonly own: ReadonlySet<string>;
  /** The sentence cut at ";", ":", "but", "although"…: a quoted statement must sit in one. */
  readonly clauses: readonly TermSets[];
}

export interface AnalysedAnswer {
  readonly sentences: readonly AnalysedSentence[];
  /** Words outside injection and stuffing sentences: how substantive the answer is. */
  readonly words: number;
  /** Terms said in usable sentences, plainly or negated (for judging the answer's overlap with its topic). */
  readonly terms: ReadonlySet<string>;
  /** How many distinct terms the answer's own words say (synonyms they imply not counted). */
  readonly ownTermCount: number;
  /** The whole answer is a non-answer ("I don't know.", "N/A", "pass"). */
  readonly nonAnswer: boolean;
  /**
   * The whole answer is a bare list of terms ("Private, public, protected."): a terse answer, not
   * stuffing beside one, so its words count, but a list names terms without saying anything of
   * them, so no flag is more than half shown by it (see `matchTopicFlag`).
   */
  readonly listOnly: boolean;
  /**
   * The plain mentions of sentence `index` together with the next one's (a two-sentence window),
   * when both are usable; built on first use, once per answer rather than once per flag.
   */
  readonly windowAt: (index: number) => TermSets | undefined;
}

/** What analysing an answer may know of its question (see `CompiledQuestion`); all optional. */
export interface AnswerContext {
  /** First letters of flag terms: adjacent words are joined into compounds only for these. */
  readonly termHeads?: ReadonlySet<string>;
  /** Flag terms: a list of terms is stuffing only if it names them. */
  readonly flagTerms?: ReadonlySet<string>;
  /** Record where terms are said (for flags that state an order). Default true. */
  readonly needsOrder?: boolean;
  /** The caller found the whole answer to be a list of terms (see `AnalysedAnswer.listOnly`). */
  readonly listOnly?: boolean;
  /** The stem a misspelt word stands for ("refrence" → the stem of "reference"), if any. */
  readonly respell?: (word: string) => string | undefined;
  /** Concepts a word of the answer also says: its synonyms and related forms. */
  readonly relatedOf?: (word: string) => readonly string[];
}

/** A sentence that may count as evidence: neither steering nor stuffing. */
export function isUsable(sentence: AnalysedSentence): boolean {
  return !sentence.injection && !sentence.stuffed;
}

const HEDGES: readonly RegExp[] = [
  /\b(?:heard|read)\s+(?:of|about)\b/,
  /\bnot\s+(?:really\s+|very\s+|too\s+|that\s+)?familiar\b|\bunfamiliar\b/,
  /\bnot\s+(?:really\s+|entirely\s+|totally\s+|100%\s+)?sure\b|\bno\s+idea\b/,
  /\bi\s+(?:guess|suppose)\b|\bsupposedly\b|\bin\s+theory\b|\btheoretically\b/,
  /^(?:maybe|perhaps)\b|\bi\s+think\s+maybe\b|\bsomething\s+like\s+that\b/,
  /\b(?:don'?t|do\s+not)\s+(?:really\s+)?know\s+(?:much|anything|a\s+lot)\b|\bnot\s+an\s+expert\b/,
  /\bi\s+think\s+(?:it'?s|that'?s|they'?re)\s+called\b/,
];

const DISTANCING: readonly RegExp[] = [
  /\b(?:people|some|many|folks|others|juniors?|managers?|everyone)\s+(?:often\s+|usually\s+|sometimes\s+|still\s+)?(?:say|said|think|thought|believe|claim|assume|argue|confuse)\b/,
  /\b(?:common|popular|classic|naive)\s+(?:misconception|myth|mistake|fallacy|trap|answer|take|view)\b/,
  /\bmisconception\b|\bmyth\b|\bnaive(?:ly)?\b|\bused\s+to\s+(?:think|believe)\b|\btempting\b/,
];

/** A whole answer that declines to answer. */
const NON_ANSWER =
  /^\s*(?:n\/?a|none|nothing|no answer|not answered|no response|no comment|pass|skip(?:ped)?|idk|dunno|i\s+(?:do\s*n[o']?t|dont)\s+know|no\s+idea|not\s+sure|i'?m\s+not\s+sure|i\s+(?:can'?t|cannot)\s+remember|[?.\-_\s]*)\s*[.!?]*\s*$/i;

const CLAUSE_WORDS: ReadonlySet<string> = new Set(['but', 'however', 'although', 'though', 'whereas', 'yet']);
const CLAUSE_PUNCT: ReadonlySet<string> = new Set([';', ':', '(', ')', '\u2014', '\u2013', '-']);

/**
 * Splits the answer into verbatim sentences and records, per sentence, the topic terms it uses
 * plainly or under negation (and where), whether it hedges or attributes a view to others,
 * whether it tries to steer the evaluator (`injectionSentences`, from `detectInjection`), and
 * whether it is a bare list of terms (`markStuffing`).
 */
export function analyseAnswer(
  answer: string,
  injectionSentences: ReadonlySet<string>,
  stemOf: (word: string) => string,
  question: AnswerContext = {},
): AnalysedAnswer {
  const { termHeads = new Set<string>(), needsOrder = true, flagTerms } = question;
  const respell = question.respell === undefined ? undefined : withinBudget(question.respell, undefined);
  const expand = question.relatedOf === undefined ? undefined : withinBudget(question.relatedOf, []);
  const spans = splitSentences(answer).map(({ text }) => {
    const tokens = tokenizeText(text, stemOf);
    return { text, tokens: respell === undefined ? tokens : tokens.map((token) => respelt(token, respell)) };
  });
  const marked = markStuffing(
    spans.map((span) => span.tokens),
    flagTerms,
  );
  // A list beside an answer is stuffing; a list that IS the answer is a terse answer.
  const listOnly = question.listOnly === true || isListOnly(spans, marked, injectionSentences);
  const stuffed = listOnly ? [] : marked;
  const join = (first: string, second: string): string | null =>
    termHeads.has(first.slice(0, 3)) ? stemOf(first + second) : null;
  const read = spans.map(({ text, tokens }, index) =>
    analyseSentence(
      text,
      tokens,
      { injection: injectionSentences.has(text), stuffed: stuffed[index] ?? [], needsOrder },
      join,
      expand,
    ),
  );
  // Terms packed into play (a dream, a song, a toast: `playsWithTerms`) are stuffing too.
  const played = playsWithTerms(read, flagTerms);
  const sentences = read.map((sentence, index) =>
    played[index] === true ? { ...sentence, stuffed: true } : sentence,
  );
  let words = 0;
  const terms = new Set<string>();
  const own = new Set<string>();
  for (const sentence of sentences) {
    if (!isUsable(sentence)) continue;
    words += sentence.words;
    for (const term of sentence.own) own.add(term);
    // "It is not connected" is on topic: overlap counts negated mentions too, and the synonyms
    // the answer's words imply ("infinite" is on the topic of "unlimited").
    for (const term of sentence.positive) terms.add(term);
    for (const term of sentence.negative) terms.add(term);
  }
  const windows = new Map<number, TermSets | undefined>();
  const windowAt = (index: number): TermSets | undefined => {
    if (windows.has(index)) return windows.get(index);
    const sentence = sentences[index];
    const next = sentences[index + 1];
    const window =
      sentence !== undefined && next !== undefined && isUsable(sentence) && isUsable(next)
        ? unionPositives([sentence, next])
        : undefined;
    windows.set(index, window);
    return window;
  };
  const nonAnswer = NON_ANSWER.test(answer.replace(/\s+/g, ' '));
  return { sentences, words, terms, ownTermCount: own.size, nonAnswer, listOnly, windowAt };
}

/** Every word outside steering sentences is in a bare list of terms, and some are. */
function isListOnly(
  spans: readonly { readonly text: string; readonly tokens: readonly Token[] }[],
  marked: readonly (readonly boolean[])[],
  injectionSentences: ReadonlySet<string>,
): boolean {
  let listed = false;
  for (const [index, { text, tokens }] of spans.entries()) {
    if (injectionSentences.has(text)) continue;
    const mask = marked[index] ?? [];
    for (const [at, token] of tokens.entries()) {
      if (token.kind !== 'word') continue;
      if (mask[at] !== true) return false;
      listed = true;
    }
  }
  return listed;
}

function analyseSentence(
  text: string,
  tokens: readonly Token[],
  marks: { readonly injection: boolean; readonly stuffed: readonly boolean[]; readonly needsOrder: boolean },
  join: (first: string, second: string) => string | null,
  expand?: (word: string) => readonly string[],
): AnalysedSentence {
  const negated = markNegation(tokens);
  // Words of a bare list of terms are not evidence (see `markStuffing`).
  const occurrences = [
    ...extractConcepts(tokens, negated, 'answer', expand),
    ...joinedWords(tokens, negated, join),
  ].filter((occurrence) => marks.stuffed[occurrence.start] !== true);
  const words = tokens.filter(
    (token, index) => token.kind === 'word' && marks.stuffed[index] !== true,
  ).length;
  const clauseOf = numberClauses(tokens);
  const clauses: { positive: Set<string>; negative: Set<string> }[] = [];
  const positions = new Map<string, number[]>();
  for (const occurrence of occurrences) {
    const clauseIndex = clauseOf[occurrence.start] ?? 0;
    while (clauses.length <= clauseIndex) clauses.push({ positive: new Set(), negative: new Set() });
    const target = clauses[clauseIndex];
    for (const concept of occurrence.concepts) {
      (occurrence.negated ? target?.negative : target?.positive)?.add(concept);
      if (occurrence.negated || !marks.needsOrder) continue;
      const list = positions.get(concept);
      if (list === undefined) positions.set(concept, [occurrence.start]);
      else list.push(occurrence.start);
    }
  }
  for (const list of positions.values()) list.sort((a, b) => a - b);
  const own = new Set<string>();
  for (const occurrence of occurrences) {
    // A joined compound ("garbage collector" → garbagecollector) is two words already counted.
    if ('joined' in occurrence) continue;
    const implied = 'related' in occurrence ? occurrence.related : undefined;
    for (const concept of occurrence.concepts)
      if (implied === undefined || !implied.includes(concept)) own.add(concept);
  }
  const normalized = text.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  return {
    text,
    hedged: HEDGES.some((pattern) => pattern.test(normalized)),
    distanced: DISTANCING.some((pattern) => pattern.test(normalized)),
    injection: marks.injection,
    stuffed: words === 0 && marks.stuffed.some(Boolean),
    words,
    own,
    positive: new Set(clauses.flatMap((clause) => [...clause.positive])),
    negative: new Set(clauses.flatMap((clause) => [...clause.negative])),
    positions,
    clauses,
  };
}

/**
 * Distinct words of one answer whose synonyms and spellings are looked up: far more than any
 * spoken answer has (a few hundred), few enough that megabytes of distinct non-words cannot hold
 * a run up.
 */
const MAX_EXPANDED_WORDS = 5_000;

/**
 * `lookup` for the first MAX_EXPANDED_WORDS distinct words of an answer, remembered; `none` for
 * any word after them.
 */
function withinBudget<T>(lookup: (word: string) => T, none: T): (word: string) => T {
  const seen = new Map<string, T>();
  return (word) => {
    if (seen.has(word)) return seen.get(word) as T;
    if (seen.size >= MAX_EXPANDED_WORDS) return none;
    const found = lookup(word);
    seen.set(word, found);
    return found;
  };
}

/** A word token with the stem of the word it misspells, when it misspells one. */
function respelt(token: Token, respell: (word: string) => string | undefined): Token {
  if (token.kind !== 'word') return token;
  const stem = respell(token.text);
  return stem === undefined ? token : { ...token, stem };
}

function numberClauses(tokens: readonly Token[]): number[] {
  let clause = 0;
  return tokens.map((token) => {
    const breaks = token.kind === 'punct' ? CLAUSE_PUNCT.has(token.text) : CLAUSE_WORDS.has(token.text);
    if (breaks) clause += 1;
    return clause;
  });
}
