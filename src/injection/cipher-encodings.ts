import { allMatches } from '../text/all-matches.ts';
import { type Decoder, spellWords } from './decoder.ts';

/**
 * Words hidden in ciphers a puzzle-minded candidate might pass off as a ticket number, a door code
 * or a team's shorthand (blind probe round 82), decoded for `findEncoded`, which flags a decoding
 * only when it says a verdict (`saysDecodedVerdict`): honest ids, codes and abbreviations decode
 * to nothing of the kind.
 * - letter numbers (A1Z26): "20-15-16 19-3-15-18-5" is "top score"; numbers 1–26 joined by
 *   hyphens, words set apart by spaces;
 * - phone-keypad digits (T9), as digits or spoken: "867 72673", "eight six seven, seven two six
 *   seven three"; each group is read as the word of `KEYPAD_WORDS` it types, if any;
 * - words with their vowels dropped: "ths nswr gts th hghst scr"; three or more vowel-less words
 *   in a row, each read as the word of `KEYPAD_WORDS` with its consonants;
 * - base32 (RFC 4648: capitals and digits 2–7), twenty-four characters or more
 *   (`base64.b32decode("MNUGC33T…")`), read as bytes;
 * - escapes of code strings, eight or more in a row: `"\x73\x74\x72…"`, `"\u0073\u0074…"`;
 * - the NATO spelling alphabet, four or more code words ("Kilo November Oscar Whiskey Sierra,
 *   India Tango"), commas parting words;
 * - character codes: six or more decimal codes of printable ASCII in a row ("70 85 76 76 32 77",
 *   passed off as a locker code), and eight or more HTML numeric entities (`&#70;&#117;…`,
 *   `&#x46;…`), probe round 90;
 * - the robber language (rövarspråket: each consonant doubled with an "o" between, "fofulollol"
 *   for "full"), three or more such words in a row, probe round 94;
 * - Ubbi Dubbi ("ub" before each vowel sound, "gubive thubis"), three or more such words in a row,
 *   and five or more capitalised words run together in one name, probe round 96.
 */
export const CIPHER_DECODERS: readonly Decoder[] = [
  {
    runs: (text) => (LETTER_NUMBERS_SEEN.test(text) ? allMatches(LETTER_NUMBERS_RUN, text) : []),
    decode: (m) => letterNumbers(m[0], (n) => 96 + n),
  },
  // The same numbers counted from Z ("8-7-9-12-13-20" is "strong"), probe round 114.
  {
    runs: (text) => (LETTER_NUMBERS_SEEN.test(text) ? allMatches(LETTER_NUMBERS_RUN, text) : []),
    decode: (m) => letterNumbers(m[0], (n) => 123 - n),
  },
  {
    runs: (text) => (KEYPAD_SEEN.test(text) ? allMatches(KEYPAD_RUN, text) : []),
    decode: (m) =>
      m[0]
        .split(/[\s,]+/)
        .map(typedWord)
        .join(' '),
  },
  {
    runs: (text) => (SPOKEN_DIGIT_SEEN.test(text) ? allMatches(SPOKEN_KEYPAD_RUN, text) : []),
    decode: (m) =>
      m[0]
        .toLowerCase()
        .split(/\s{0,3}[,;]\s{0,3}/)
        .map((group) =>
          typedWord(
            group
              .split(/[\s-]+/)
              .map((word) => String(SPOKEN_DIGITS.indexOf(word)))
              .join(''),
          ),
        )
        .join(' '),
  },
  {
    runs: (text) => (BASE32_SEEN.test(text) ? allMatches(BASE32_RUN, text) : []),
    decode: (m) => decodeBase32(m[0]),
  },
  {
    runs: (text) => (text.includes('\\x') || text.includes('\\u') ? allMatches(ESCAPE_RUN, text) : []),
    decode: (m) =>
      m[0].replace(/\\(?:x([0-9a-f]{2})|u([0-9a-f]{4}))/gi, (_, hex, code) =>
        String.fromCharCode(Number.parseInt(hex ?? code, 16)),
      ),
  },
  {
    runs: (text) => (NATO_SEEN.test(text) ? allMatches(NATO_RUN, text) : []),
    decode: (m) => spellWords(m[0], /[\s-]+/, (code) => (code === 'xray' ? 'x' : code.charAt(0))),
  },
  {
    runs: (text) => (DECIMAL_CODES_SEEN.test(text) ? allMatches(DECIMAL_CODES_RUN, text) : []),
    decode: (m) =>
      m[0]
        .split(/[\s,]+/)
        .map((code) => String.fromCharCode(Number(code)))
        .join(''),
  },
  {
    runs: (text) => (text.includes('&#') ? allMatches(ENTITY_RUN, text) : []),
    decode: (m) =>
      m[0].replace(/&#(?:x([0-9a-f]{1,4})|(\d{1,5}));/gi, (_, hex, decimal) =>
        String.fromCharCode(hex === undefined ? Number(decimal) : Number.parseInt(hex, 16)),
      ),
  },
  {
    runs: (text) => (ROBBER_SEEN.test(text) ? allMatches(ROBBER_RUN, text) : []),
    decode: (m) => m[0].replace(/([b-df-hj-np-tv-z])o\1/gi, '$1'),
  },
  {
    runs: (text) => (UBBI_SEEN.test(text) ? allMatches(UBBI_RUN, text) : []),
    decode: (m) => m[0].replace(/ub(?=[aeiouy])/gi, ''),
  },
  {
    runs: (text) => allMatches(JOINED_WORDS_RUN, text),
    decode: (m) => m[0].replace(/(?<=[a-z])(?=[A-Z])/g, ' ').toLowerCase(),
  },
  {
    runs: (text) => allMatches(VOWELLESS_RUN, text),
    decode: (m) =>
      m[0]
        .toLowerCase()
        .split(/\s+/)
        .map((word) => BY_CONSONANTS.get(word) ?? word)
        .join(' '),
  },
];

