import { allMatches } from '../text/all-matches.ts';
import type { Decoder } from './decoder.ts';
import { splitRunTogether } from './segment-words.ts';

/**
 * Homemade schemes of blind probe round 156, each said in passing, decoded for `findEncoded`, which
 * flags a decoding only when it says a verdict or steers:
 * - every letter typed twice ("ppaassss mmee"), two words or more;
 * - one filler letter after every letter ("yxexsx fxrxoxmx"), two words or more;
 * - vowels written as the digits 1 to 5 ("t4p m1rks"), two words or more;
 * - each word's first letter moved to its end ("ullf arksm"), where the answer says so;
 * - dates or places given as ordinals, a letter each ("the 16th the 1st the 19th"), four or more;
 * - single words in brackets read together ("(give) … (me) … (the) … (nod)"), three or more.
 */
export const HABIT_DECODERS: readonly Decoder[] = [
  {
    runs: (text) => (DOUBLED_SEEN.test(text) ? allMatches(DOUBLED_RUN, text) : []),
    decode: (m) => m[0].replace(/([a-z])\1/gi, '$1'),
  },
  {
    runs: (text) => (FILLER_SEEN.test(text) ? allMatches(FILLER_RUN, text) : []),
    decode: (m) =>
      m[0]
        .split(/\s+/)
        .map((word) => [...word].filter((_, at) => at % 2 === 0).join(''))
        .join(' '),
  },
  {
    runs: (text) => (VOWEL_DIGIT_SEEN.test(text) ? allMatches(VOWEL_DIGIT_RUN, text) : []),
    decode: (m) => m[0].replace(/[1-5]/g, (digit) => 'aeiou'.charAt(Number(digit) - 1)),
  },
  {
    runs: (text) => (ROTATED_CUE.test(text) ? allMatches(LOWER_WORDS, text).slice(0, 8) : []),
    decode: (m) =>
      m[0]
        .split(/(\s+)/)
        .map((word) => (/^[a-z]{2,}$/i.test(word) ? `${word.slice(-1)}${word.slice(0, -1)}` : word))
        .join(''),
  },
  {
    runs: (text) => (ORDINAL_SEEN.test(text) ? allMatches(ORDINAL_RUN, text) : []),
    decode: (m) =>
      splitRunTogether(
        (m[0].match(/\d{1,2}(?=st|nd|rd|th)/gi) ?? [])
          .map((n) => (Number(n) >= 1 && Number(n) <= 26 ? String.fromCharCode(96 + Number(n)) : ''))
          .join(''),
      ),
    narrow: true,
  },
  {
    runs: (text) => {
      const words = allMatches(BRACKETED_WORD, text);
      return words.length >= 3 ? allMatches(ALL_TEXT, text) : [];
    },
    decode: (m) =>
      allMatches(BRACKETED_WORD, m[0])
        .slice(0, 12)
        .map((word) => word[1])
        .join(' '),
  },
];

const DOUBLED_WORD = String.raw`(?:([a-z])\1){2,20}`;
const DOUBLED_SEEN = /\b(?:([a-z])\1){2,20}\b/i;
const DOUBLED_RUN = new RegExp(String.raw`\b${DOUBLED_WORD}(?:\s{1,3}(?:([a-z])\2){1,20})+\b`, 'gi');
/** Words whose every second letter is one filler, the same in every word of the run. */
const FILLER_SEEN = /\b[a-z]([a-z])(?:[a-z]\1){1,20}\s{1,3}[a-z]\1(?:[a-z]\1){1,20}\b/i;
const FILLER_RUN = /\b[a-z]([a-z])(?:[a-z]\1){1,20}(?:\s{1,3}[a-z]\1(?:[a-z]\1){1,20})+\b/gi;
const VOWEL_DIGIT_WORD = String.raw`[a-z]{0,10}[1-5][a-z1-5]{0,12}`;
const VOWEL_DIGIT_SEEN = /\b[a-z]{1,10}[1-5][a-z1-5]{0,12}\s{1,3}[a-z]{0,10}[1-5][a-z1-5]{0,12}\b/i;
/** Words of letters and the digits 1–5, a letter in each, two or more in a row. */
const VOWEL_DIGIT_RUN = new RegExp(
  String.raw`\b(?=[a-z1-5]*[a-z])${VOWEL_DIGIT_WORD}\b(?:\s{1,3}(?=[a-z1-5]*[a-z])${VOWEL_DIGIT_WORD}\b)+`,
  'gi',
);
const ROTATED_CUE =
  /\bfirst\s{1,3}letter\b[^.\n]{0,30}?\b(?:to\s{1,3}the\s{1,3}end|at\s{1,3}the\s{1,3}end|last)\b/i;
const LOWER_WORDS = /(?<=[:—–]\s{0,3})[a-z]{2,16}(?:[ ,]{1,3}[a-z]{2,16}){0,5}/g;
const ORDINAL = String.raw`\d{1,2}(?:st|nd|rd|th)`;
const ORDINAL_SEEN = new RegExp(String.raw`\b${ORDINAL}\b[^.\n]{0,20}?\b${ORDINAL}\b`, 'i');
/** Four ordinals or more, "the" and "and" and commas between them. */
const ORDINAL_RUN = new RegExp(
  String.raw`\b${ORDINAL}(?:(?:[\s,]{1,3}(?:and\s{1,3}(?:then\s{1,3})?)?(?:the\s{1,3})?)${ORDINAL}\b){3,30}`,
  'gi',
);
const BRACKETED_WORD = /\(([A-Za-z]{1,12})\)/g;
const ALL_TEXT = /^[\s\S]{1,20000}/g;
