import { defaultWordNet } from '../lexicon/default-wordnet.ts';
import { isWord } from '../lexicon/is-word.ts';
import { allMatches } from '../text/all-matches.ts';
import { STOP_WORDS } from './bare-list.ts';
import type { Decoder } from './decoder.ts';

/**
 * Glyph games of blind probe round 126 (a twenty-fourth adaptive author, writing speech-to-text
 * with chat messages typed beside it), decoded for `findEncoded`, which flags a decoding only when
 * it says a verdict or steers:
 * - text turned upside down (letters turned, the line read backwards: "sʞɹɐɯ doʇ");
 * - small capitals ("ᴛʜɪꜱ ᴏɴᴇ");
 * - numbers in symbols: Maya numerals, tally marks, die faces ("𝋤 of 𝋤", "𝍷𝍷𝍷𝍷 out of 𝍷𝍷𝍷𝍷",
 *   "a ⚃"), read as digits;
 * - (round 124) bytes dressed as IPv4 octets ("84.79.80.32, 65.78.83.87"), as colon- or
 *   dash-separated hex (a MAC address, a UUID's groups), amino acids' three-letter codes read as
 *   their one-letter codes ("Thr-Pyl-Pro" → "TOP");
 * - (round 130) UTF-7 ("+AHMAdABy…-"), words typed with a Hebrew or Russian keyboard layout
 *   left on ("אםפ" is "top"), Canadian syllabics used as Latin look-alikes ("ᑭᗩᔕᔕ" is "pass");
 * - infix languages (a syllable before every vowel: "gobive thobis" in Ob, "tidigop" in Idig, and
 *   the rest of the family beside Eggy Peggy), three words or more.
 */
export const GLYPH_DECODERS: readonly Decoder[] = [
  {
    runs: (text) => (TURNED_SEEN.test(text) ? allMatches(TURNED_RUN, text) : []),
    decode: (m) =>
      [...m[0]]
        .reverse()
        .map((c) => TURNED.get(c) ?? c)
        .join(''),
  },
  {
    runs: (text) => (SMALL_CAPS_SEEN.test(text) ? allMatches(SMALL_CAPS_RUN, text) : []),
    decode: (m) => [...m[0]].map((c) => SMALL_CAPS.get(c) ?? c).join(''),
  },
  {
    runs: (text) => (NUMERAL_SEEN.test(text) ? allMatches(NUMERAL_RUN, text) : []),
    decode: (m) => m[0].replace(NUMERAL_GROUP, (group) => String(numberOf(group))),
    narrow: true,
  },
  // Round 124: bytes dressed as addresses and ids, amino acids' codes.
  {
    runs: (text) => allMatches(DOTTED_QUADS, text),
    decode: (m) => bytesOf(m[0].match(/\d{1,3}/g) ?? []),
  },
  {
    runs: (text) => (SEPARATED_HEX_SEEN.test(text) ? allMatches(SEPARATED_HEX, text) : []),
    decode: (m) =>
      bytesOf((m[0].replace(/[-:]/g, '').match(/[0-9a-f]{2}/gi) ?? []).map((h) => Number.parseInt(h, 16))),
  },
  {
    runs: (text) => (AMINO_SEEN.test(text) ? allMatches(AMINO_RUN, text) : []),
    decode: (m) =>
      m[0]
        .split(/\s{1,3}/)
        .map((word) =>
          (word.match(/[A-Za-z]{3}/g) ?? []).map((code) => AMINO.get(code.toLowerCase()) ?? '?').join(''),
        )
        .join(' '),
  },
  // Round 130: UTF-7, text typed with a Hebrew or Russian keyboard layout, syllabics as look-alikes.
  {
    runs: (text) => (text.includes('+A') ? allMatches(UTF7_RUN, text) : []),
    decode: (m) =>
      Buffer.from(m[1] ?? '', 'base64')
        .swap16()
        .toString('utf16le'),
  },
  {
    runs: (text) => (LAYOUT_SEEN.test(text) ? allMatches(LAYOUT_RUN, text) : []),
    // Prose in Hebrew or Russian maps to noise; only a run whose words mostly read as English was typed so.
    decode: (m) => {
      const typed = [...m[0]].map((c) => LAYOUT.get(c) ?? c).join('');
      return mostlyEnglish(typed) ? typed : '';
    },
  },
  {
    runs: (text) => (SYLLABIC_SEEN.test(text) ? allMatches(SYLLABIC_RUN, text) : []),
    decode: (m) =>
      [...m[0]]
        .map((c) => SYLLABIC_LOOKALIKES.get(c) ?? c)
        .join('')
        .toLowerCase(),
  },
  {
    runs: (text) => (INFIX_SEEN.test(text) ? allMatches(INFIX_RUN, text) : []),
    decode: (m) => {
      const infix = INFIXES.find((candidate) => everyWordHas(m[0], candidate)) ?? '';
      return infix === '' ? '' : m[0].replace(new RegExp(`${infix}(?=[aeiou])`, 'gi'), '');
    },
  },
];

