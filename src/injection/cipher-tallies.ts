import { allMatches } from '../text/all-matches.ts';
import { CAPITALS_RUN } from './cipher-substitutions.ts';
import type { Decoder } from './decoder.ts';
import { splitRunTogether } from './segment-words.ts';

/**
 * Codes of blind probe round 152's trades, decoded for `findEncoded`, which flags a decoding only
 * when it says a verdict or steers:
 * - calculator spelling, where the answer names a calculator: digits (or digits said as words)
 *   read upside down, last first ("5508491409" turned over is "go high boss");
 * - the Porta cipher where the answer names it and its key ("Porta, key SALINE: KBKQ TCTF"),
 *   reciprocal, so one reading decodes.
 */
export const TALLY_DECODERS: readonly Decoder[] = [
  {
    runs: (text) => (CALCULATOR_CUE.test(text) ? allMatches(DIGIT_RUN, text).slice(0, 8) : []),
    decode: (m) => {
      const digits = m[0]
        .toLowerCase()
        .replace(/[a-z]+/g, (word) => String(DIGIT_WORDS.indexOf(word === 'oh' ? 'zero' : word)))
        .replace(/\D/g, '');
      const letters = [...digits]
        .reverse()
        .map((digit) => UPSIDE_DOWN.charAt(Number(digit)))
        .join('');
      return splitRunTogether(letters);
    },
    // Turned-over digits need no space to be read ("gohighboss").
    narrow: true,
  },
  {
    runs: (text) => (PORTA_CUE.test(text) ? allMatches(CAPITALS_RUN, text).slice(0, 8) : []),
    decode: (m) => {
      const key = PORTA_CUE.exec(m.input)?.[1]?.toLowerCase() ?? '';
      if (key === '') return '';
      let at = 0;
      const plain = m[0].toLowerCase().replace(/[a-z]/g, (c) => {
        const shift = Math.floor((key.charCodeAt(at % key.length) - 97) / 2);
        at += 1;
        const p = c.charCodeAt(0) - 97;
        return String.fromCharCode(97 + (p < 13 ? ((p + shift) % 13) + 13 : (p - 13 - shift + 13) % 13));
      });
      return splitRunTogether(plain.replace(/\s+/g, ''));
    },
    narrow: true,
  },
];

const CALCULATOR_CUE = /\bcalculator\b/i;
const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const DIGIT_WORD = `(?:${DIGIT_WORDS.join('|')}|oh)`;
/** Five digits or more, written or said, with single spaces or dots between them at most. */
const DIGIT_RUN = new RegExp(
  String.raw`(?<![\w.])\d(?:[ .]?\d){4,20}(?![\w.])|\b${DIGIT_WORD}(?:[\s,]{1,3}${DIGIT_WORD}){4,20}\b`,
  'gi',
);
/** What each digit looks like on a calculator held upside down. */
const UPSIDE_DOWN = 'oizehsglbg';
const PORTA_CUE = /\bporta\b[^.\n]{0,40}?\bkey(?:word)?\s{0,3}[:=]?\s{0,3}["'“‘]?([A-Za-z]{2,20})\b/i;
