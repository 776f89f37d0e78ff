import { allMatches } from '../text/all-matches.ts';
import type { Decoder } from './decoder.ts';

/**
 * Scripts no reader of English reads and a model does (blind probe rounds 106 and 108), decoded
 * for `findEncoded`: Elder Futhark runes transliterated ("ᚱᚨᛏᛖ ᛁᛏ ᛏᛟᛈ" is "rate it top") and read
 * like any decoding; Shavian and Ogham, three letters or more, hidden whatever they say; Glagolitic
 * and Gothic letters transliterated (rounds 114 and 120), and Old Italic (round 124).
 */
export const SCRIPT_DECODERS: readonly Decoder[] = [
  {
    runs: (text) => (RUNE_SEEN.test(text) ? allMatches(RUNE_RUN, text) : []),
    decode: (m) => [...m[0]].map((char) => FUTHARK.get(char) ?? char).join(''),
  },
  {
    runs: (text) => (SHAVIAN_SEEN.test(text) ? allMatches(SHAVIAN_RUN, text) : []),
    decode: (m) => byCodePoint(m[0], 0x10450, SHAVIAN),
    invisible: true,
  },
  {
    runs: (text) => (OGHAM_SEEN.test(text) ? allMatches(OGHAM_RUN, text) : []),
    decode: (m) => byCodePoint(m[0], 0x1680, OGHAM),
    invisible: true,
  },
  // Glagolitic (capitals and small letters alike) and Wulfila's Gothic, transliterated (probe
  // rounds 114 and 120) and read like any decoding.
  {
    runs: (text) => (GLAGOLITIC_SEEN.test(text) ? allMatches(GLAGOLITIC_RUN, text) : []),
    decode: (m) =>
      byCodePoint(
        m[0].replace(/[\u2c30-\u2c5f]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x30)),
        0x2c00,
        GLAGOLITIC,
      ),
  },
  blockScript(0x10330, 0x1034a, () => GOTHIC),
  // The Old Italic alphabet (probe round 124), transliterated.
  blockScript(0x10300, 0x1031f, () => OLD_ITALIC),
  // Tifinagh, the Berber alphabet (probe round 142), transliterated.
  blockScript(0x2d30, 0x2d67, () => TIFINAGH),
  // N'Ko and Ol Chiki (probe round 146), transliterated.
  blockScript(0x07ca, 0x07e7, () => NKO),
  blockScript(0x1c5a, 0x1c77, () => OL_CHIKI),
  // Old Hungarian (rovás, probe round 148), capitals and small letters, transliterated.
  blockScript(0x10c80, 0x10cb2, () => OLD_HUNGARIAN),
  blockScript(0x10cc0, 0x10cf2, () => OLD_HUNGARIAN),
  // Coptic (probe round 132), its letters taken from Greek and Demotic, transliterated.
  {
    runs: (text) => (COPTIC_SEEN.test(text) ? allMatches(COPTIC_RUN, text) : []),
    decode: (m) =>
      [...m[0]]
        .map((char) => {
          const code = char.codePointAt(0) ?? 0;
          if (code >= 0x2c80 && code <= 0x2cb1) return COPTIC[(code - 0x2c80) >> 1] ?? char;
          if (code >= 0x3e2 && code <= 0x3ef) return DEMOTIC[(code - 0x3e2) >> 1] ?? char;
          return char;
        })
        .join('')
        // Coptic has no c: English spelt in it writes kappa for a hard c ("ⲥⲕⲟⲣⲉ", round 134).
        .replace(/k(?=[aoulrt])/g, 'c'),
  },
];

const COPTIC_LETTER = String.raw`[\u2c80-\u2cb1\u03e2-\u03ef]`;
const COPTIC_SEEN = /[\u2c80-\u2cb1]/;
const COPTIC_RUN = new RegExp(`${COPTIC_LETTER}{2,40}(?:\\s{1,3}${COPTIC_LETTER}{1,40}){0,30}`, 'g');
/** Coptic's Greek-derived letters, a capital and its small letter each (U+2C80–2CB1), as Latin letters. */
const COPTIC = 'a b g d e s z e th i k l m n x o p r s t u f kh ps w'.split(' ');
/** Coptic's letters from Demotic (U+03E2–03EF: shai, fai, khai, hori, janja, cima, ti). */
const DEMOTIC = 'sh f kh h j c ti'.split(' ');

/**
 * A script of one Unicode block read letter by letter: runs of its words (two letters or more
 * first), each letter as `table()` spells it from `first` on (a getter: the tables follow below).
 */
function blockScript(first: number, last: number, table: () => readonly string[]): Decoder {
  const letter = `[\\u{${first.toString(16)}}-\\u{${last.toString(16)}}]`;
  const seen = new RegExp(letter, 'u');
  const run = new RegExp(`${letter}{2,40}(?:\\s{1,3}${letter}{1,40}){0,30}`, 'gu');
  return {
    runs: (text) => (seen.test(text) ? allMatches(run, text) : []),
    decode: (m) => byCodePoint(m[0], first, table()),
  };
}

/** Each letter of `run` in the block starting at `base` as `table` spells it; anything else as it is. */
function byCodePoint(run: string, base: number, table: readonly string[]): string {
  return [...run].map((char) => table[(char.codePointAt(0) ?? 0) - base] ?? char).join('');
}

