import { extractConcepts } from './extract-concepts.ts';
import { markNegation } from './mark-negation.ts';
import { splitSentences } from './split-sentences.ts';
import { type Token, tokenizeText } from './tokenize-text.ts';

/** Topic terms said plainly (`positive`) or under a negation (`negative`). */
export interface TermSets {
  readonly positive: ReadonlySet<string>;
  readonly negative: ReadonlySet<string>;
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
  readonly words: number;
  /** The sentence cut at ";", ":", "but", "although"…: a quoted statement must sit in one. */
  readonly clauses: readonly TermSets[];
}

export interface AnalysedAnswer {
  readonly sentences: readonly AnalysedSentence[];
  /** Words outside injection sentences: how substantive the answer is. */
  readonly words: number;
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

const CLAUSE_WORDS: ReadonlySet<string> = new Set(['but', 'however', 'although', 'though', 'whereas', 'yet']);
const CLAUSE_PUNCT: ReadonlySet<string> = new Set([';', ':', '(', ')', '\u2014', '\u2013', '-']);

/**
 * Splits the answer into verbatim sentences and records, per sentence, the topic terms it uses
 * plainly or under negation, whether it hedges or attributes a view to others, and whether it
 * tries to steer the evaluator (`injectionSentences`, from `detectInjection`).
 */
export function analyseAnswer(
  answer: string,
  injectionSentences: ReadonlySet<string>,
  stemOf: (word: string) => string,
): AnalysedAnswer {
  const sentences = splitSentences(answer).map(({ text }) =>
    analyseSentence(text, injectionSentences.has(text), stemOf),
  );
  const words = sentences.reduce((sum, sentence) => sum + (sentence.injection ? 0 : sentence.words), 0);
  return { sentences, words };
}

function analyseSentence(
  text: string,
  injection: boolean,
  stemOf: (word: string) => string,
): AnalysedSentence {
  const tokens = tokenizeText(text, stemOf);
  const occurrences = extractConcepts(tokens, markNegation(tokens), 'answer');
  const clauseOf = numberClauses(tokens);
  const clauses: { positive: Set<string>; negative: Set<string> }[] = [];
  for (const occurrence of occurrences) {
    const clauseIndex = clauseOf[occurrence.start] ?? 0;
    while (clauses.length <= clauseIndex) clauses.push({ positive: new Set(), negative: new Set() });
    const target = clauses[clauseIndex];
    for (const concept of occurrence.concepts) {
      (occurrence.negated ? target?.negative : target?.positive)?.add(concept);
    }
  }
  const normalized = text.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  return {
    text,
    hedged: HEDGES.some((pattern) => pattern.test(normalized)),
    distanced: DISTANCING.some((pattern) => pattern.test(normalized)),
    injection,
    words: tokens.filter((token) => token.kind === 'word').length,
    positive: new Set(clauses.flatMap((clause) => [...clause.positive])),
    negative: new Set(clauses.flatMap((clause) => [...clause.negative])),
    clauses,
  };
}

function numberClauses(tokens: readonly Token[]): number[] {
  let clause = 0;
  return tokens.map((token) => {
    const breaks = token.kind === 'punct' ? CLAUSE_PUNCT.has(token.text) : CLAUSE_WORDS.has(token.text);
    if (breaks) clause += 1;
    return clause;
  });
}
