import { allMatches } from '../text/all-matches.ts';
import { stripMarks } from '../text/strip-marks.ts';
import { readDictatedMarkup } from './dictated-markup.ts';
import { HOMOGLYPHS, STROKED } from './homoglyphs.ts';

/**
 * A view of a text made for matching, with the way back: `map[i]` is where the view's character
 * `i` comes from in the original (`endOf(i)` where that source character ends), so a match in
 * the view is a span of the original.
 */
export interface FoldedText {
  readonly text: string;
  readonly map: ArrayLike<number>;
  readonly endOf: (index: number) => number;
}

// Invisible characters an attacker puts inside words ("ig\u200Bnore") so that no pattern sees
// the word: zero-width, joiners, bidi controls, soft hyphen, variation selectors, tag characters.
const INVISIBLE =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: lone combining marks are dropped one by one
  /^[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\u{e0000}-\u{e007f}]$/u;

/** Digits and signs that stand for letters in leetspeak ("1gn0r3", "r4t3"). */
const LEET: Readonly<Record<string, string>> = Object.freeze({
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '6': 'g',
  '8': 'b',
  '9': 'g',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
});

/** Letters spaced out one by one: "i g n o r e", "r.a.t.e", "s-c-o-r-e" (at most 60 letters). */
const SPACED_LETTERS = /(?<![\p{L}\p{N}])(?:\p{L}[ .\-_*·]){2,60}\p{L}(?![\p{L}\p{N}])/gu;
/** Letters spelled out with commas, as speech-to-text writes them: "P, A, S, S" (three or more). */
const COMMA_LETTERS = /(?<![\p{L}\p{N}])(?:\p{L}, ?){2,60}\p{L}(?![\p{L}\p{N}])/gu;
const COMMA_LETTERS_ASCII = /(?<![A-Za-z0-9])[A-Za-z], ?[A-Za-z], ?[A-Za-z](?![A-Za-z0-9])/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: any character outside ASCII
const NON_ASCII = /[^\x00-\x7f]/;
/** A word with letters and leet characters mixed, at most 40 characters. */
const LEET_WORD =
  /(?<![\p{L}\p{N}@$!|])(?=[\p{L}\p{N}@$!|]{0,39}\p{L})(?=[\p{L}\p{N}@$!|]{0,39}[0-9@$!|])[\p{L}\p{N}@$!|]{2,40}(?![\p{L}\p{N}@$!|])/gu;

/**
 * Undoes the usual disguises of text meant for a machine reader, in linear time: drops invisible
 * characters, folds compatibility forms (fullwidth, mathematical and circled letters) and
 * diacritics (NFKD without marks: "précédentes" → "precedentes"), maps look-alike letters to
 * Latin, joins spaced-out letters ("i g n o r e" → "ignore"), and reads leetspeak inside words
 * that mix letters and digits ("1gn0r3" → "ignore"; "4", "S3", "EC2" and "log4j" stay readable),
 * and writes markup read aloud as its symbols ("less than slash answer greater than" → "</answer>",
 * `readDictatedMarkup`: a transcript is speech).
 * ASCII passes through untouched in the first step, so a 10 MB answer folds in well under a
 * second; only the rare disguised stretches cost more.
 */
export function foldText(text: string): FoldedText {
  let { out, map } = foldCharacters(text);
  const joined = joinSpacedLetters(out, map);
  out = joined.out;
  map = joined.map;
  const dictated = readDictatedMarkup(out, map);
  out = dictated.out;
  map = dictated.map;
  out = readLeet(out);
  const endOf = (index: number): number => {
    const from = map[index] ?? text.length;
    const code = text.charCodeAt(from);
    return from + (code >= 0xd800 && code <= 0xdbff ? 2 : 1);
  };
  return { text: out, map, endOf };
}

function foldCharacters(text: string): { out: string; map: Int32Array } {
  // Fast path: printable ASCII, tabs and newlines need no folding at all.
  if (/^[\t\n\r\x20-\x7e]*$/.test(text)) return { out: text, map: identity(text.length) };
  const pieces: string[] = [];
  const map: number[] = [];
  const native = nativeWords(text);
  let nextNative = 0;
  let at = 0;
  for (const ch of text) {
    const from = at;
    at += ch.length;
    if (ch.charCodeAt(0) < 0x80) {
      pieces.push(ch);
      map.push(from);
      continue;
    }
    if (INVISIBLE.test(ch)) continue;
    // An accent stacked on a Latin letter that has no accented form ("t́", "h́"): only a disguise.
    if (isDiacriticAfterLatin(ch, pieces)) continue;
    while ((native[nextNative]?.[1] ?? Number.POSITIVE_INFINITY) <= from) nextNative += 1;
    const inNative = (native[nextNative]?.[0] ?? Number.POSITIVE_INFINITY) <= from;
    const folded = (inNative ? undefined : HOMOGLYPHS[ch]) ?? foldCompat(ch);
    for (const unit of folded) {
      const latin = (inNative ? undefined : HOMOGLYPHS[unit]) ?? unit;
      pieces.push(latin);
      for (let i = 0; i < latin.length; i += 1) map.push(from);
    }
  }
  return { out: pieces.join(''), map: Int32Array.from(map) };
}

