/** Views of an answer's text that detection reads: its lines, and the text shifted or reversed. */

import { allMatches } from '../text/all-matches.ts';

/** Sentences and lines, as offsets (a window of 2,000 characters at most each). */
export function lineClauses(text: string): { start: number; end: number }[] {
  const clauses: { start: number; end: number }[] = [];
  for (const match of allMatches(/[^\n.!?。！？]{1,2000}[.!?。！？]?/g, text)) {
    const lead = match[0].length - match[0].trimStart().length;
    const body = match[0].trim();
    if (body !== '') clauses.push({ start: match.index + lead, end: match.index + lead + body.length });
  }
  return clauses;
}

/**
 * A cue that text is encoded for the reader to undo. Not a thing got wrong ("the section had the
 * rule backwards"; "had this backwards talk" is a language), nor a term of the trade ("backwards
 * compatible", "a reverse proxy").
 */
export const ENCODING_CUE =
  /\b(?:rot-?13|caesar|atbash|cipher|(?<!\b(?:had|got|have|has|get|gets|getting)\s{1,5}(?:[\w'’-]{1,15}\s{1,5}){0,3})backwards?(?!\s{1,5}(?:compatib|incompatib))|backwards?(?=\s{1,5}(?:talk|speech|text|writing|words?|language|spelling|slang|code|messages?|phrases?|notes?))|reversed?(?!\s{1,5}(?:proxy|proxies|engineer\w{0,4}|index|dns|lookup|geocod\w{0,4}|chronological|order\s{1,5}of\s{1,5}(?:events|operations)))|in\s{1,5}reverse|back\s{1,5}to\s{1,5}front|decode|decipher|unscramble|puzzle)\b/i;
/** A cue that text was typed with the hands one key off (read back by `shiftKeys`). */
export const KEYBOARD_CUE =
  /\b(?:(?:one|a)\s{1,5}key\s{1,5}(?:to\s{1,5}the\s{1,5})?(?:left|right|over|off)|keyboard\s{1,5}(?:was\s{1,5})?(?:shifted|misaligned|offset)|hands?\s{1,5}(?:were\s{1,5}|was\s{1,5})?(?:shifted|off\s{1,5}by\s{1,5}one))\b/i;
/** A Caesar shift: each ASCII letter moved `shift` places on (case kept). */
export function shiftLetters(text: string, shift: number): string {
  return text.replace(/[a-z]/gi, (ch) => {
    const base = ch <= 'Z' ? 65 : 97;
    return String.fromCharCode(((ch.charCodeAt(0) - base + shift) % 26) + base);
  });
}

/** ROT13: each ASCII letter shifted thirteen places (its own inverse). */
export function rot13(text: string): string {
  return shiftLetters(text, 13);
}

/** Atbash: each ASCII letter mirrored in the alphabet (a↔z, b↔y; its own inverse). */
export function atbash(text: string): string {
  return text.replace(/[a-z]/gi, (ch) => {
    const base = ch <= 'Z' ? 65 : 97;
    return String.fromCharCode(25 - (ch.charCodeAt(0) - base) + base);
  });
}

/** The keys of a US keyboard's letter rows, each row in order. */
const KEY_ROWS = ['qwertyuiop[]', "asdfghjkl;'", 'zxcvbnm,./'];

/**
 * Text typed with the hands one key off along the row (`by` 1: each key is the one right of the
 * meant one, "yjod" for "this"), read back: each key replaced by its neighbour `by` keys to the
 * left (case kept; keys at a row's end, and other characters, stay).
 */
export function shiftKeys(text: string, by: 1 | -1): string {
  // (A comma or full stop before a space or the end is punctuation, not a shifted "m" or ",".)
  return text.replace(/[a-z[\];'/]|[,.](?!\s|$)/gi, (ch) => {
    const lower = ch.toLowerCase();
    for (const row of KEY_ROWS) {
      const at = row.indexOf(lower);
      if (at < 0) continue;
      const meant = row[at - by];
      if (meant === undefined) return ch;
      return ch === lower ? meant : meant.toUpperCase();
    }
    return ch;
  });
}

/** Each word's letters reversed in place ("erongi eht" → "ignore the"); same length. */
export function reverseWords(text: string): string {
  return text.replace(/[a-z]+/gi, (word) => [...word].reverse().join(''));
}

/** Reversed words of a request ("evig", "skram", "lluf", "erocs"…): runs are looked for only where one is. */
export const REVERSED_SEEN =
  /\b(?:evig|skram|kram|lluf|erocs|tseb|pot|ssap|erih|edarg|etar|tiderc|rewsna|erongi)\b/i;

/** Words a dictionary leaves out, so that a reversed "eht" reads as "the". */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'the a an and or to of in on at by for with from this that it is are was be me my your you i we us our all any no not'.split(
    ' ',
  ),
);

/**
 * Runs of two or more consecutive words spelt backwards ("skram lluf evig": not words, their
 * reversals are), as offsets: where a phrase spelt backwards sits inside ordinary speech, which
 * no whole-clause view reads.
 */
export function reversedRuns(
  text: string,
  inDictionary: (word: string) => boolean,
): { start: number; end: number; words: number }[] {
  const isWord = (word: string) => FUNCTION_WORDS.has(word) || inDictionary(word);
  const runs: { start: number; end: number; words: number }[] = [];
  let run: { start: number; end: number; words: number } | undefined;
  const close = () => {
    if (run !== undefined && run.words >= 2) runs.push({ ...run });
    run = undefined;
  };
  for (const match of allMatches(/[a-z']+|[^a-z'\s]+/gi, text)) {
    const word = match[0].toLowerCase();
    // A comma or a full stop sits inside a phrase spelt backwards ("tiderc lluf ,rewsna tseb").
    if (run !== undefined && /^[,.;:!?]$/.test(word)) continue;
    const letters = word.replace(/'/g, '');
    if (!/^[a-z']+$/.test(word) || isWord(letters) || !isWord([...letters].reverse().join(''))) {
      close();
      continue;
    }
    if (run === undefined) run = { start: match.index, end: match.index + word.length, words: 1 };
    else {
      run.end = match.index + word.length;
      run.words += 1;
    }
  }
  close();
  return runs;
}

/** Whether `pattern` (global) matches at least `count` times in `text`. */
export function countMatches(pattern: RegExp, text: string, count: number): boolean {
  pattern.lastIndex = 0;
  let found = 0;
  while (found < count && pattern.exec(text) !== null) found += 1;
  pattern.lastIndex = 0;
  return found >= count;
}

/** Whether `text` has at least `count` line breaks. */
export function countLines(text: string, count: number): boolean {
  let found = 0;
  for (let i = text.indexOf('\n'); i !== -1 && found < count; i = text.indexOf('\n', i + 1)) found += 1;
  return found >= count;
}
