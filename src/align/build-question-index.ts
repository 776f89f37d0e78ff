import type { Rubric } from '../rubric/schema.ts';
import type { AlignOptions } from './align-options.ts';
import { verbatimKey } from './find-verbatim-questions.ts';
import { tokenizeText } from './tokenize-text.ts';

/** What the scorer knows about each rubric question: weighted stems and their rarity across questions. */
export interface QuestionIndex {
  readonly ids: readonly string[];
  /** Per question: stem → weight (question text and aliases 1, flags and section less). */
  readonly weights: ReadonlyArray<ReadonlyMap<string, number>>;
  /** Per question: the length norm its scores are divided by (from the summed IDF of its text stems). */
  readonly norms: readonly number[];
  /** BM25 inverse document frequency over the rubric's questions: ln(1 + (N − df + 0.5) / (df + 0.5)). */
  readonly idf: ReadonlyMap<string, number>;
  /** Per question: its text as `verbatimKey` words, to find it read out word for word. */
  readonly verbatim: readonly string[];
  /** The same weights by stem: where each stem stands in each question's document (see `Posting`). */
  readonly postings: ReadonlyMap<string, readonly Posting[]>;
  /** The same by a stem's first `PREFIX_HEAD` letters: the stems a relative of a text's stem may be. */
  readonly headPostings: ReadonlyMap<string, readonly Posting[]>;
}

/** How many letters two stems of one family share at least (`fail` ~ `failur`): see `scoreStems`. */
export const PREFIX_HEAD = 5;

/** One stem of one question's document: what `scoreStems` adds when a text holds it. */
export interface Posting {
  readonly question: number;
  readonly stem: string;
  /** Its place in the question's document: sums run in document order, whatever the text's order. */
  readonly position: number;
  readonly weight: number;
  readonly idf: number;
}

function addWeighted(target: Map<string, number>, stems: readonly string[], weight: number): void {
  for (const stem of stems) target.set(stem, Math.max(target.get(stem) ?? 0, weight));
}

/**
 * Builds the per-question documents. IDF comes from the rubric itself, so words every question
 * shares ("design", "Python") count for little and a question's distinctive words for much.
 */
export function buildQuestionIndex(rubric: Rubric, options: Readonly<AlignOptions>): QuestionIndex {
  const weights = rubric.questions.map((question) => {
    const doc = new Map<string, number>();
    const flagText = [...question.greenFlags, ...question.redFlags].map((flag) => flag.text).join('\n');
    addWeighted(doc, tokenizeText(question.section ?? '', options.useSynonyms), options.sectionWeight);
    addWeighted(doc, tokenizeText(flagText, options.useSynonyms), options.flagWeight);
    addWeighted(doc, tokenizeText(question.aliases.join('\n'), options.useSynonyms), 1);
    addWeighted(doc, tokenizeText(question.text, options.useSynonyms), 1);
    return doc;
  });
  const documentFrequency = new Map<string, number>();
  for (const doc of weights) {
    for (const stem of doc.keys()) documentFrequency.set(stem, (documentFrequency.get(stem) ?? 0) + 1);
  }
  const count = weights.length;
  const idf = new Map<string, number>();
  for (const [stem, df] of documentFrequency) idf.set(stem, Math.log(1 + (count - df + 0.5) / (df + 0.5)));
  const textNorms = rubric.questions.map((question, index) => {
    const textStems = new Set(tokenizeText(question.text, options.useSynonyms));
    let norm = 0;
    for (const stem of textStems) norm += idf.get(stem) ?? 0;
    if (norm > 0) return norm;
    // A question with no content words of its own ("Why?") is measured against everything it has.
    let fallback = 0;
    for (const [stem, weight] of weights[index] ?? []) fallback += (idf.get(stem) ?? 0) * weight;
    return fallback;
  });
  // The geometric mean with the rubric's average keeps long questions from needing every word
  // (paraphrases cover few), and the floor keeps terse ones ("What does scaling mean to you?")
  // from matching any turn that says one of their two words.
  const mean = textNorms.reduce((sum, norm) => sum + norm, 0) / Math.max(1, textNorms.length);
  const norms = textNorms.map((norm) => Math.max(Math.sqrt(norm * mean), options.normFloor * mean, 1e-9));
  const postings = new Map<string, Posting[]>();
  const headPostings = new Map<string, Posting[]>();
  weights.forEach((doc, question) => {
    let position = 0;
    for (const [stem, weight] of doc) {
      const posting = { question, stem, position, weight, idf: idf.get(stem) ?? 0 };
      position += 1;
      append(postings, stem, posting);
      if (stem.length >= PREFIX_HEAD) append(headPostings, stem.slice(0, PREFIX_HEAD), posting);
    }
  });
  return {
    ids: rubric.questions.map((question) => question.id),
    weights,
    norms,
    idf,
    verbatim: rubric.questions.map((question) => verbatimKey(question.text)),
    postings,
    headPostings,
  };
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
