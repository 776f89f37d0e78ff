import { eng } from 'stopword';
import type { Question } from '../rubric/schema.ts';

/** How flags are phrased, not what they ask for ("Mentions …", "Talks about …", "e.g."). */
const FRAMING = new Set(
  'mentions mention talks talk about explains explain understands understand knows know discusses discuss describes describe proposes propose suggests suggest uses use using differentiates differentiate between distinguishes how when why what where which eg etc like such also clear clearly good strong concrete specific example examples able ability aware awareness considers consider shows show demonstrates demonstrate gives give can could would should one two three least way ways things thing approach approaches'.split(
    ' ',
  ),
);
const STOP = new Set(eng);

/**
 * The terms a keyword stuffer would list for `question`: content words of its green flags (3+
 * letters, lower-case), without stop words, flag framing ("Mentions", "Explains") and words of
 * the question itself (answers repeat the question; that is not stuffing).
 */
export function flagTermsOf(question: Question): string[] {
  const known = TERMS.get(question);
  if (known !== undefined) return known;
  const terms = Object.freeze(computeFlagTerms(question)) as string[];
  TERMS.set(question, terms);
  return terms;
}

/** Each question's terms, worked out once: every answer to it is checked against them. */
const TERMS = new WeakMap<Question, string[]>();

function computeFlagTerms(question: Question): string[] {
  const asked = new Set(wordsOf(question.text));
  const terms = new Set<string>();
  for (const flag of question.greenFlags) {
    for (const word of wordsOf(flag.text)) {
      if (word.length >= 3 && !STOP.has(word) && !FRAMING.has(word) && !asked.has(word)) terms.add(word);
    }
  }
  return [...terms];
}

function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).map((w) =>
    w.replace(/['’]s$/, ''),
  );
}
