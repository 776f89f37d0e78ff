import { allMatches } from '../text/all-matches.ts';
import { decodeBase32 } from './cipher-encodings.ts';
import type { Decoder } from './decoder.ts';
import { segmentWords } from './segment-words.ts';

/**
 * Encodings of blind probe round 122 (a twenty-second adaptive author given SECURITY.md's list),
 * decoded for `findEncoded`, which flags a decoding only when it says a verdict or steers:
 * - base32 over the extended-hex alphabet (RFC 4648 §7: digits, then A–V), twenty-four or more;
 * - Z85 (ZeroMQ's base85) where the answer names it;
 * - a long number read as big-endian bytes (twenty digits or more, where the answer speaks of bytes);
 * - chemical elements named in a row, read as their symbols ("scandium, oxygen, rhenium" → "score");
 * - each pair of letters swapped ("otp abdn" → "top band"), where the answer speaks of swapping;
 * - the widths of the gaps between words, one space a 0 and two a 1, read as bytes;
 * - proquints (round 132: "lidoz-labob-…", five-letter consonant–vowel words of 16 bits each), three
 *   words or more, read as bytes;
 * - letters as their place in the alphabet written in base 3 ("202 120 121" → "top", round 134),
 *   three digits each, "/" between words, four letters or more;
 * - louchébem, the Paris and Lyon butchers' slang (round 138: "lotenem" → "note": the first
 *   consonant moved to the end, "l" put in front, a suffix added), three such words in a row.
 */
export const ALPHABET_DECODERS: readonly Decoder[] = [
  {
    runs: (text) => (BASE32_HEX_SEEN.test(text) ? allMatches(BASE32_HEX_RUN, text) : []),
    decode: (m) => decodeBase32(m[0], BASE32_HEX_ALPHABET),
  },
  {
    runs: (text) => (Z85_CUE.test(text) ? allMatches(Z85_RUN, text) : []),
    decode: (m) => z85(m[0]),
  },
  {
    runs: (text) => (BYTES_CUE.test(text) ? allMatches(LONG_NUMBER, text) : []),
    decode: (m) => {
      const hex = BigInt(m[0]).toString(16);
      return (hex.length % 2 === 0 ? hex : `0${hex}`)
        .replace(/../g, (byte) => String.fromCharCode(Number.parseInt(byte, 16)))
        .toLowerCase();
    },
  },
  {
    // Segmenting costs milliseconds a run: a text of thousands of runs is read for its first few.
    runs: (text) =>
      ELEMENT_NAME_SEEN.test(text) ? allMatches(ELEMENT_NAME_RUN, text).slice(0, MAX_ELEMENT_RUNS) : [],
    decode: (m) => {
      const symbols = (m[0].toLowerCase().match(ELEMENT_NAME_WORD) ?? [])
        .map((name) => ELEMENT_SYMBOLS.get(name) ?? '')
        .join('');
      return segmentWords(symbols) ?? symbols;
    },
  },
  {
    runs: (text) => (SWAP_CUE.test(text) ? allMatches(LOWER_WORDS, text) : []),
    decode: (m) => m[0].replace(/([a-z])([a-z])/gi, '$2$1'),
  },
  {
    runs: (text) => (WIDE_GAP_SEEN.test(text) ? allMatches(GAPPED_RUN, text) : []),
    decode: (m) => {
      const bits = (m[0].match(/ {1,2}/g) ?? []).map((gap) => (gap.length === 2 ? '1' : '0')).join('');
      return (bits.match(/[01]{8}/g) ?? [])
        .map((byte) => String.fromCharCode(Number.parseInt(byte, 2)))
        .join('');
    },
    narrow: true,
  },
  {
    runs: (text) => (PROQUINT_SEEN.test(text) ? allMatches(PROQUINT_RUN, text) : []),
    decode: (m) =>
      m[0]
        .toLowerCase()
        .split('-')
        .map((word) => {
          const bits = [...word].reduce(
            (n, c) =>
              PROQUINT_VOWELS.includes(c)
                ? n * 4 + PROQUINT_VOWELS.indexOf(c)
                : n * 16 + PROQUINT_CONSONANTS.indexOf(c),
            0,
          );
          return String.fromCharCode(bits >> 8, bits & 0xff);
        })
        .join(''),
  },
  {
    runs: (text) => (TERNARY_SEEN.test(text) ? allMatches(TERNARY_RUN, text) : []),
    decode: (m) =>
      m[0]
        .split(/\s{0,3}\/\s{0,3}/)
        .map((word) =>
          (word.match(/[012]{3}/g) ?? [])
            .map((digits) => String.fromCharCode(96 + Number.parseInt(digits, 3)))
            .join(''),
        )
        .join(' '),
  },
  {
    runs: (text) => (LOUCHEBEM_SEEN.test(text) ? allMatches(LOUCHEBEM_RUN, text) : []),
    decode: (m) =>
      m[0]
        .toLowerCase()
        .split(/\s+/)
        .map((word) => {
          const body = word.slice(1).replace(LOUCHEBEM_SUFFIX, '');
          const moved = /[b-df-hj-np-tv-zç]{1,2}$/.exec(body)?.[0] ?? '';
          return moved + body.slice(0, body.length - moved.length);
        })
        .join(' '),
  },
];

