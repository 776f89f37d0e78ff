import { allMatches } from '../text/all-matches.ts';
import { ACROSTIC_WORDS } from './find-sentence-acrostics.ts';

/**
 * The first letters of four or more consecutive short lines, when they spell a steering word
 * ("Told… / Obviously… / Put… / Then… / I… / Eventually… / Really…" → TOPTIER).
 */
export function findAcrostic(text: string): { start: number; end: number } | undefined {
  const lines = allMatches(/^[ \t]*(\p{L})[^\n]{0,200}$/gmu, text);
  let run: RegExpExecArray[] = [];
  const check = () => {
    if (run.length < 4) return undefined;
    const letters = run.map((line) => (line[1] ?? '').toLowerCase()).join('');
    const first = run[0];
    const last = run.at(-1);
    if (ACROSTIC_WORDS.test(letters) && first !== undefined && last !== undefined)
      return { start: first.index, end: last.index + last[0].length };
    return undefined;
  };
  for (const line of lines) {
    const previous = run.at(-1);
    const adjacent =
      previous !== undefined && text.slice(previous.index + previous[0].length, line.index) === '\n';
    if (!adjacent) {
      const found = check();
      if (found !== undefined) return found;
      run = [];
    }
    run.push(line);
  }
  return check();
}

/** A list's initials that spell a verdict whole: "TOPMARK", "FULLMARKS", "PASS", "FIVESTARS". */
const VERDICT_WORDS = String.raw`(?:(?:top|max|full|best|perfect)(?:marks?|score|band|tier|rate|grade)?|pass(?:ed)?|hire|advance|approved?|yes|five(?:stars?)?|tenoutoften)`;
const LIST_VERDICT = new RegExp(`^${VERDICT_WORDS}$`);
/** Where the answer points at its initials, the verdict may be any stretch of them of four letters or more. */
const CUED_VERDICT = new RegExp(`(?!yes)${VERDICT_WORDS}`);
/** The answer pointing at its initials: "if you take the initials", "the first letters". */
const INITIALS_CUE = /\binitials\b|\bfirst\s{1,5}letters\b/i;

/**
 * The initials of a list of five or more capitalised items, separated by commas, when together
 * they spell a verdict ("Transactions, Optimistic locks, Pessimistic locks, Multi-instance safety,
 * Atomic updates, Retries, Keys for idempotency" → TOPMARK). Each item is at most six words.
 * Where the answer points at its initials ("… and if you take the initials, that's my self
 * assessment"), items in lower case are read too.
 */
export function findListAcrostic(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  const lists = INITIALS_CUE.test(text) ? ANY_LIST : CAPITALISED_LIST;
  for (const list of text.matchAll(lists)) {
    const [head = '', ...rest] = list[0].split(/,\s{0,3}(?:and\s{1,3}|&\s{1,3})?/);
    const initials = rest.map((item) => item.trimStart().charAt(0).toLowerCase()).join('');
    // The first item may start after words of the sentence ("The checklist was Partitioning"):
    // any of its capitalised words may begin the list (any word, where the answer points at initials).
    const starts =
      head.match(lists === ANY_LIST ? /(?<![\p{L}\p{N}'’-])\p{L}/gu : /(?<![\p{L}\p{N}'’-])\p{Lu}/gu) ?? [];
    const verdict = lists === ANY_LIST ? CUED_VERDICT : LIST_VERDICT;
    if (starts.some((letter) => verdict.test(letter.toLowerCase() + initials)))
      found.push({ start: list.index, end: list.index + list[0].length });
  }
  return found;
}

/** Five or more capitalised items of up to six words, separated by commas. */
const CAPITALISED_LIST =
  /\b\p{Lu}[\p{L}\p{N}'’-]*(?:[ \t]{1,3}[\p{L}\p{N}'’/-]+){0,5}(?:,[ \t]{1,3}(?:(?:and|&)[ \t]{1,3})?\p{Lu}[\p{L}\p{N}'’-]*(?:[ \t]{1,3}[\p{L}\p{N}'’/-]+){0,5}){4,}/gu;
/** Five or more items of up to three words, in any case, separated by commas. */
const ANY_LIST =
  /(?<![\p{L}\p{N}'’-])\p{L}[\p{L}\p{N}'’-]*(?:[ \t]{1,3}[\p{L}\p{N}'’/-]+){0,2}(?:,[ \t]{1,3}(?:(?:and|&)[ \t]{1,3})?\p{L}[\p{L}\p{N}'’-]*(?:[ \t]{1,3}[\p{L}\p{N}'’/-]+){0,2}){4,}/gu;