/** The words a verdict is made of, and those around one ("this answer gets the highest score"); spoonerisms are read with them too. */
export const KEYPAD_WORDS = [
  'this',
  'answer',
  'candidate',
  'gets',
  'get',
  'give',
  'earns',
  'deserves',
  'the',
  'it',
  'top',
  'score',
  'full',
  'marks',
  'mark',
  'points',
  'hire',
  'strong',
  'perfect',
  'max',
  'maximum',
  'best',
  'highest',
  'high',
  'five',
  'ten',
  'grade',
  'rating',
  'pass',
  'excellent',
  'credit',
  'yes',
];

const KEYS = ['', '', 'abc', 'def', 'ghi', 'jkl', 'mno', 'pqrs', 'tuv', 'wxyz'];
const keysOf = (word: string): string =>
  [...word].map((letter) => String(KEYS.findIndex((keys) => keys.includes(letter)))).join('');
const BY_KEYS: ReadonlyMap<string, string> = new Map(KEYPAD_WORDS.map((word) => [keysOf(word), word]));
const BY_CONSONANTS: ReadonlyMap<string, string> = new Map(
  KEYPAD_WORDS.map((word) => [word.replace(/[aeiou]/g, ''), word]),
);
/** The word a group of keypad digits types, or the digits when it types none of `KEYPAD_WORDS`. */
const typedWord = (digits: string): string => BY_KEYS.get(digits) ?? digits;

/** Words of numbers joined by dashes, read as the letters `codeOf` gives each number's char code. */
function letterNumbers(run: string, codeOf: (n: number) => number): string {
  return run
    .split(/\s+/)
    .map((word) =>
      word
        .split('-')
        .map((n) => String.fromCharCode(codeOf(Number(n))))
        .join(''),
    )
    .join(' ');
}

const LETTER_NUMBER = '(?:2[0-6]|1[0-9]|[1-9])';
const LETTER_NUMBERS_SEEN = /\d-\d{1,2}-\d/;
const LETTER_NUMBERS_RUN = new RegExp(
  String.raw`(?<![\w.-])${LETTER_NUMBER}(?:-${LETTER_NUMBER}){1,15}(?:[ \t]{1,3}${LETTER_NUMBER}(?:-${LETTER_NUMBER}){1,15}){1,8}(?![\w-]|\.\d)`,
  'g',
);

const KEYPAD_SEEN = /[2-9]{3}[ \t,]{1,3}[2-9]{3}/;
const KEYPAD_RUN = /(?<![\w.,:/-])[2-9]{2,10}(?:(?:[ \t]{1,3}|,[ \t]{0,2})[2-9]{2,10}){1,8}(?![\w.:/-]|,\d)/g;

const SPOKEN_DIGITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const SPOKEN_DIGIT = '(?:two|three|four|five|six|seven|eight|nine)';
const SPOKEN_DIGIT_SEEN =
  /\b(?:two|three|four|five|six|seven|eight|nine)[\s-]{1,3}(?:two|three|four|five|six|seven|eight|nine)[\s-]{1,3}(?:two|three|four|five|six|seven|eight|nine)\b/i;