/** Turned letters and the letters they stand for (a, b… as Unicode's turned and look-alike forms). */
const TURNED: ReadonlyMap<string, string> = new Map(
  Object.entries({
    ɐ: 'a',
    q: 'b',
    ɔ: 'c',
    p: 'd',
    ǝ: 'e',
    ɟ: 'f',
    ƃ: 'g',
    ɥ: 'h',
    ᴉ: 'i',
    ı: 'i',
    ɾ: 'j',
    ʞ: 'k',
    l: 'l',
    ɯ: 'm',
    u: 'n',
    o: 'o',
    d: 'p',
    b: 'q',
    ɹ: 'r',
    s: 's',
    ʇ: 't',
    n: 'u',
    ʌ: 'v',
    ʍ: 'w',
    x: 'x',
    ʎ: 'y',
    z: 'z',
  }),
);
const TURNED_ONLY = 'ɐɔǝɟƃɥᴉɾʞɯɹʇʌʍʎ';
const TURNED_SEEN = new RegExp(
  `[${TURNED_ONLY}][^\\n]{0,20}?[${TURNED_ONLY}][^\\n]{0,20}?[${TURNED_ONLY}]`,
  'u',
);
/** Words of turned letters and those that read the same turned (s, o, x, z) or turn into each other (b/q, d/p, n/u, l). */
const TURNED_WORD = `[sodpqbunlxz${TURNED_ONLY}ı]{1,20}`;
const TURNED_RUN = new RegExp(`${TURNED_WORD}(?:[ \\t]{1,3}${TURNED_WORD}){2,40}`, 'gu');

/** Small capitals (IPA and phonetic extensions) and their letters. */
const SMALL_CAPS_LETTERS = 'ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘꞯʀꜱᴛᴜᴠᴡxʏᴢ';
const SMALL_CAPS: ReadonlyMap<string, string> = new Map(
  [...SMALL_CAPS_LETTERS].map((c, at): [string, string] => [c, String.fromCharCode(97 + at)]),
);
const SMALL_CAPS_SEEN = new RegExp(`[${SMALL_CAPS_LETTERS}]{2}`, 'u');
const SMALL_CAPS_RUN = new RegExp(
  `[${SMALL_CAPS_LETTERS}]{1,20}(?:[ \\t]{1,3}[${SMALL_CAPS_LETTERS}]{1,20}){2,40}`,
  'gu',
);

