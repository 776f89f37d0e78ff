import { allMatches } from '../text/all-matches.ts';
import type { Decoder } from './decoder.ts';
import { splitRunTogether } from './segment-words.ts';

/**
 * Encodings of blind probe rounds 140 and 142, decoded for `findEncoded`, which flags a decoding
 * only when it says a verdict or steers:
 * - a keyword alphabet (the key's letters first, then the rest of the alphabet) where the answer
 *   names its key ("DNVDLAG KG (alphabet keyed on DJANGO)" is "advance me"): runs of capitals;
 * - ASCII hidden in an IPv6 address's groups ("2001:db8:7374:726f:…"): four or more groups in a
 *   row whose two bytes are both printable;
 * - letters as their places in the alphabet said as German number words ("acht neun achtzehn
 *   fünf" is "hire"), four or more in a row;
 * - Beaufort's cipher where the answer names it and its key ("Beaufort, key RETRY: YQEFYAUB");
 * - the ADFGX square with the plain alphabet where the answer names it ("GF GG GD FG FF DD" is
 *   "strong"), four pairs or more, "/" between words;
 * - text typed on a Colemak layout the machine read as QWERTY, or on QWERTY read as Colemak, where
 *   the answer names Colemak (both readings, parted by " / ");
 * - bytes in reflected binary (Gray code), six groups of eight bits or more (round 144);
 * - a scytale where the answer names one: runs of capitals read every second to sixth letter.
 */
export const SUBSTITUTION_DECODERS: readonly Decoder[] = [
  {
    runs: (text) => (KEYWORD_CUE.test(text) ? allMatches(CAPITALS_RUN, text).slice(0, MAX_SEGMENTED) : []),
    decode: (m) => {
      const key = KEYWORD_CUE.exec(m.input)?.[1] ?? '';
      const alphabet = keywordAlphabet(key);
      const plain = m[0]
        .toUpperCase()
        .split(/\s+/)
        .map((word) => [...word].map((c) => String.fromCharCode(97 + alphabet.indexOf(c))).join(''))
        .join(' ');
      return splitRunTogether(plain);
    },
  },
  {
    runs: (text) => (IPV6_SEEN.test(text) ? allMatches(IPV6_RUN, text) : []),
    decode: (m) => {
      let best = '';
      let current = '';
      for (const group of m[0].split(':')) {
        const bytes = group.padStart(4, '0');
        const high = Number.parseInt(bytes.slice(0, 2), 16);
        const low = Number.parseInt(bytes.slice(2), 16);
        if (group !== '' && printable(high) && printable(low)) current += String.fromCharCode(high, low);
        else current = '';
        if (current.length > best.length) best = current;
      }
      return best.length >= 8 ? best : '';
    },
  },
  {
    runs: (text) =>
      GERMAN_NUMBER_SEEN.test(text) ? allMatches(GERMAN_NUMBER_RUN, text).slice(0, MAX_SEGMENTED) : [],
    decode: (m) => {
      const letters = m[0]
        .toLowerCase()
        .split(/[\s,]+/)
        .filter(Boolean)
        .map((word) =>
          String.fromCharCode(97 + GERMAN_NUMBERS.indexOf(word.replace('ue', 'ü').replace('oe', 'ö'))),
        )
        .join('');
      return splitRunTogether(letters);
    },
    // Counted letters need no space to be read ("hireme").
    narrow: true,
  },
  {
    runs: (text) => (BEAUFORT_CUE.test(text) ? allMatches(CAPITALS_RUN, text).slice(0, MAX_SEGMENTED) : []),
    decode: (m) => {
      const key = BEAUFORT_CUE.exec(m.input)?.[1]?.toUpperCase() ?? '';
      if (key === '') return '';
      let at = 0;
      const plain = m[0].toUpperCase().replace(/[A-Z]/g, (c) => {
        const k = key.charCodeAt(at % key.length) - 65;
        at += 1;
        return String.fromCharCode(97 + ((k - (c.charCodeAt(0) - 65) + 26) % 26));
      });
      return splitRunTogether(plain);
    },
  },
  {
    runs: (text) => (ADFGX_CUE.test(text) ? allMatches(ADFGX_RUN, text) : []),
    decode: (m) =>
      m[0]
        .toUpperCase()
        .split(/\s{0,3}\/\s{0,3}/)
        .map((word) =>
          (word.match(/[ADFGX]{2}/g) ?? [])
            .map((pair) =>
              SQUARE.charAt('ADFGX'.indexOf(pair.charAt(0)) * 5 + 'ADFGX'.indexOf(pair.charAt(1))),
            )
            .join(''),
        )
        .join(' '),
  },
  {
    runs: (text) => (COLEMAK_CUE.test(text) ? allMatches(COLEMAK_WORDS, text) : []),
    decode: (m) => {
      const typed = [...m[0].toLowerCase()];
      return `${typed.map((c) => COLEMAK.get(c) ?? c).join('')} / ${typed.map((c) => QWERTY.get(c) ?? c).join('')}`;
    },
  },
  {
    runs: (text) => (GRAY_SEEN.test(text) ? allMatches(GRAY_RUN, text) : []),
    decode: (m) =>
      (m[0].match(/[01]{8}/g) ?? [])
        .map((bits) => {
          let value = Number.parseInt(bits, 2);
          value ^= value >> 1;
          value ^= value >> 2;
          value ^= value >> 4;
          return String.fromCharCode(value);
        })
        .join(''),
  },
  {
    runs: (text) => (SCYTALE_CUE.test(text) ? allMatches(CAPITALS_RUN, text).slice(0, MAX_SEGMENTED) : []),
    decode: (m) => {
      const letters = m[0].replace(/[^A-Za-z]/g, '').toLowerCase();
      const readings: string[] = [];
      for (let turn = 2; turn <= 6 && turn < letters.length; turn += 1) {
        let read = '';
        for (let start = 0; start < turn; start += 1)
          for (let at = start; at < letters.length; at += turn) read += letters.charAt(at);
        readings.push(splitRunTogether(read));
      }
      return readings.join(' / ');
    },
  },
];

