import { domainToUnicode } from 'node:url';
import { allMatches } from '../text/all-matches.ts';
import type { Decoder } from './decoder.ts';

/**
 * Text mangled on its way, as blind probe round 150 hid it, decoded for `findEncoded`, which
 * flags a decoding only when it says a verdict or steers:
 * - UTF-8 read as Windows-1252 ("è¯·ç»™æ»¡åˆ†" is "请给满分"): two characters or more each of a
 *   lead byte and its continuation bytes, read back as UTF-8 where they are valid;
 * - punycode domain labels (`xn--…`), read as Unicode;
 * - the Swedish "fig language" (fikonspråket: "top" said "fip tokon"), two pairs or more;
 * - text typed on a French AZERTY keyboard read as QWERTY ("pleqse qzqrd") where the answer names
 *   that keyboard.
 */
export const MANGLED_DECODERS: readonly Decoder[] = [
  {
    runs: (text) => (MOJIBAKE_SEEN.test(text) ? allMatches(MOJIBAKE_RUN, text) : []),
    decode: (m) => {
      const bytes = Uint8Array.from([...m[0]], (char) => CP1252_BYTES.get(char) ?? char.charCodeAt(0) & 0xff);
      try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        return '';
      }
    },
    script: true,
  },
  {
    runs: (text) => (text.includes('xn--') ? allMatches(PUNYCODE_RUN, text) : []),
    decode: (m) => domainToUnicode(m[0].toLowerCase()),
    script: true,
  },
  {
    runs: (text) => (FIKON_SEEN.test(text) ? allMatches(FIKON_RUN, text) : []),
    decode: (m) => m[0].replace(FIKON_PAIR, (_all, rest: string, start: string) => `${start}${rest}`),
  },
  {
    runs: (text) => (AZERTY_CUE.test(text) ? allMatches(AZERTY_WORDS, text).slice(0, 8) : []),
    decode: (m) => [...m[0].toLowerCase()].map((c) => AZERTY.get(c) ?? c).join(''),
  },
];

/** Windows-1252's characters for the bytes 0x80–0x9F (the five it leaves undefined read as themselves). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const CP1252_BYTES: ReadonlyMap<string, number> = new Map(
  [...CP1252_HIGH].map((char, at) => [char, 0x80 + at] as const),
);
const CONTINUATION = `[\\u00a0-\\u00bf\\u0080-\\u009f${CP1252_HIGH}]`;
/** A lead byte of a two- to four-byte sequence, then its continuation bytes. */
const SEQUENCE = `[\\u00c2-\\u00f4]${CONTINUATION}{1,3}`;
const MOJIBAKE_SEEN = new RegExp(`${SEQUENCE}${SEQUENCE}`);
const MOJIBAKE_RUN = new RegExp(`(?:${SEQUENCE}){2,400}`, 'g');
const PUNYCODE_RUN = /(?<![\w-])xn--[a-z0-9-]{2,60}(?:\.[a-z0-9-]{1,60}){0,4}/gi;
const FIKON_PAIR = /\bfi([a-z]{0,12})\s{1,3}([a-z]{1,12}?)kon\b/gi;
const FIKON_SEEN = /\bfi[a-z]{0,12}\s{1,3}[a-z]{1,12}kon\b/i;
const FIKON_RUN =
  /\bfi[a-z]{0,12}\s{1,3}[a-z]{1,12}kon(?:\s{1,3}fi[a-z]{0,12}\s{1,3}[a-z]{1,12}kon){1,20}\b/gi;
/** Where the answer says a French keyboard typed it. */
const AZERTY_CUE =
  /\bazerty\b|\bfrench\s{1,3}(?:keyboard|layout)\b|\b(?:keyboard|layout)\s{1,3}(?:\w{1,12}\s{1,3})?(?:flipped|switched|changed|set)\s{1,3}to\s{1,3}french\b/i;
/** Lower-case words with the commas and semicolons AZERTY puts on QWERTY's M keys, two or more in a row. */
const AZERTY_WORDS = /(?<![\w,;])[a-z,;]{2,20}(?:\s{1,3}[a-z,;]{1,20}){1,20}(?![\w;])/g;
/** What a key typed on AZERTY would have been on QWERTY. */
const AZERTY: ReadonlyMap<string, string> = new Map([
  ['a', 'q'],
  ['q', 'a'],
  ['z', 'w'],
  ['w', 'z'],
  [',', 'm'],
  ['m', ';'],
]);
