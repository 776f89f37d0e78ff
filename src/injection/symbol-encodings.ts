import { allMatches } from '../text/all-matches.ts';
import type { Decoder } from './decoder.ts';

/**
 * Text written in symbols that each stand for a letter or a byte, decoded for `findEncoded`
 * (which reads only what decodes to readable text):
 * - bytes in binary ("01010010 01000001 …"): six or more groups of eight bits set apart by
 *   spaces (a bit mask or a register dump is one or two groups);
 * - Braille letters (U+2801–U+283F, grade 1: "⠎⠞⠗⠕⠝⠛ ⠓⠊⠗⠑"), four or more;
 * - regional-indicator letters (U+1F1E6–U+1F1FF), which pair into flags but spell words when
 *   strung on ("🇸🇹🇷🇴🇳🇬 🇭🇮🇷🇪"), six or more;
 * - Unicode tag characters (U+E0020–U+E007E), invisible, each standing for an ASCII character
 *   ("ASCII smuggling"): eight or more in a row (a flag emoji's tag sequence has fewer). Nobody
 *   sees them, so whatever readable text they carry is hidden (`invisible`);
 * - variation selectors (U+FE00–U+FE0F and U+E0100–U+E01EF), eight or more in a row after an
 *   emoji, each standing for a byte (probe round 100): as invisible as tag characters.
 */
export const SYMBOL_DECODERS: readonly Decoder[] = [
  {
    runs: (text) => (BINARY_SEEN.test(text) ? allMatches(BINARY_RUN, text) : []),
    decode: (m) =>
      m[0]
        .trim()
        .split(/[ \t]+/)
        .map((bits) => String.fromCharCode(Number.parseInt(bits, 2)))
        .join(''),
  },
  {
    runs: (text) => (BRAILLE_SEEN.test(text) ? allMatches(BRAILLE_RUN, text) : []),
    decode: (m) => [...m[0]].map((char) => BRAILLE[(char.codePointAt(0) ?? 0) - 0x2800] ?? char).join(''),
  },
  {
    runs: (text) => (INDICATOR_SEEN.test(text) ? allMatches(INDICATOR_RUN, text) : []),
    decode: (m) =>
      [...m[0]]
        .map((char) => {
          const code = char.codePointAt(0) ?? 0;
          return code >= 0x1f1e6 && code <= 0x1f1ff ? String.fromCharCode(code - 0x1f1e6 + 97) : char;
        })
        .join(''),
  },
  {
    runs: (text) => (text.includes('\uDB40') ? allMatches(TAG_RUN, text) : []),
    decode: (m) => {
      let text = '';
      for (const char of m[0]) text += String.fromCharCode((char.codePointAt(0) ?? 0xe0020) - 0xe0000);
      return text;
    },
    invisible: true,
  },
  {
    runs: (text) => (SELECTOR_SEEN.test(text) ? allMatches(SELECTOR_RUN, text) : []),
    decode: (m) => {
      let text = '';
      for (const char of m[0]) {
        const code = char.codePointAt(0) ?? 0xfe00;
        text += String.fromCharCode(code >= 0xe0100 ? code - 0xe0100 + 16 : code - 0xfe00);
      }
      return text;
    },
    invisible: true,
  },
];

/** Variation selectors, eight or more in a row: bytes smuggled after an emoji (one selector picks a glyph). */
const SELECTOR_SEEN = /[\u{e0100}-\u{e01ef}][\u{e0100}-\u{e01ef}\ufe00-\ufe0f]/u;
const SELECTOR_RUN = /[\u{e0100}-\u{e01ef}\ufe00-\ufe0f]{8,8192}/gu;
const TAG_RUN = /[\u{e0020}-\u{e007e}]{8,8192}/gu;

const BINARY_SEEN = /[01]{8}[ \t]{1,3}[01]{8}/;
const BINARY_RUN = /(?<![01])(?:[01]{8}[ \t]{1,3}){5,}[01]{8}(?![01])/g;

const BRAILLE_SEEN = /[\u2801-\u283f]{2}/;
const BRAILLE_RUN = /[\u2801-\u283f](?:[\u2801-\u283f]|[ \u2800](?=[\u2801-\u283f])){3,}/g;
/** Grade-1 Braille: the dot patterns of a–z by their offset from U+2800. */
const BRAILLE: Readonly<Record<number, string>> = Object.freeze(
  Object.fromEntries(
    [1, 3, 9, 25, 17, 11, 27, 19, 10, 26, 5, 7, 13, 29, 21, 15, 31, 23, 14, 30, 37, 39, 58, 45, 61, 53].map(
      (dots, index) => [dots, String.fromCharCode(97 + index)],
    ),
  ),
);

const INDICATOR_SEEN = /[\u{1f1e6}-\u{1f1ff}]{2}/u;
const INDICATOR_RUN = /[\u{1f1e6}-\u{1f1ff}](?:[\u{1f1e6}-\u{1f1ff}]| (?=[\u{1f1e6}-\u{1f1ff}])){5,}/gu;