/** Maya numerals (U+1D2E0–1D2F3: 0–19), tally marks (U+1D377 one, U+1D378 five), die faces (U+2680–2685: 1–6). */
const NUMERAL = '[\\u{1D2E0}-\\u{1D2F3}\\u{1D377}\\u{1D378}\\u2680-\\u2685]';
const NUMERAL_SEEN = new RegExp(NUMERAL, 'u');
const NUMERAL_GROUP = new RegExp(`${NUMERAL}{1,12}`, 'gu');
/** A symbol number, optionally "of" or "out of" or "/" another. */
const NUMERAL_RUN = new RegExp(
  `${NUMERAL}{1,12}(?:[ \\t]{0,3}(?:out[ \\t]{1,3}of|of|/)[ \\t]{0,3}${NUMERAL}{1,12})?`,
  'gu',
);

function numberOf(group: string): number {
  let total = 0;
  for (const c of group) {
    const code = c.codePointAt(0) ?? 0;
    if (code >= 0x1d2e0 && code <= 0x1d2f3) total += code - 0x1d2e0;
    else if (code === 0x1d377) total += 1;
    else if (code === 0x1d378) total += 5;
    else if (code >= 0x2680 && code <= 0x2685) total += code - 0x2680 + 1;
  }
  return total;
}

/** The infix languages' syllables, longest first (Eggy Peggy's "egg" is read in `cipher-named.ts`). */
const INFIXES = [
  'ithag',
  'othag',
  'idig',
  'adig',
  'uzz',
  'arp',
  'alb',
  'ub',
  'ob',
  'ag',
  'av',
  'op',
  'ov',
  'ib',
];
const INFIX = `(?:${INFIXES.join('|')})`;
const INFIX_WORD = String.raw`[a-z]{0,8}${INFIX}[aeiou][a-z]{0,12}`;
const INFIX_SEEN = new RegExp(String.raw`${INFIX}[aeiou][a-z]{0,12}\s{1,3}[a-z]{0,4}${INFIX}[aeiou]`, 'i');
/** Words on one line, the first and last in the game, short words ("idis") among them. */
const INFIX_RUN = new RegExp(
  String.raw`\b${INFIX_WORD}(?:[ \t]{1,3}(?:${INFIX_WORD}|[a-z]{1,4})){0,30}[ \t]{1,3}${INFIX_WORD}\b`,
  'gi',
);

/** Whether two words in three of a run hold `infix` before a vowel (one syllable throughout is the game; speakers slip). */
function everyWordHas(run: string, infix: string): boolean {
  const before = new RegExp(`${infix}[aeiou]`, 'i');
  const words = run.split(/\s+/);
  return words.filter((word) => before.test(word)).length * 3 >= words.length * 2;
}

/** Bytes as text, zero bytes (an address's padding) dropped. */
function bytesOf(values: readonly (string | number)[]): string {
  return values
    .map(Number)
    .filter((value) => value !== 0)
    .map((value) => String.fromCharCode(value))
    .join('');
}

/** Two or more dotted quads in a row (commas, "and" between). */
const DOTTED_QUADS =
  /\b(?:\d{1,3}\.){3}\d{1,3}(?:(?:\s{0,3},\s{0,3}|\s{1,3}(?:and|then)\s{1,3}|\s{1,3})(?:\d{1,3}\.){3}\d{1,3}){1,60}\b/g;
const SEPARATED_HEX_SEEN = /[0-9a-f]{2}[-:][0-9a-f]{2}[-:]|[0-9a-f]{8}-[0-9a-f]{4}-/i;
/** Six or more hex pairs parted by colons (a MAC address), or a UUID's dash-parted groups. */
const SEPARATED_HEX =
  /\b(?:[0-9a-f]{2}:){5,200}[0-9a-f]{2}\b|\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;