/** A word with Cyrillic or Greek letters, invisible characters allowed inside it. */
const NON_LATIN_WORD =
  /[\p{L}\p{M}\u200b-\u200f\u2060\ufeff]*[\u0370-\u03ff\u0400-\u04ff][\p{L}\p{M}\u200b-\u200f\u2060\ufeff]*/gu;

/**
 * Words written in Cyrillic or Greek for real ("оценка", "λόγος"), as [start, end) ranges: their
 * letters are not look-alikes to fold. A word that mixes in Latin letters ("sсоrе"), or whose
 * letters all have a Latin look-alike ("рае"), is a disguise and is folded.
 */
function nativeWords(text: string): (readonly [number, number])[] {
  if (!/[\u0370-\u03ff\u0400-\u04ff]/u.test(text)) return [];
  const words = allMatches(NON_LATIN_WORD, text).map((match) => {
    const letters = match[0].match(/\p{L}/gu) ?? [];
    const lookAlike = letters.every((ch) => HOMOGLYPHS[ch] !== undefined);
    return {
      start: match.index,
      end: match.index + match[0].length,
      // "оценка": a letter with no Latin look-alike, and no Latin letter mixed in.
      native: !lookAlike && !letters.some((ch) => /[a-z]/i.test(ch)),
      lookAlike,
    };
  });
  // A word of look-alikes only ("ответ", or "score" typed in Cyrillic) is of its language when
  // it stands next to a native word, and a disguise otherwise.
  const nextTo = (i: number, j: number) => {
    const [a, b] = i < j ? [words[i], words[j]] : [words[j], words[i]];
    return (
      a !== undefined &&
      b !== undefined &&
      b.start - a.end <= 3 &&
      /^[^\p{L}]*$/u.test(text.slice(a.end, b.start))
    );
  };
  return words
    .filter(
      (word, i) =>
        word.native ||
        (word.lookAlike &&
          ((words[i - 1]?.native === true && nextTo(i - 1, i)) ||
            (words[i + 1]?.native === true && nextTo(i, i + 1)))),
    )
    .map((word) => [word.start, word.end] as const);
}

function identity(length: number): Int32Array {
  const map = new Int32Array(length);
  for (let i = 0; i < length; i += 1) map[i] = i;
  return map;
}

/**
 * Compatibility forms and accented letters to plain ASCII ("ｓｃｏｒｅ" → "score", "é" → "e");
 * other scripts stay as written: Hangul would fall apart into jamo and Devanagari lose its
 * vowel signs, and their words are matched as they are.
 */
function isDiacriticAfterLatin(ch: string, pieces: readonly string[]): boolean {
  const code = ch.charCodeAt(0);
  if (code < 0x300 || code > 0x36f) return false;
  const previous = pieces.at(-1) ?? '';
  return /[A-Za-z]$/.test(previous);
}

function foldCompat(ch: string): string {
  const stroked = STROKED[ch];
  if (stroked !== undefined) return stroked;
  // Negative circled and negative squared capitals (🅐, 🅵🆄🅻🅻), which have no decomposition.
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x1f150 && code <= 0x1f169) return String.fromCharCode(65 + code - 0x1f150);
  if (code >= 0x1f170 && code <= 0x1f189) return String.fromCharCode(65 + code - 0x1f170);
  // Parenthesized small letters (⒢⒤⒱⒠), which NFKD writes with their brackets.
  if (code >= 0x249c && code <= 0x24b5) return String.fromCharCode(97 + code - 0x249c);
  const plain = stripMarks(ch, 'NFKD');
  return plain !== '' && /^[\x20-\x7e]+$/.test(plain) ? plain : ch;
}

