import { isQuestionLike } from './classify-block.ts';
import { normalizeText } from './tokenize-text.ts';

/**
 * Where a sentence goes on to a second question: a comma or semicolon, a conjunction, an optional
 * linking word ("and, related, how…"), then a question word. "How do you X, and what do you Y?"
 * asks two things; "How do you X and Y?" asks one.
 */
const SECOND_QUESTION =
  /[,;]\s*(?:and|or|but|plus|also)\b[\s,]*(?:(?:related(?:ly)?|also|then|separately|secondly|second)\b[\s,]*)?(?=(?:how|what|when|why|where|which|whats|hows|do you|would you|can you|could you|have you|is there|are there)\b)/g;

/**
 * The questions an interviewer block asks, one string each: its sentences, a sentence with a
 * second question split at the junction, keeping only the parts that ask something (a preamble
 * about the company is context, not a question). Hand-written because sentence splitters do not
 * know that ", and what about…" starts a second question.
 */
export function splitQuestions(text: string): string[] {
  const sentences = normalizeText(text).match(/[^.?!;\n]+[.?!;\n]*/g) ?? [];
  return sentences
    .flatMap((sentence) => sentence.split(SECOND_QUESTION))
    .map((part) => part.trim())
    .filter((part) => part !== '' && isQuestionLike(part));
}
