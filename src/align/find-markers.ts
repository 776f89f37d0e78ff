import type { Rubric } from '../rubric/schema.ts';
import { NUMBER_WORDS } from '../text/number-words.ts';
import { normalizeText, splitWords } from './tokenize-text.ts';

const WORDS = NUMBER_WORDS.join('|');

/** "Q5", "Q.5", "Q 5", "Question 5", "question number 5", "question no. 5", "question #5", "question five". */
const MARKER_PATTERNS: readonly RegExp[] = [
  /\bq\.?\s?(\d{1,3})\b/g,
  new RegExp(`\\bquestion\\s*(?:(?:number|no\\.?)\\s*)?#?\\s*(\\d{1,3}|${WORDS})\\b`, 'g'),
];

function toNumber(token: string): number {
  const asWord = NUMBER_WORDS.indexOf(token);
  return asWord >= 0 ? asWord : Number.parseInt(token, 10);
}

/** Rubric question indices a number refers to: by the rubric's own numbering, else by `q<n>` id. */
function questionsNumbered(rubric: Rubric, value: number): number[] {
  const byNumber = rubric.questions.flatMap((question, index) => (question.number === value ? [index] : []));
  if (byNumber.length > 0) return byNumber;
  return rubric.questions.flatMap((question, index) => (question.id === `q${value}` ? [index] : []));
}

/**
 * Explicit announcements of a rubric question in an interviewer's words:
 * numbered markers ("Question 5:", "Q5.", "question five") and the question's own aliases said
 * as a phrase. Returns question indices (numbered markers first, no duplicates).
 */
export function findMarkers(text: string, rubric: Rubric): number[] {
  const lowered = normalizeText(text);
  const found: number[] = [];
  for (const pattern of MARKER_PATTERNS) {
    for (const match of lowered.matchAll(pattern)) {
      const token = match[1];
      if (token === undefined) continue;
      found.push(...questionsNumbered(rubric, toNumber(token)));
    }
  }
  const spaced = ` ${splitWords(text).join(' ')} `;
  rubric.questions.forEach((question, index) => {
    for (const alias of question.aliases) {
      const words = splitWords(alias).join(' ');
      if (words !== '' && spaced.includes(` ${words} `)) found.push(index);
    }
  });
  return [...new Set(found)];
}