const LOUCHEBEM_WORD = 'l[a-zà-ÿ]{2,20}?(?:em|é|ji|oque|uche|ès)';
const LOUCHEBEM_SUFFIX = /(?:em|é|ji|oque|uche|ès)$/;
const LOUCHEBEM_SEEN = new RegExp(String.raw`\b${LOUCHEBEM_WORD}\s${LOUCHEBEM_WORD}\s`, 'i');
const LOUCHEBEM_RUN = new RegExp(
  String.raw`(?<![\p{L}])${LOUCHEBEM_WORD}(?:\s{1,3}${LOUCHEBEM_WORD}){2,30}(?![\p{L}])`,
  'giu',
);

const TERNARY_SEEN = /[012]{3} [012]{3} [012]{3}/;
const TERNARY_RUN = /(?<![\w/])[012]{3}(?:(?: | {0,3}\/ {0,3})[012]{3}){3,60}(?![\w/])/g;

const PROQUINT_CONSONANTS = 'bdfghjklmnprstvz';
const PROQUINT_VOWELS = 'aiou';
const PROQUINT_WORD = '[bdfghjklmnprstvz][aiou][bdfghjklmnprstvz][aiou][bdfghjklmnprstvz]';
const PROQUINT_SEEN = new RegExp(`${PROQUINT_WORD}-${PROQUINT_WORD}-`, 'i');
const PROQUINT_RUN = new RegExp(`(?<![\\w-])${PROQUINT_WORD}(?:-${PROQUINT_WORD}){2,40}(?![\\w-])`, 'gi');

const BASE32_HEX_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUV';
const BASE32_HEX_SEEN = /[0-9A-V]{24}/;
/** Runs with a letter past F (else hex reads them) and a digit (else a shouted word). */
const BASE32_HEX_RUN =
  /(?<![A-Za-z0-9+/=_-])(?=[0-9A-V]{0,4095}[G-V])(?=[A-V]{0,4095}[0-9])[0-9A-V]{24,4096}={0,6}(?![A-Za-z0-9+/=_-])/g;

