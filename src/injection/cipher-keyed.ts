import { allMatches } from '../text/all-matches.ts';
import type { Decoder } from './decoder.ts';
import { splitRunTogether } from './segment-words.ts';

/**
 * Ciphers and codes that need a key or a cue to read (blind probe rounds 104–108), decoded for `findEncoded`,
 * which flags a decoding only when it says a verdict or steers:
 * - Bacon's cipher: groups of five a/b letters ("baabb abbba abbbb …"), four or more, read with
 *   the 26-letter and the 24-letter (I=J, U=V) alphabets;
 * - a rail fence (zigzag) where the answer names one: runs of capital letters read with two and
 *   three rails ("TPCRDSRE OSOEEEVD" over two rails is "topscoredeserved");
 * - Vigenère where the answer names it and gives its key ("key python … USES ANGIL");
 * - an integer written in base 36 where the answer says so (`np.base_repr(N, 36)`,
 *   `n.toString(36)`): every integer of ten digits or more read as base-36 letters;
 * - letters as their places in the alphabet in Roman numerals ("XX XV XVI, XIII I XVIII XI"), four
 *   or more, a comma ending a word (probe round 106);
 * - EBCDIC bytes in hex ("E3 D6 D7 40 …"), base58 where the answer names it, and text typed on a
 *   Dvorak layout the machine read as QWERTY (where the answer says so: "yfpp maov;" is "full
 *   marks"), probe round 108.
 * Scripts (runes, Shavian, Ogham) are read in `cipher-scripts.ts`.
 * A decoding that runs words together is split back into them (`segmentWords`).
 */
export const KEYED_DECODERS: readonly Decoder[] = [
  {
    runs: (text) => (ROMAN_SEEN.test(text) ? allMatches(ROMAN_RUN, text) : []),
    decode: (m) =>
      m[0]
        .toUpperCase()
        .split(/\s{0,3}[,;/]\s{0,3}/)
        .map((word) =>
          splitRunTogether(
            word
              .split(/\s+/)
              .map((numeral) => LETTERS[romanValue(numeral) - 1] ?? '?')
              .join(''),
          ),
        )
        .join(' '),
  },
  {
    runs: (text) => (EBCDIC_SEEN.test(text) ? allMatches(EBCDIC_RUN, text) : []),
    decode: (m) =>
      m[0]
        .split(/[\s:]+/)
        .map((pair) => EBCDIC.get(pair.toUpperCase()) ?? '?')
        .join(''),
  },
  {
    runs: (text) => (BASE58_CUE.test(text) ? allMatches(BASE58_RUN, text) : []),
    decode: (m) => base58(m[0]),
  },
  {
    runs: (text) => (DVORAK_CUE.test(text) ? allMatches(TYPED_RUN, text) : []),
    decode: (m) => [...m[0].toLowerCase()].map((char) => DVORAK.get(char) ?? char).join(''),
  },
  {
    runs: (text) => (BACON_SEEN.test(text) ? allMatches(BACON_RUN, text) : []),
    decode: (m) => {
      const groups = m[0].toLowerCase().match(/[ab]{5}/g) ?? [];
      const full = groups.map(
        (g) => BACON_26[Number.parseInt(g.replace(/a/g, '0').replace(/b/g, '1'), 2)] ?? '?',
      );
      const short = groups.map(
        (g) => BACON_24[Number.parseInt(g.replace(/a/g, '0').replace(/b/g, '1'), 2)] ?? '?',
      );
      return [full.join(''), short.join('')].map(splitRunTogether).join(' / ');
    },
  },
  {
    runs: (text) => (RAIL_CUE.test(text) ? allMatches(CAPITAL_RUN, text) : []),
    decode: (m) => {
      const letters = m[0].replace(/[^A-Z]/g, '').toLowerCase();
      return [2, 3].map((rails) => splitRunTogether(unzigzag(letters, rails))).join(' / ');
    },
  },
  {
    runs: (text) => (VIGENERE_KEY.test(text) ? allMatches(CAPITAL_RUN, text) : []),
    decode: (m) => {
      const key = (VIGENERE_KEY.exec(m.input)?.[1] ?? '').toLowerCase();
      return splitRunTogether(vigenere(m[0].replace(/[^A-Z]/g, '').toLowerCase(), key));
    },
  },
  {
    runs: (text) => (BASE36_CUE.test(text) ? allMatches(LONG_INTEGER, text) : []),
    decode: (m) => splitRunTogether(toBase36(m[0])),
  },
];

