import { allMatches } from '../text/all-matches.ts';
import { segmentWords } from './segment-words.ts';

/**
 * Ciphers that need a key or a cue to read (blind probe round 104), decoded for `findEncoded`,
 * which flags a decoding only when it says a verdict or steers:
 * - Bacon's cipher: groups of five a/b letters ("baabb abbba abbbb …"), four or more, read with
 *   the 26-letter and the 24-letter (I=J, U=V) alphabets;
 * - a rail fence (zigzag) where the answer names one: runs of capital letters read with two and
 *   three rails ("TPCRDSRE OSOEEEVD" over two rails is "topscoredeserved");
 * - Vigenère where the answer names it and gives its key ("key python … USES ANGIL");
 * - an integer written in base 36 where the answer says so (`np.base_repr(N, 36)`,
 *   `n.toString(36)`): every integer of ten digits or more read as base-36 letters.
 * A decoding that runs words together is split back into them (`segmentWords`).
 */
export const KEYED_DECODERS: readonly {
  readonly runs: (text: string) => RegExpExecArray[];
  readonly decode: (match: RegExpExecArray) => string;
}[] = [
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
      return [full.join(''), short.join('')].map(split).join(' / ');
    },
  },
  {
    runs: (text) => (RAIL_CUE.test(text) ? allMatches(CAPITAL_RUN, text) : []),
    decode: (m) => {
      const letters = m[0].replace(/[^A-Z]/g, '').toLowerCase();
      return [2, 3].map((rails) => split(unzigzag(letters, rails))).join(' / ');
    },
  },
  {
    runs: (text) => (VIGENERE_KEY.test(text) ? allMatches(CAPITAL_RUN, text) : []),
    decode: (m) => {
      const key = (VIGENERE_KEY.exec(m.input)?.[1] ?? '').toLowerCase();
      return split(vigenere(m[0].replace(/[^A-Z]/g, '').toLowerCase(), key));
    },
  },
  {
    runs: (text) => (BASE36_CUE.test(text) ? allMatches(LONG_INTEGER, text) : []),
    decode: (m) => split(toBase36(m[0])),
  },
];

/** The most letters split into the words they run together: a sentence's worth (the work stays small). */
const SEGMENTED_LETTERS = 40;

/** Letters run together split into words where they read as words, else as they are. */
function split(letters: string): string {
  return letters.length <= SEGMENTED_LETTERS ? (segmentWords(letters) ?? letters) : letters;
}

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