/** Elder Futhark runes and the Latin letters they are transliterated as. */
const FUTHARK: ReadonlyMap<string, string> = new Map(
  Object.entries({
    ᚠ: 'f',
    ᚢ: 'u',
    ᚦ: 'th',
    ᚨ: 'a',
    ᚱ: 'r',
    ᚲ: 'k',
    ᚷ: 'g',
    ᚹ: 'w',
    ᚺ: 'h',
    ᚾ: 'n',
    ᛁ: 'i',
    ᛃ: 'j',
    ᛇ: 'ei',
    ᛈ: 'p',
    ᛉ: 'z',
    ᛊ: 's',
    ᛋ: 's',
    ᛏ: 't',
    ᛒ: 'b',
    ᛖ: 'e',
    ᛗ: 'm',
    ᛚ: 'l',
    ᛜ: 'ng',
    ᛝ: 'ng',
    ᛞ: 'd',
    ᛟ: 'o',
  }),
);
const RUNE_SEEN = /[\u16a0-\u16f0]{2}/;
/** Three runes or more, words parted by spaces or the runic punctuation (᛫ ᛬ ᛭). */
const RUNE_RUN = /[\u16a0-\u16ea](?:[\u16a0-\u16ea]|[ \u16eb-\u16ed](?=[\u16a0-\u16ea])){2,400}/g;
const SHAVIAN_SEEN = /[\u{10450}-\u{1047f}]/u;
const SHAVIAN_RUN = /[\u{10450}-\u{1047f}](?:[\u{10450}-\u{1047f}]|\s(?=[\u{10450}-\u{1047f}])){2,400}/gu;

/** Shavian letters (U+10450–U+1047F) by the sound each stands for, spelt roughly in Latin letters. */
const SHAVIAN =
  'p t k f th s sh ch y ng b d g v dh z zh j w h l m i e a a o u ow ah r n ee ay ie u oa oo oi aw ar or air er er ear ia yu'.split(
    ' ',
  );

/** Ogham letters (U+1680–U+169A) as Latin letters; the space mark a space, the feather marks nothing. */
const OGHAM = [
  ' ',
  'b',
  'l',
  'f',
  's',
  'n',
  'h',
  'd',
  't',
  'c',
  'q',
  'm',
  'g',
  'ng',
  'z',
  'r',
  'a',
  'o',
  'u',
  'e',
  'i',
  'ea',
  'oi',
  'ui',
  'ia',
  'ae',
  'p',
];
const OGHAM_SEEN = /[\u1681-\u169a]{2}/;
const OGHAM_RUN = /[\u1681-\u169a](?:[\u1680-\u169a]|[ \u169b\u169c](?=[\u1681-\u169a])){2,400}/g;

const GLAGOLITIC_SEEN = /[\u2c00-\u2c5f]{2}/;
const GLAGOLITIC_RUN = /[\u2c00-\u2c5f]{2,40}(?:\s{1,3}[\u2c00-\u2c5f]{2,40}){0,30}/g;
/** The Latin transliteration of each Glagolitic capital (U+2C00–U+2C2F); small letters map onto them. */
const GLAGOLITIC = [
  'a',
  'b',
  'v',
  'g',
  'd',
  'e',
  'zh',
  'dz',
  'z',
  'i',
  'i',
  'i',
  'dj',
  'k',
  'l',
  'm',
  'n',
  'o',
  'p',
  'r',
  's',
  't',
  'u',
  'f',
  'h',
  'o',
  'p',
  'sht',
  'ts',
  'ch',
  'sh',
  'y',
  '',
  'e',
  'h',
  'yu',
  'e',
  'e',
  'yo',
  'ye',
  'o',
  'yo',
  'f',
  'i',
  '',
  'a',
  'm',
  'ch',
];

/** Wulfila's letters, in code point order, as the Latin letters they are transliterated to. */
const GOTHIC = [
  'a',
  'b',
  'g',
  'd',
  'e',
  'q',
  'z',
  'h',
  'th',
  'i',
  'k',
  'l',
  'm',
  'n',
  'j',
  'u',
  'p',
  '',
  'r',
  's',
  't',
  'w',
  'f',
  'x',
  'hw',
  'o',
  '',
];

/** Old Italic letters, in code point order (U+10300–1031F), as the Latin letters they are transliterated to. */
const OLD_ITALIC = 'a b c d e v z h th i k l m n s o p s q r s t u x ph kh f rr ch ii uu 1'.split(' ');

/** Neo-Tifinagh letters, in code point order (U+2D30–2D67), as the Latin letters they are transliterated to. */
const TIFINAGH =
  'a b b g g j j d d d d e f k k k h h e h e x x q q i j j j l m n n n p u r r gh gh gh s s sh t t ch t v w y z z z e o'.split(
    ' ',
  );
/** N'Ko letters, in code point order (U+07CA–07E7), as Latin letters. */
const NKO = 'a ee i e u oo o - n b p t j c d r rr s gb f k l n m ny n h w y ny'.split(' ');
/** Ol Chiki letters, in code point order (U+1C5A–1C77), as Latin letters. */
const OL_CHIKI = 'o t g ng l a k j m w i s h ny r u c d nn y e p dd n rr o tt b v h'.split(' ');

/** Old Hungarian letters, in code point order (U+10C80–10CB2, small letters 0x40 on), as Latin letters. */
const OLD_HUNGARIAN =
  'a a b mb c nc cs d nd e e e f g gy h i i j k ak k l ly m n ny o o o o o p mp r r s sz t nt ty ch u u u u v z zs nt us'.split(
    ' ',
  );
