import type { AlignOptions } from './align-options.ts';
import type { QuestionIndex } from './build-question-index.ts';
import { findVerbatimQuestions } from './find-verbatim-questions.ts';
import { tokenizeText } from './tokenize-text.ts';

/**
 * How one alignment reads texts, each text read once: a block's text is read again as its only
 * question and as its only turn, so the aligner asks for the same readings several times.
 */
export interface TextReader {
  /** Content stems of a text (`tokenizeText` with the alignment's synonym setting). */
  readonly stems: (text: string) => ReadonlySet<string>;
  /** Questions the text reads out word for word (`findVerbatimQuestions`). */
  readonly verbatim: (text: string) => readonly number[];
}

/** A reader for one alignment: what it remembers lives as long as the alignment. */
export function createTextReader(index: QuestionIndex, options: Readonly<AlignOptions>): TextReader {
  const stems = new Map<string, ReadonlySet<string>>();
  const verbatim = new Map<string, readonly number[]>();
  return {
    stems: (text) => {
      let known = stems.get(text);
      if (known === undefined) {
        known = new Set(tokenizeText(text, options.useSynonyms));
        stems.set(text, known);
      }
      return known;
    },
    verbatim: (text) => {
      let known = verbatim.get(text);
      if (known === undefined) {
        known = findVerbatimQuestions(text, index.verbatim);
        verbatim.set(text, known);
      }
      return known;
    },
  };
}
