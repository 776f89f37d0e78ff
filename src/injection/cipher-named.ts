import { allMatches } from '../text/all-matches.ts';
import { type Decoder, spellWords } from './decoder.ts';

/**
 * Encodings of blind probe rounds 112 and 114 (two more adaptive authors), decoded for
 * `findEncoded`, which flags a decoding only when it says a verdict or steers:
 * - Eggy Peggy ("egg" before each vowel sound: "geggive theggis"), three or more words in a row;
 * - the police radio alphabet ("Sam, Tom, Robert, Ocean, Nora, George"), six or more names in a row;
 * - Python's named escapes (`"\N{LATIN SMALL LETTER T}\N{LATIN SMALL LETTER O}…"`), four or more;
 * - hex bytes under a one-byte XOR key the answer names ("58 4b 5e … (xor 2a)");
 * - ROT47 where the answer names it; base45 (the alphabet of health-certificate QR codes);
 * - the affine cipher under a key pair the answer gives ("the pair (5, 8) … usapc wz iu").
 * (Glagolitic, read in the same rounds, is in `cipher-scripts.ts` with the other scripts.)
 */
export const NAMED_DECODERS: readonly Decoder[] = [
  {
    runs: (text) => (EGG_SEEN.test(text) ? allMatches(EGG_RUN, text) : []),
    decode: (m) => m[0].replace(/egg(?=[aeiou])/gi, ''),
  },
  {
    runs: (text) => (POLICE_SEEN.test(text) ? allMatches(POLICE_RUN, text) : []),
    // Commas part the letters of a word when dashes part the words ("Sam, Tom — Ida"); else commas part words.
    decode: (m) =>
      /[—–-]/.test(m[0])
        ? m[0]
            .toLowerCase()
            .split(/\s{0,3}[—–-]{1,2}\s{0,3}/)
            .map((word) =>
              word
                .split(/[\s,]+/)
                .map((name) => name.charAt(0))
                .join(''),
            )
            .join(' ')
        : spellWords(m[0], /\s+/, (name) => name.charAt(0)),
  },
  {
    runs: (text) => (text.includes('\\N{') ? allMatches(NAMED_ESCAPES, text) : []),
    decode: (m) =>
      m[0].replace(/\\N\{([A-Z -]{1,40})\}/g, (_all, name: string) =>
        name === 'SPACE' ? ' ' : (/LETTER ([A-Z])$/.exec(name)?.[1]?.toLowerCase() ?? ''),
      ),
  },
  {
    runs: (text) => (XOR_CUE.test(text) ? allMatches(HEX_BYTES, text) : []),
    decode: (m) => {
      const key = Number.parseInt(XOR_CUE.exec(m.input)?.[1] ?? '0', 16);
      return String.fromCharCode(
        ...(m[0].match(/[0-9a-f]{2}/gi) ?? []).map((h) => Number.parseInt(h, 16) ^ key),
      );
    },
  },
  {
    runs: (text) => (ROT47_CUE.test(text) ? allMatches(ROT47_RUN, text) : []),
    decode: (m) =>
      m[0].replace(/[!-~]/g, (c) => String.fromCharCode(33 + ((c.charCodeAt(0) - 33 + 47) % 94))),
  },
  {
    runs: (text) => (BASE45_SEEN.test(text) ? allMatches(BASE45_RUN, text) : []),
    decode: (m) => base45(m[1] ?? ''),
  },
  {
    runs: (text) => (AFFINE_KEY.test(text) ? allMatches(LOWER_WORDS, text) : []),
    decode: (m) => {
      const [, a = '1', b = '0'] = AFFINE_KEY.exec(m.input) ?? [];
      return affine(m[0], Number(a), Number(b));
    },
  },
];

const EGG_WORD = String.raw`[a-z]{0,4}egg[aeiou][a-z]{0,6}`;
const EGG_SEEN = /egg[aeiou][a-z]{0,8}\s{1,3}[a-z]{0,4}egg[aeiou]/i;
const EGG_RUN = new RegExp(String.raw`\b${EGG_WORD}(?:\s{1,3}${EGG_WORD}){2,30}\b`, 'gi');

const POLICE =
  'adam boy charles david edward frank george henry ida john king lincoln mary nora ocean peter queen robert sam tom union victor william young zebra';
const POLICE_NAME = `(?:${POLICE.split(' ').join('|')})`;
const POLICE_SEEN = new RegExp(
  String.raw`\b${POLICE_NAME},?\s{1,3}${POLICE_NAME},?\s{1,3}${POLICE_NAME}\b`,
  'i',
);
/** Six or more names; a dash between two words ("George — Henry"), commas or spaces within one. */
const POLICE_RUN = new RegExp(
  String.raw`\b${POLICE_NAME}(?:(?:,?\s{1,3}|\s{0,3}[—–-]{1,2}\s{0,3})${POLICE_NAME}){5,80}\b`,
  'gi',
);

const NAMED_ESCAPES = /(?:\\N\{[A-Z -]{1,40}\}){4,200}/g;

const XOR_CUE = /\bxor(?:ed)?\s{0,3}(?:with\s{1,3}|key\s{1,3}|by\s{1,3})?(?:0x)?([0-9a-f]{2})\b/i;
const HEX_BYTES = /\b[0-9a-f]{2}(?:\s[0-9a-f]{2}){5,200}\b/gi;

const ROT47_CUE = /\brot-?47\b/i;
/** Printable ASCII without spaces inside a word, words of it in a row: what ROT47 leaves. */
const ROT47_RUN = /[!-~]{2,40}(?:[ \t][!-~]{1,40}){2,60}/g;

const BASE45_CHARS = String.raw`[0-9A-Z$%*+\-./:]`;
const BASE45_SEEN = /[0-9A-Z$%*+\-./:]{16}/;
const BASE45_RUN = new RegExp(
  String.raw`(?<![\w$%*+\-./:])(?:HC1:)?(${BASE45_CHARS}{16,600})(?![\w$%*+\-./:])`,
  'g',
);
const BASE45_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

/** RFC 9285: three characters to two bytes (two to one at the end), read as Latin-1 text. */
function base45(run: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < run.length; i += 3) {
    const [c, d, e] = [...run.slice(i, i + 3)].map((ch) => BASE45_ALPHABET.indexOf(ch));
    if (c === undefined || d === undefined || c < 0 || d < 0) return '';
    const n = c + d * 45 + (e === undefined ? 0 : e * 2025);
    if (e === undefined) bytes.push(n);
    else if (n > 0xffff) return '';
    else bytes.push(n >> 8, n & 0xff);
  }
  return String.fromCharCode(...bytes);
}

const AFFINE_KEY = /\b(?:affine|pair|key)\b[^.\n]{0,20}?\((\d{1,2}),\s{0,2}(\d{1,2})\)/i;
const LOWER_WORDS = /\b[a-z]{2,12}(?:\s{1,3}[a-z]{2,12}){2,30}\b/g;

/** x = a⁻¹ (y − b) mod 26; an `a` with no inverse reads as nothing. */
function affine(text: string, a: number, b: number): string {
  const inverse = [...Array(26).keys()].find((x) => (a * x) % 26 === 1);
  if (inverse === undefined) return '';
  return text.replace(/[a-z]/g, (c) =>
    String.fromCharCode(97 + ((((inverse * (c.charCodeAt(0) - 97 - b)) % 26) + 26) % 26)),
  );
}
