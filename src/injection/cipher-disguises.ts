import { defaultWordNet } from '../lexicon/default-wordnet.ts';
import { isWord } from '../lexicon/is-word.ts';
import { allMatches } from '../text/all-matches.ts';
import { STOP_WORDS } from './bare-list.ts';
import type { Decoder } from './decoder.ts';

/**
 * Text dressed as something else, of blind probe rounds 124 and 130, decoded for `findEncoded`,
 * which flags a decoding only when it says a verdict or steers:
 * - bytes dressed as IPv4 octets ("84.79.80.32, 65.78.83.87"), as colon- or dash-separated hex (a
 *   MAC address, a UUID's groups), amino acids' three-letter codes read as their one-letter codes
 *   ("Thr-Pyl-Pro" → "TOP");
 * - UTF-7 ("+AHMAdABy…-"), words typed with a Hebrew or Russian keyboard layout left on ("אםפ" is
 *   "top"; read only when the result is mostly English), Canadian syllabics used as Latin
 *   look-alikes ("ᑭᗩᔕᔕ" is "pass").
 */
export const DISGUISE_DECODERS: readonly Decoder[] = [
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
    runs: (text) =>
      SYLLABIC_SEEN.test(text) ? allMatches(SYLLABIC_RUN, text).filter((m) => HAS_SYLLABIC.test(m[0])) : [],
    decode: (m) =>
      [...m[0]]
        .map((c) => SYLLABIC_LOOKALIKES.get(c) ?? c)
        .join('')
        .toLowerCase(),
  },
];

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
const SYLLABICS = `[${[...SYLLABIC_LOOKALIKES.keys()].join('')}]`;
/** Look-alikes with Latin capitals among them ("ᔕTᖇOᑎᘜ", round 134): a run needs one look-alike. */
const SYLLABIC_CLASS = `[${[...SYLLABIC_LOOKALIKES.keys()].join('')}A-Z]`;
const SYLLABIC_SEEN = new RegExp(`${SYLLABICS}${SYLLABIC_CLASS}{2}|${SYLLABIC_CLASS}${SYLLABICS}`, 'u');
const HAS_SYLLABIC = new RegExp(SYLLABICS, 'u');
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