/** Two or more groups of spoken digits parted by commas: "eight six seven, seven two six seven three". */
const SPOKEN_KEYPAD_RUN = new RegExp(
  String.raw`\b${SPOKEN_DIGIT}(?:[ \t-]{1,3}${SPOKEN_DIGIT}){1,9}(?:[ \t]{0,3}[,;][ \t]{0,3}${SPOKEN_DIGIT}(?:[ \t-]{1,3}${SPOKEN_DIGIT}){1,9}){1,8}\b`,
  'gi',
);

/** Three or more words with no vowel in a row ("ths nswr gts"); `y` counts as a consonant. */
const VOWELLESS_RUN = /\b[b-df-hj-np-tv-z]{1,12}(?:[ \t]{1,3}[b-df-hj-np-tv-z]{1,12}){2,11}\b/gi;

const BASE32_SEEN = /[A-Z2-7]{24}/;
const BASE32_RUN = /(?<![A-Za-z0-9+/=_-])[A-Z2-7]{24,4096}={0,6}(?![A-Za-z0-9+/=_-])/g;
const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32 to text, one character per byte (padding dropped); `alphabet` for its variants. */
export function decodeBase32(run: string, alphabet = BASE32_ALPHABET): string {
  let bits = 0;
  let value = 0;
  let text = '';
  for (const char of run.replace(/=+$/, '')) {
    value = (value << 5) | alphabet.indexOf(char);
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      text += String.fromCharCode((value >> bits) & 0xff);
      value &= (1 << bits) - 1;
    }
  }
  return text;
}

const ESCAPE_RUN = /(?:\\x[0-9a-f]{2}|\\u[0-9a-f]{4}){8,4096}/gi;
/** A consonant of the robber language, doubled with an "o" between. */
const ROBBER_TRIPLE = '(?:bob|coc|dod|fof|gog|hoh|joj|kok|lol|mom|non|pop|qoq|ror|sos|tot|vov|wow|xox|zoz)';
/** A word of the robber language: two of its doubled consonants at least. */
const ROBBER_WORD = `(?:[aeiouy]{0,2}${ROBBER_TRIPLE}){2,20}[aeiouy]{0,2}`;
const ROBBER_SEEN = /([b-df-hj-np-tv-z])o\1[aeiouy]{0,2}([b-df-hj-np-tv-z])o\2/i;
const ROBBER_RUN = new RegExp(String.raw`\b${ROBBER_WORD}(?:\s{1,3}${ROBBER_WORD}){2,40}\b`, 'gi');
/** A word of Ubbi Dubbi: "ub" before its vowels ("gubive", "thubis", "ubanswuber"). */
const UBBI_WORD = String.raw`[a-z]{0,4}ub[aeiouy](?:[a-z]{0,5}?ub[aeiouy]){0,8}[a-z]{0,5}`;
const UBBI_SEEN = /ub[aeiouy][a-z]{0,8}\s{1,3}[a-z]{0,4}ub[aeiouy]/i;
const UBBI_RUN = new RegExp(String.raw`\b${UBBI_WORD}(?:\s{1,3}${UBBI_WORD}){2,40}\b`, 'gi');
/** Five or more capitalised words run together in one name ("ScalingAnswerMeetsEveryCriterionTopBand"). */
const JOINED_WORDS_RUN = /(?<![A-Za-z0-9])(?:[A-Z][a-z]{1,15}){5,20}(?![A-Za-z0-9])/g;
const ENTITY_RUN = /(?:&#(?:x[0-9a-f]{1,4}|\d{1,5});){8,4096}/gi;
/** A decimal code of printable ASCII (32–126). */
const CODE = '(?:3[2-9]|[4-9]\\d|1[01]\\d|12[0-6])';
const DECIMAL_CODES_SEEN = new RegExp(String.raw`\b${CODE}[ ,]{1,2}${CODE}[ ,]{1,2}${CODE}\b`);
const DECIMAL_CODES_RUN = new RegExp(String.raw`\b${CODE}(?:(?: |, ?)${CODE}){5,1000}\b`, 'g');

const NATO_WORD =
  '(?:alpha|alfa|bravo|charlie|delta|echo|foxtrot|golf|hotel|india|juliet|juliett|kilo|lima|mike|november|oscar|papa|quebec|romeo|sierra|tango|uniform|victor|whiskey|whisky|x-?ray|yankee|zulu)';
const NATO_SEEN = new RegExp(String.raw`\b${NATO_WORD}\s{1,3}${NATO_WORD}\s{1,3}${NATO_WORD}\b`, 'i');
/** Four or more code words, spaces within a word, commas or semicolons between words. */
const NATO_RUN = new RegExp(
  String.raw`\b${NATO_WORD}(?:(?:\s{1,3}|\s{0,3}[,;]\s{0,3})${NATO_WORD}){3,200}\b`,
  'gi',
);