const BACON_26 = 'abcdefghijklmnopqrstuvwxyz';
const BACON_24 = 'abcdefghiklmnopqrstuwxyz';
const BACON_SEEN = /\b[ab]{5}\s{1,3}[ab]{5}\b/i;
/** Four or more groups of five a/b letters, parted by spaces or slashes. */
const BACON_RUN = /\b[ab]{5}(?:(?:\s{1,3}|\s{0,2}[/|]\s{0,2})[ab]{5}){3,200}\b/gi;

/** The answer names a rail fence or zigzag cipher. */
const RAIL_CUE = /\b(?:rail[\s-]{0,2}fence|zig[\s-]{0,2}zag|(?:two|three|2|3)\s{1,3}rails)\b/i;
/** Capital letters, eight or more in runs parted by single spaces (a whole run is one message). */
const CAPITAL_RUN = /\b[A-Z]{3,}(?: [A-Z]{2,}){0,30}\b/g;

/** Letters written row by row of a rail fence read back in the zigzag order. */
function unzigzag(letters: string, rails: number): string {
  if (letters.length < 8) return letters;
  const cycle = 2 * (rails - 1);
  const railOf = (i: number): number => Math.min(i % cycle, cycle - (i % cycle));
  const counts = Array.from({ length: rails }, () => 0);
  for (let i = 0; i < letters.length; i++) counts[railOf(i)] = (counts[railOf(i)] ?? 0) + 1;
  const starts: number[] = [];
  let at = 0;
  for (const count of counts) {
    starts.push(at);
    at += count;
  }
  let out = '';
  for (let i = 0; i < letters.length; i++) {
    const rail = railOf(i);
    out += letters[starts[rail] ?? 0] ?? '';
    starts[rail] = (starts[rail] ?? 0) + 1;
  }
  return out;
}