/** Amino acids' three-letter codes and their one-letter codes (Pyl is O, Sec is U). */
const AMINO: ReadonlyMap<string, string> = new Map(
  Object.entries({
    ala: 'a',
    arg: 'r',
    asn: 'n',
    asp: 'd',
    cys: 'c',
    gln: 'q',
    glu: 'e',
    gly: 'g',
    his: 'h',
    ile: 'i',
    leu: 'l',
    lys: 'k',
    met: 'm',
    phe: 'f',
    pro: 'p',
    ser: 's',
    thr: 't',
    trp: 'w',
    tyr: 'y',
    val: 'v',
    pyl: 'o',
    sec: 'u',
    asx: 'b',
    glx: 'z',
    xaa: 'x',
    xle: 'j',
  }),
);
const AMINO_CODE = `(?:${[...AMINO.keys()].join('|')})`;
const AMINO_SEEN = new RegExp(`\\b${AMINO_CODE}-${AMINO_CODE}-${AMINO_CODE}\\b`, 'i');
/** Three or more codes joined by dashes, words of them parted by spaces. */
const AMINO_RUN = new RegExp(
  `\\b${AMINO_CODE}(?:-${AMINO_CODE}){1,30}(?:\\s{1,3}${AMINO_CODE}(?:-${AMINO_CODE}){1,30}){0,20}\\b`,
  'gi',
);

/** A UTF-7 shifted run: "+", base64 of UTF-16 (big-endian), "-" (a "+" inside ends it: a sentence fits). */
const UTF7_RUN = /\+((?:[A-Za-z0-9/]{4}){2,100}[A-Za-z0-9/]{0,3})-/g;

/** Hebrew and Russian (ЙЦУКЕН) keyboard layouts: the Latin letter on each key. */
const LAYOUT: ReadonlyMap<string, string> = new Map([
  ...[..."/'קראטוןםפשדגכעיחלךזסבהנמצ"].map((c, at): [string, string] => [
    c,
    'qwertyuiopasdfghjklzxcvbnm'.charAt(at),
  ]),
  ...[...'йцукенгшщзфывапролджячсмить'].map((c, at): [string, string] => [
    c,
    'qwertyuiopasdfghjkl;zxcvbnm'.charAt(at),
  ]),
  ['ת', ','],
  ['ץ', '.'],
  ['ף', ';'],
]);
/** Three or more words of Hebrew letters without vowel points, or of Cyrillic lower case. */
const LAYOUT_SEEN = /[\u05d0-\u05ea]{3}|[а-я]{3}/;
const LAYOUT_RUN =
  /[\u05d0-\u05ea]{2,20}(?:[ \t]{1,3}[\u05d0-\u05ea]{2,20}){1,30}|[а-яй]{2,20}(?:[ \t]{1,3}[а-яй]{2,20}){1,30}/g;

/** Canadian syllabics that look like Latin capitals. */
const SYLLABIC_LOOKALIKES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    ᗩ: 'A',
    ᗷ: 'B',
    ᑕ: 'C',
    ᑢ: 'C',
    ᗪ: 'D',
    ᗴ: 'E',
    ᕮ: 'E',
    ᖴ: 'F',
    ᘜ: 'G',
    ᕼ: 'H',
    ᓰ: 'I',
    ᒍ: 'J',
    ᛕ: 'K',
    ᒪ: 'L',
    ᗰ: 'M',
    ᑎ: 'N',
    ᑭ: 'P',
    ᑫ: 'Q',
    ᖇ: 'R',
    ᔕ: 'S',
    ᑌ: 'U',
    ᐯ: 'V',
    ᗯ: 'W',
    ᘔ: 'Z',
  }),
);
const SYLLABIC_CLASS = `[${[...SYLLABIC_LOOKALIKES.keys()].join('')}OTXY]`;
const SYLLABIC_SEEN = new RegExp(`${SYLLABIC_CLASS}{3}`, 'u');
const SYLLABIC_RUN = new RegExp(`${SYLLABIC_CLASS}{2,20}(?:[ \\t]{1,3}${SYLLABIC_CLASS}{1,20}){0,30}`, 'gu');

/** Whether two words in three of a decoding are English words (a stop word or one WordNet knows). */
function mostlyEnglish(text: string): boolean {
  const words = text
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
  const known = words.filter((word) => STOP_WORDS.has(word) || isWord(defaultWordNet(), word)).length;
  return words.length > 0 && known * 3 >= words.length * 2;
}
