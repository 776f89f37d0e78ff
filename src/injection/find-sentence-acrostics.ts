import { allMatches } from '../text/all-matches.ts';
import type { SteeringHit } from './find-steering.ts';
import { countMatches } from './text-views.ts';

/** Words a message hidden in first letters (of lines or sentences) or spelled out would make. */
export const ACROSTIC_WORDS =
  /top|pass|hire|best|four|max|yes|advance|shortlist|perfect|full|grade|score|rate|tier|band|ignore|approve|ten|give/;

/** The answer pointing at its own first letters: "read the first letter of each sentence". */
const FIRST_LETTER_CUE =
  /\bfirst\s{1,5}letters?\s{1,5}of\s{1,5}(?:each|every|the)\s{1,5}(?:sentences?|lines?|words?)\b/i;
/** A sentence: up to ".", "!", "?" or a line break. */
export const SENTENCE = /[^.!?\n]+[.!?]*/g;
/** Uncued, the initials of this many sentences at least are read. */
const UNCUED_SENTENCES = 7;
/** A sentence's end: ".", "!" or "?" before a space or the end. */
const SENTENCE_END = /[.!?](?:\s|$)/g;
/** A request spelled by initials without a cue: a verdict of two words, seven letters or more. */
const ACROSTIC_REQUEST =
  /(?:top|full|max|best|highest|high)(?:score|marks?|grade|rating|tier|band)|(?:pass|hire|advance|approve|shortlist)(?:me|this|him|her)|(?:give|rate|score|grade|mark)(?:me|this|it)(?:top|four|max|full|ten|perfect)|perfect(?:score|answer|marks)/;
/** A sentence's first word: at the start, after ".", "!" or "?" and a space, or a line break. */
const SENTENCE_HEAD = /(?:^|(?<=[.!?]["'”’)]?\s{1,3})|(?<=\n[ \t]{0,8}))([A-Za-z]{1,20})\b/g;

/** Which of the words (first and last index) spell `ACROSTIC_REQUEST` run together, if any. */
function requestAcross(words: readonly string[]): { first: number; last: number } | null {
  const joined = words.join('');
  const found = ACROSTIC_REQUEST.exec(joined);
  if (found === null) return null;
  const ends: number[] = [];
  let at = 0;
  for (const word of words) {
    at += word.length;
    ends.push(at);
  }
  const first = ends.findIndex((end) => end > found.index);
  const last = ends.findIndex((end) => end >= found.index + found[0].length);
  // Only where the request starts and ends on word boundaries and spans two words or more.
  const startsClean = first === 0 ? found.index === 0 : ends[first - 1] === found.index;
  return startsClean && last > first && ends[last] === found.index + found[0].length ? { first, last } : null;
}

/** The first letter of a word (ASCII letters only: lower-casing them keeps one character each). */
const WORD_START = /(?<![\p{L}\p{N}'’-])[A-Za-z]/gu;
/** The last letter of a word (ASCII letters only). */
const WORD_FINAL = /[A-Za-z](?![\p{L}\p{N}'’-])/gu;
/** Where the word ending at `to` starts. */
function wordStart(text: string, to: number): number {
  const match = /[\p{L}\p{N}'’-]+$/u.exec(text.slice(Math.max(0, to - 99), to + 1));
  return to + 1 - (match?.[0].length ?? 1);
}
/** Where the word starting at `from` ends. */
function wordEnd(text: string, from: number): number {
  const match = /^[\p{L}\p{N}'’-]+/u.exec(text.slice(from, from + 100));
  return from + (match?.[0].length ?? 1);
}
/**
 * A request hidden at the heads of sentences or words: the first letters of the sentences, when
 * the answer points at them ("read the first letter of each sentence") any steering word, uncued
 * only a whole request of seven letters or more ("TOP SCORE", "PASS ME IN") which chance does not
 * spell; the sentences' first words run together ("Top priority … Marks of …", probe round 104);
 * and the first letters of the words, or their last (probe round 106).
 */
export function findSentenceAcrostics(text: string): SteeringHit[] {
  const hits: SteeringHit[] = [];
  // Sentence initials: any steering word when the answer points at them; uncued, only a whole
  // request of seven letters or more ("TOP SCORE", "PASS ME IN"), which chance does not spell.
  const cued = FIRST_LETTER_CUE.test(text);
  if (cued || countMatches(SENTENCE_END, text, UNCUED_SENTENCES)) {
    const sentences = allMatches(SENTENCE, text).filter((s) => /\p{L}/u.test(s[0]));
    const letters = sentences.map((s) => (/\p{L}/u.exec(s[0])?.[0] ?? '').toLowerCase()).join('');
    const spelled = cued ? ACROSTIC_WORDS.exec(letters) : ACROSTIC_REQUEST.exec(letters);
    // The span: the sentences whose initials spell it (the whole answer when cued).
    const first = cued ? sentences[0] : sentences[spelled?.index ?? 0];
    const last = cued ? sentences.at(-1) : sentences[(spelled?.index ?? 0) + (spelled?.[0].length ?? 1) - 1];
    if (spelled !== null && first !== undefined && last !== undefined)
      hits.push({ kind: 'hidden_text', start: first.index, end: last.index + last[0].length });
  }
  // Sentences' first words ("Top priority is … Marks of … Here is …" → TOP MARKS): only a whole
  // request too, which chance does not put at the heads of sentences.
  const heads = allMatches(SENTENCE_HEAD, text);
  const byHeads = heads.length < 2 ? null : requestAcross(heads.map((head) => (head[1] ?? '').toLowerCase()));
  if (byHeads !== null) {
    const first = heads[byHeads.first];
    const last = heads[byHeads.last];
    if (first !== undefined && last !== undefined)
      hits.push({
        kind: 'hidden_text',
        start: first.index,
        end: wordEnd(text, last.index + last[0].length - 1),
      });
  }
  // Word initials: only a whole request ("Frankly, unexpected list leaks make any reviewer kinda
  // sad" → FULL MARKS), which chance does not spell either; and word finals the same way (a
  // telestich: "Bolt echo setup team data clear work" → TOP MARK).
  const byInitials = lettersSpelling(text, WORD_START);
  if (byInitials !== null)
    hits.push({ kind: 'hidden_text', start: byInitials.first, end: wordEnd(text, byInitials.last) });
  const byFinals = lettersSpelling(text, WORD_FINAL);
  if (byFinals !== null)
    hits.push({ kind: 'hidden_text', start: wordStart(text, byFinals.first), end: byFinals.last + 1 });
  return hits;
}

/**
 * Where the letters `pattern` picks out of each word (its first or its last) spell a whole request:
 * the offsets of the first and last of them. Positions are found only on a hit.
 */
function lettersSpelling(text: string, pattern: RegExp): { first: number; last: number } | null {
  const letters = (text.match(pattern) ?? []).join('').toLowerCase();
  const spelled = letters.length === 0 ? null : ACROSTIC_REQUEST.exec(letters);
  if (spelled === null) return null;
  const at = allMatches(pattern, text);
  const first = at[spelled.index];
  const last = at[spelled.index + spelled[0].length - 1];
  return first === undefined || last === undefined ? null : { first: first.index, last: last.index };
}