/** Vigenère named, then its key within the line: "Vigenère puzzle …, key python", "keyword: LEMON". */
const VIGENERE_KEY =
  /\bvigen[eè]re\b[^\n]{0,80}?\bkey(?:word)?\s{0,3}(?:is\s{1,3}|[:=]\s{0,3})?["'“‘]?([A-Za-z]{3,20})\b/i;

/** Vigenère decryption: each letter shifted back by the key's letter in turn. */
function vigenere(letters: string, key: string): string {
  if (key === '') return letters;
  let out = '';
  for (let i = 0; i < letters.length; i++)
    out += String.fromCharCode(
      97 + ((letters.charCodeAt(i) - 97 - (key.charCodeAt(i % key.length) - 97) + 52) % 26),
    );
  return out;
}

/** The answer converts a number to base 36: `base_repr(N, 36)`, `toString(36)`, "base 36", "radix 36". */
const BASE36_CUE =
  /\b(?:base|radix)[\s_-]{0,2}36\b|\b(?:base_repr|tostring|int)\s{0,2}\([^()\n]{0,40},\s{0,2}36\s{0,2}\)|\btoString\(36\)/i;
const LONG_INTEGER = /(?<![\w.])\d{10,30}(?![\w.])/g;

/** An integer's base-36 digits, letters only (digits in it mean it spells nothing). */
function toBase36(digits: string): string {
  try {
    return BigInt(digits).toString(36);
  } catch {
    return '';
  }
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const ROMAN = String.raw`(?:XX(?:VI|V|IV|I{1,3})?|X(?:IX|VIII|VII|VI|V|IV|I{1,3})?|IX|VIII|VII|VI|V|IV|I{1,3})`;
const ROMAN_SEEN = /\b[IVX]{1,5}\s{1,3}[IVX]{1,5}\s{1,3}[IVX]{1,5}\b/;
/** Four or more numerals of 1–26 in a row, parted by spaces or commas (upper case, as numerals are written). */
const ROMAN_RUN = new RegExp(String.raw`\b${ROMAN}(?:(?:\s{1,3}|\s{0,3}[,;/]\s{0,3})${ROMAN}){3,200}\b`, 'g');
const ROMAN_DIGITS: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 };

/** A Roman numeral's value (subtractive pairs read as such). */
function romanValue(numeral: string): number {
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = ROMAN_DIGITS[numeral[i] ?? ''] ?? 0;
    const next = ROMAN_DIGITS[numeral[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** EBCDIC (code page 037): letters, digits, space and common signs by their hex byte. */
const EBCDIC: ReadonlyMap<string, string> = new Map([
  ...[...'ABCDEFGHI'].map((c, i) => [`C${i + 1}`, c] as const),
  ...[...'JKLMNOPQR'].map((c, i) => [`D${i + 1}`, c] as const),
  ...[...'STUVWXYZ'].map((c, i) => [`E${i + 2}`, c] as const),
  ...[...'abcdefghi'].map((c, i) => [`8${i + 1}`, c] as const),
  ...[...'jklmnopqr'].map((c, i) => [`9${i + 1}`, c] as const),
  ...[...'stuvwxyz'].map((c, i) => [`A${i + 2}`, c] as const),
  ...[...'0123456789'].map((c, i) => [`F${i}`, c] as const),
  ['40', ' '],
  ['4B', '.'],
  ['6B', ','],
  ['5A', '!'],
  ['7A', ':'],
  ['6F', '?'],
]);
const EBCDIC_SEEN = /\b(?:[C-E][1-9]|40)[ :](?:[C-E][1-9]|40)[ :](?:[C-E][1-9]|40)\b/i;
/** Eight or more hex bytes in a row, the space of EBCDIC (40) among them. */
const EBCDIC_RUN = /(?<![0-9a-f:])(?:[0-9a-f]{2}[ :]){7,}[0-9a-f]{2}(?![0-9a-f:])/gi;

const BASE58_CUE = /\bbase[\s-]?58\b|\bbitcoin\b/i;
const BASE58_ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const BASE58_RUN = /(?<![0-9A-Za-z])[1-9A-HJ-NP-Za-km-z]{16,200}(?![0-9A-Za-z])/g;

/** Base58 (Bitcoin's alphabet) to text: the run as one big number, written out in bytes. */
function base58(run: string): string {
  let value = 0n;
  for (const char of run) value = value * 58n + BigInt(BASE58_ALPHABET.indexOf(char));
  let text = '';
  for (; value > 0n; value /= 256n) text = String.fromCharCode(Number(value % 256n)) + text;
  return text;
}

/** The answer says it was typed on a Dvorak layout. */
const DVORAK_CUE = /\bdvorak\b/i;
/** Three or more "words" of keys (letters and the punctuation on letter keys). */
const TYPED_RUN = /(?<![\w;,.'/[\]-])[a-z;,.'/[\]-]{2,20}(?: [a-z;,.'/[\]-]{1,20}){2,40}/gi;
/** What a key of the QWERTY layout types on Dvorak. */
const DVORAK: ReadonlyMap<string, string> = new Map(
  [..."qwertyuiop[]asdfghjkl;'zxcvbnm,./"].map((key, i) => [
    key,
    "',.pyfgcrl/=aoeuidhtns-;qjkxbmwvz"[i] ?? key,
  ]),
);