const BEAUFORT_CUE = /\bbeaufort\b[^.\n]{0,40}?\bkey(?:word)?\s{0,3}[:=]?\s{0,3}["'“‘]?([A-Za-z]{2,20})\b/i;
const ADFGX_CUE = /\bADFGX\b/;
const ADFGX_RUN = /(?<![A-Za-z])[ADFGX]{2}(?:(?:\s{1,3}|\s{0,3}\/\s{0,3})[ADFGX]{2}){3,60}(?![A-Za-z])/g;
/** The plain Polybius square, I and J sharing a cell. */
const SQUARE = 'abcdefghiklmnopqrstuvwxyz';
const COLEMAK_CUE = /\bcolemak\b/i;
/**
 * Lower-case words, semicolons among them (Colemak's "o" sits on QWERTY's ";"), three or more in a
 * row. Narrower than Dvorak's `TYPED_RUN` (cipher-keyed.ts): Colemak moves no punctuation key, so
 * code with quotes, brackets and capitals in it is never a Colemak run.
 */
const COLEMAK_WORDS = /(?<![\w;])[a-z;]{2,20}(?:\s{1,3}[a-z;]{1,20}){2,20}(?![\w;])/g;
const GRAY_SEEN = /[01]{8}[ \t]{1,3}[01]{8}/;
const GRAY_RUN = /(?<![01])(?:[01]{8}[ \t]{1,3}){5,}[01]{8}(?![01])/g;
const SCYTALE_CUE = /\bscytale\b/i;
/** What a QWERTY key types on Colemak. */
const COLEMAK: ReadonlyMap<string, string> = new Map(
  [...'qwertyuiopasdfghjkl;zxcvbnm'].map((key, at) => [key, 'qwfpgjluy;arstdhneiozxcvbkm'.charAt(at)]),
);
/** What a Colemak key types on QWERTY. */
const QWERTY: ReadonlyMap<string, string> = new Map(
  [...COLEMAK].map(([qwerty, colemak]) => [colemak, qwerty]),
);

/** Runs read per text by a decoder that segments its output: segmenting costs milliseconds a run. */
const MAX_SEGMENTED = 8;

/** "alphabet keyed on DJANGO", "keyword alphabet: PYTHON", "substitution key idempotency". */
const KEYWORD_CUE =
  /\b(?:alphabet|cipher|substitution)\s{1,3}(?:keyed\s{1,3}(?:on|with|by|to)|key(?:word)?\s{0,3}[:=]?|with\s{1,3}(?:the\s{1,3})?key(?:word)?)\s{0,3}["'“‘]?([A-Za-z]{3,20})\b/i;
/** Runs of capitals, a cipher's usual output (shared with `cipher-tallies.ts`). */
export const CAPITALS_RUN = /(?<![A-Za-z])[A-Z]{2,30}(?:\s{1,3}[A-Z]{1,30}){0,20}(?![A-Za-z])/g;

/** The key's letters (each once, in order), then the rest of the alphabet, as capitals. */
function keywordAlphabet(key: string): string {
  const seen = new Set<string>();
  for (const c of `${key.toUpperCase()}ABCDEFGHIJKLMNOPQRSTUVWXYZ`) if (/[A-Z]/.test(c)) seen.add(c);
  return [...seen].join('');
}

const IPV6_SEEN = /[0-9a-f]{1,4}:[0-9a-f]{1,4}:[0-9a-f]{1,4}:[0-9a-f]{1,4}/i;
const IPV6_RUN = /(?<![\w:])[0-9a-f]{1,4}(?::{1,2}[0-9a-f]{1,4}){3,7}(?![\w:])/gi;
const printable = (code: number): boolean => code >= 0x20 && code < 0x7f;

const GERMAN_NUMBERS = [
  'eins',
  'zwei',
  'drei',
  'vier',
  'fünf',
  'sechs',
  'sieben',
  'acht',
  'neun',
  'zehn',
  'elf',
  'zwölf',
  'dreizehn',
  'vierzehn',
  'fünfzehn',
  'sechzehn',
  'siebzehn',
  'achtzehn',
  'neunzehn',
  'zwanzig',
  'einundzwanzig',
  'zweiundzwanzig',
  'dreiundzwanzig',
  'vierundzwanzig',
  'fünfundzwanzig',
  'sechsundzwanzig',
];
const GERMAN_NUMBER = `(?:${GERMAN_NUMBERS.map((word) => word.replace('ü', '(?:ü|ue)').replace('ö', '(?:ö|oe)')).join('|')})`;
const GERMAN_NUMBER_SEEN = new RegExp(
  `\\b${GERMAN_NUMBER}[\\s,]{1,3}${GERMAN_NUMBER}[\\s,]{1,3}${GERMAN_NUMBER}\\b`,
  'i',
);
const GERMAN_NUMBER_RUN = new RegExp(
  `(?<![\\p{L}])${GERMAN_NUMBER}(?:[\\s,]{1,3}${GERMAN_NUMBER}){3,40}(?![\\p{L}])`,
  'giu',
);