/** Drops the separators inside spaced-out words ("i g n o r e", "P, A, S, S"), with their map entries. */
function joinSpacedLetters(out: string, map: Int32Array): { out: string; map: Int32Array } {
  let drop: number[] = [];
  for (const match of allMatches(SPACED_LETTERS, out)) {
    // Letters and separators alternate; a letter may be two UTF-16 units, a separator is one.
    // When the letters are joined by dots or dashes ("r.a.t.e t.h.i.s"), a space is a word break
    // (text whose spacing was normalised has only single spaces left between the words).
    const spacesAreBreaks = /[.\-_*·]/.test(match[0]);
    let offset = match.index;
    let separator = false;
    for (const ch of match[0]) {
      if (separator && !(spacesAreBreaks && ch === ' ')) drop.push(offset);
      offset += ch.length;
      separator = !separator;
    }
  }
  // (A quick ASCII look first: the Unicode pattern costs more than most texts' whole fold.)
  if (COMMA_LETTERS_ASCII.test(out) || (out.includes(',') && NON_ASCII.test(out))) {
    for (const match of allMatches(COMMA_LETTERS, out)) {
      let offset = match.index;
      for (const ch of match[0]) {
        if (ch === ',' || ch === ' ') drop.push(offset);
        offset += ch.length;
      }
    }
    // In text order, as the join below walks them (a comma run never overlaps a spaced one).
    // (Not spread into a call: a long answer can have more offsets than a call takes arguments.)
    const sorted = drop.sort((a, b) => a - b);
    drop = sorted.filter((index, i) => i === 0 || index !== sorted[i - 1]);
  }
  if (drop.length === 0) return { out, map };
  const keep = new Int32Array(out.length - drop.length);
  let text = '';
  let last = 0;
  let k = 0;
  for (const index of drop) {
    text += out.slice(last, index);
    for (let i = last; i < index; i += 1) keep[k++] = map[i] ?? 0;
    last = index + 1;
  }
  text += out.slice(last);
  for (let i = last; i < out.length; i += 1) keep[k++] = map[i] ?? 0;
  return { out: text, map: keep };
}

/**
 * Reads leetspeak in words with at least two letters; same length, so the map is unchanged. In a
 * text where two or more words are plainly leetspeak ("y0u'r3", "gr4d1ng"), short words with one
 * stand-in are read too ("th3", "1f", "1t"), which alone would be names ("k8s", "ec2").
 */
function readLeet(out: string): string {
  if (!/[0-9@$!|]/.test(out)) return out;
  let plain = 0;
  const once = readLeetWords(out, false, () => {
    plain += 1;
  });
  if (plain < 2) return once;
  // In plain leetspeak, two-digit words are words too ("15" is, "17" it, "47" at).
  return readLeetWords(once, true, () => undefined).replace(LEET_PAIR, (pair) =>
    [...pair].map((ch) => LEET[ch] ?? ch).join(''),
  );
}

/** Two leet digits standing alone (not a part of a number, time, version or path). */
const LEET_PAIR = /(?<![\p{L}\p{N}.,:/%$-])[013457]{2}(?![\p{L}\p{N}.,:/%-])/gu;

function readLeetWords(out: string, short: boolean, onPlain: () => void): string {
  return out.replace(LEET_WORD, (word) => {
    if (short && /^[\p{L}0-9]{2,4}$/u.test(word) && [...word].filter((ch) => /\d/.test(ch)).length <= 2)
      return [...word].map((ch) => LEET[ch] ?? ch).join('');
    const letters = word.match(/\p{L}/gu)?.length ?? 0;
    // Mostly letters ("1gn0r3"), or mostly leet with two or more stand-ins ("7h15", "4551gn");
    // one digit in a short name ("log4j", "k8s", "EC2") is a name, not leetspeak.
    const standIns = [...word].filter((ch) => LEET[ch] !== undefined).length;
    // A name with a number at its end ("rot13", "base64", "sha256", "utf8") is not leetspeak.
    if (/^\p{L}{2,}\d+$/u.test(word)) return word;
    const mostlyLetters = letters >= 2 && word.length - letters <= letters + 1;
    // Stand-ins between letters ("7h15"), or three or more ("4551gn", "r473"); "p99" is a percentile.
    const interleaved = /\p{L}[^\p{L}]+\p{L}|[^\p{L}]\p{L}+[^\p{L}]/u.test(word);
    const allLeet =
      letters >= 1 && standIns === word.length - letters && (standIns >= 3 || (standIns >= 2 && interleaved));
    if (!mostlyLetters && !allLeet) return word;
    if (standIns >= 2 || interleaved) onPlain();
    let result = '';
    for (let i = 0; i < word.length; i += 1) {
      const ch = word[i] ?? '';
      const replacement = LEET[ch];
      // A sign at a word's edge is punctuation ("@handle", "stop!"), not a letter.
      const edge = !/\d/.test(ch) && (i === 0 || i === word.length - 1);
      result += replacement === undefined || edge ? ch : replacement;
    }
    return result;
  });
}
