import { normalizeText } from './tokenize-text.ts';

/** A question text this short must be a whole sentence of the turn to count ("Why?", "What is voltage?"). */
const MIN_EMBEDDED_WORDS = 4;
/** Lead-ins an interviewer puts before reading a question out ("So, what is a stack?"). */
const LEAD_IN = /^(?:(?:so|and|ok|okay|alright|right|now|next|then|well|great|thanks|thank you)\s+)+/;

/** Words of a text as one comparable string: lower case, letters and digits kept, single spaces. */
export function verbatimKey(text: string): string {
  return normalizeText(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Questions whose text an interviewer block reads out word for word: the question's words (digits
 * included, so "terminal 1 and terminal 4" is not "terminal 1 and terminal 2") occur in the block
 * in order, or, for a question of under four words, make up one of its sentences. A match inside
 * a longer matched question is that question's ("Why?" inside "Explain why you got…"). Such a
 * block asks the question whatever its words weigh: words every question shares have no IDF.
 */
export function findVerbatimQuestions(blockText: string, questionKeys: readonly string[]): number[] {
  const padded = ` ${verbatimKey(blockText)} `;
  // The block's sentences, read only for a question short enough to need them (most have none).
  let sentences: ReadonlySet<string> | undefined;
  const sentencesOfBlock = (): ReadonlySet<string> =>
    (sentences ??= new Set(
      normalizeText(blockText)
        .split(/[.?!;\n]+/)
        .map((sentence) => verbatimKey(sentence).replace(LEAD_IN, ''))
        .filter((sentence) => sentence !== ''),
    ));
  const spans: Array<{ question: number; start: number; end: number }> = [];
  questionKeys.forEach((key, question) => {
    if (key === '') return;
    if (wordCount(key) >= MIN_EMBEDDED_WORDS) {
      for (let at = padded.indexOf(` ${key} `); at >= 0; at = padded.indexOf(` ${key} `, at + 1)) {
        spans.push({ question, start: at, end: at + key.length + 2 });
      }
    } else if (sentencesOfBlock().has(key)) {
      const at = padded.indexOf(` ${key} `);
      spans.push({ question, start: at, end: at + key.length + 2 });
    }
  });
  const kept = spans.filter(
    (span) =>
      !spans.some(
        (other) =>
          other.question !== span.question &&
          other.end - other.start > span.end - span.start &&
          other.start <= span.start &&
          other.end >= span.end,
      ),
  );
  return [...new Set(kept.map((span) => span.question))].sort((a, b) => a - b);
}

/** Words of a `verbatimKey` (single spaces between them), without splitting it: read for every block. */
function wordCount(key: string): number {
  let count = 1;
  for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) count += 1;
  return count;
}