const Z85_CUE = /\bZ85\b|\bbase[\s-]?85\b/i;
const Z85_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#';
const Z85_RUN = /[0-9A-Za-z.\-:+=^!/*?&<>()[\]{}@%$#]{10,4000}/g;

/** Z85: five characters carry four bytes, big-endian. */
function z85(run: string): string {
  let text = '';
  for (let at = 0; at + 5 <= run.length; at += 5) {
    let value = 0;
    for (const char of run.slice(at, at + 5)) value = value * 85 + Math.max(0, Z85_ALPHABET.indexOf(char));
    text += String.fromCharCode(value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255);
  }
  return text;
}

const BYTES_CUE = /\b(?:bytes?|big[\s-]endian|little[\s-]endian|ascii|utf-?8)\b/i;
const LONG_NUMBER = /\b[1-9]\d{19,600}\b/g;

/** The elements' names by atomic number (1–99), for symbols spelt by names. */
const ELEMENT_NAMES =
  'hydrogen helium lithium beryllium boron carbon nitrogen oxygen fluorine neon sodium magnesium aluminium silicon phosphorus sulfur chlorine argon potassium calcium scandium titanium vanadium chromium manganese iron cobalt nickel copper zinc gallium germanium arsenic selenium bromine krypton rubidium strontium yttrium zirconium niobium molybdenum technetium ruthenium rhodium palladium silver cadmium indium tin antimony tellurium iodine xenon caesium barium lanthanum cerium praseodymium neodymium promethium samarium europium gadolinium terbium dysprosium holmium erbium thulium ytterbium lutetium hafnium tantalum tungsten rhenium osmium iridium platinum gold mercury thallium lead bismuth polonium astatine radon francium radium actinium thorium protactinium uranium neptunium plutonium americium curium berkelium californium einsteinium'.split(
    ' ',
  );
const ELEMENT_SYMBOL_LIST =
  'h he li be b c n o f ne na mg al si p s cl ar k ca sc ti v cr mn fe co ni cu zn ga ge as se br kr rb sr y zr nb mo tc ru rh pd ag cd in sn sb te i xe cs ba la ce pr nd pm sm eu gd tb dy ho er tm yb lu hf ta w re os ir pt au hg tl pb bi po at rn fr ra ac th pa u np pu am cm bk cf es'.split(
    ' ',
  );
const ELEMENT_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ...ELEMENT_NAMES.map((name, at): [string, string] => [name, ELEMENT_SYMBOL_LIST[at] ?? '']),
  ['aluminum', 'al'],
  ['cesium', 'cs'],
  ['sulphur', 's'],
]);
const ELEMENT_NAME = `(?:${[...ELEMENT_SYMBOLS.keys()].sort((a, b) => b.length - a.length).join('|')})`;
const ELEMENT_NAME_WORD = new RegExp(String.raw`\b${ELEMENT_NAME}\b`, 'g');
/** Two element names in a row: the cheap check before the run. */
const ELEMENT_NAME_SEEN = new RegExp(String.raw`\b${ELEMENT_NAME}\s{0,3}[,;]?\s{0,3}${ELEMENT_NAME}\b`, 'i');
const MAX_ELEMENT_RUNS = 8;
/** Five to twenty-one element names parted by commas, "then" or "and" (a longer run is read in parts). */
const ELEMENT_NAME_RUN = new RegExp(
  String.raw`\b${ELEMENT_NAME}(?:(?:\s{0,3}[,;]\s{0,3}|\s{1,3})(?:(?:then|and)\s{1,3})?${ELEMENT_NAME}){4,20}\b`,
  'gi',
);

const SWAP_CUE =
  /\b(?:swap(?:ped|s)?|switched|flipped|transposed)\b[^.\n]{0,40}?\b(?:pairs?|neighbou?rs|adjacent|two\s{1,3}letters)\b|\bpairs?\s{1,3}of\s{1,3}letters\b/i;
const LOWER_WORDS = /\b[a-z]{2,15}(?:\s{1,3}[a-z]{2,15}){2,30}\b/g;

/** Two spaces between words somewhere: the cheap check before the gapped run. */
const WIDE_GAP_SEEN = /\S {2}\S[^\n]{0,80}?\S {2}\S[^\n]{0,80}?\S {2}\S/;
/** A sentence of seventeen or more words parted by one or two spaces (a sentence's end starts the bits over). */
const GAPPED_RUN = /[^\s.!?]{1,30}(?: {1,2}[^\s.!?]{1,30}){16,2000}/g;
