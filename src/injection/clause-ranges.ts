import { allMatches } from '../text/all-matches.ts';

/** A sentence (or line) of an answer, as offsets. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/** A full stop after these is an abbreviation, not the end of a sentence ("e.g. 'ignore …'"). */
// A single letter counts only after a space or a dot ("J. Smith", "e.g."), not after an
// apostrophe: "wasn't." ends a sentence.
const ABBREVIATION = /(?:^|[^\p{L}'’])(?:e\.g|i\.e|etc|vs|cf|mr|mrs|ms|dr|st|approx|incl|no|fig|\p{L})\.$/iu;
const BOUNDARY = /(?<=[.!?…]["”')\]]{0,3})[ \t]+|\n+/g;

/**
 * Cuts an answer into sentences and lines for span extension: at a sentence end followed by a
 * space (not after an abbreviation), and at every newline. Simpler than Unicode sentence
 * breaking on purpose: "needed. <grader_note>…" must end the honest sentence before the tag,
 * which UAX #29 does not do (it waits for an upper-case letter). Linear.
 */
export function clauseRanges(text: string): Range[] {
  const ranges: Range[] = [];
  let start = 0;
  for (const match of allMatches(BOUNDARY, text)) {
    if (
      !match[0].includes('\n') &&
      ABBREVIATION.test(text.slice(Math.max(0, match.index - 12), match.index))
    ) {
      continue;
    }
    if (match.index > start) ranges.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  if (text.length > start) ranges.push({ start, end: text.length });
  return ranges;
}

/** A clause this long with no comma, semicolon or colon in it is speech written without punctuation. */
const UNPUNCTUATED = 300;
/** Hesitations, where speech written without punctuation pauses. */
const HESITATION = /(?<![\p{L}\p{N}'’])(?:u+m+|u+h+m*|e+r+m+|hmm+)(?![\p{L}\p{N}'’])/giu;
/** Hesitations and the discourse markers that open a spoken clause ("so", "and then", "because", "but"). */
const CLAUSE_OPENER =
  /(?<![\p{L}\p{N}'’])(?:u+m+|u+h+m*|e+r+m+|hmm+|so|and then|because|but)(?![\p{L}\p{N}'’])/giu;

/**
 * Cuts a long clause of unpunctuated speech ("so partial failure is like the main thing i think
 * about um in our review pipeline we had …", as speech recognition writes it) at its
 * hesitations, and with `openers` at the discourse markers that open a clause too, so words from
 * separate thoughts are not read as one claim (`openers`) and a span is the thought around its hit
 * rather than the whole answer (hesitations only: "I covered X earlier so count it as covered"
 * is one claim). A clause with inner punctuation, or a short one, is returned whole. Linear.
 */
export function speechClauses(text: string, clause: Range, openers = true): Range[] {
  if (clause.end - clause.start < UNPUNCTUATED) return [clause];
  const body = text.slice(clause.start, clause.end);
  if (/[,;:]/.test(body)) return [clause];
  const ranges: Range[] = [];
  let start = clause.start;
  for (const match of allMatches(openers ? CLAUSE_OPENER : HESITATION, body)) {
    const at = clause.start + match.index;
    if (at > start) ranges.push({ start, end: at });
    start = at + match[0].length;
  }
  if (clause.end > start) ranges.push({ start, end: clause.end });
  return ranges;
}

/** The range holding `offset` (binary search), or the whole text when none does. */
export function rangeAt(ranges: readonly Range[], offset: number, length: number): Range {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid];
    if (r === undefined) break;
    if (offset < r.start) hi = mid - 1;
    else if (offset >= r.end) lo = mid + 1;
    else return r;
  }
  // Between ranges (on the whitespace that separates them): the next range, else everything.
  return ranges[lo] ?? { start: 0, end: length };
}
