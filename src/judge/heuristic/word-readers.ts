import { ANSWER_RELATED_WORDS, antonymWords, relatedWords } from '../../lexicon/related-words.ts';
import type { WordNet } from '../../lexicon/wordnet.ts';
import type { CompiledQuestion } from './compile-question.ts';
import { canonicalConcept } from './extract-concepts.ts';
import { createRespeller, type Respeller } from './respell-word.ts';

/** How an answer's words are read for one question (see `analyseAnswer`'s context). */
export interface AnswerReaders {
  /** The stem a misspelt word stands for. */
  readonly respell: Respeller;
  /** What a word also says: its synonyms, and the rubric's words it is the acronym of. */
  readonly relatedOf: (word: string) => readonly string[];
}

/** The lexical lookups of one heuristic judge, each remembered per word or per question. */
export interface WordReaders {
  /** A flag word's synonyms and related forms (its two most frequent senses), as concepts. */
  readonly relatedOf: (word: string) => readonly string[];
  /** A flag word's antonyms, as concepts. */
  readonly antonymsOf: (word: string) => readonly string[];
  /** How the answers to one compiled question are read. */
  readonly forQuestion: (compiled: CompiledQuestion) => AnswerReaders;
}

/** Words remembered before the memory starts again: bounded, like the judge's stems. */
const MAX_REMEMBERED = 50_000;

/**
 * The judge's lexical lookups over `wordNet` (none without one), with concepts made by `stemOf`.
 * An answer's words are widened by their most frequent sense only: a flag's few words are widened
 * on purpose, every word of every answer as far would match by accident.
 */
export function createWordReaders(wordNet: WordNet | null, stemOf: (word: string) => string): WordReaders {
  const concepts = (words: readonly string[]): string[] =>
    words.map((word) => canonicalConcept(stemOf(word)));
  const relatedOf = (word: string): readonly string[] =>
    wordNet === null ? [] : concepts(relatedWords(wordNet, word));
  const antonymsOf = (word: string): readonly string[] =>
    wordNet === null ? [] : concepts(antonymWords(wordNet, word));

  const answerRelated = new Map<string, readonly string[]>();
  const answerRelatedOf = (word: string): readonly string[] => {
    let related = answerRelated.get(word);
    if (related === undefined) {
      related = wordNet === null ? [] : concepts(relatedWords(wordNet, word, ANSWER_RELATED_WORDS));
      if (answerRelated.size >= MAX_REMEMBERED) answerRelated.clear();
      answerRelated.set(word, related);
    }
    return related;
  };

  const perQuestion = new WeakMap<CompiledQuestion, AnswerReaders>();
  const forQuestion = (compiled: CompiledQuestion): AnswerReaders => {
    let readers = perQuestion.get(compiled);
    if (readers === undefined) {
      const { acronyms } = compiled;
      readers = {
        respell: createRespeller(compiled.spellings, wordNet),
        relatedOf: (word) => {
          const expanded = acronyms.get(word);
          return expanded === undefined ? answerRelatedOf(word) : [...answerRelatedOf(word), ...expanded];
        },
      };
      perQuestion.set(compiled, readers);
    }
    return readers;
  };

  return { relatedOf, antonymsOf, forQuestion };
}
