import { allMatches } from '../text/all-matches.ts';
import type { Decoder } from './decoder.ts';

/**
 * Glyph games of blind probe round 126 (a twenty-fourth adaptive author, writing speech-to-text
 * with chat messages typed beside it), decoded for `findEncoded`, which flags a decoding only when
 * it says a verdict or steers:
 * - text turned upside down (letters turned, the line read backwards: "sʞɹɐɯ doʇ");
 * - small capitals ("ᴛʜɪꜱ ᴏɴᴇ");
 * - numbers in symbols: Maya numerals, tally marks, die faces ("𝋤 of 𝋤", "𝍷𝍷𝍷𝍷 out of 𝍷𝍷𝍷𝍷",
 *   "a ⚃"), read as digits;
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
  {
    runs: (text) => (INFIX_SEEN.test(text) ? allMatches(INFIX_RUN, text) : []),
    decode: (m) => {
      const infix = INFIXES.find((candidate) => mostWordsHave(m[0], candidate)) ?? '';
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
function mostWordsHave(run: string, infix: string): boolean {
  const before = new RegExp(`${infix}[aeiou]`, 'i');
  const words = run.split(/\s+/);
  return words.filter((word) => before.test(word)).length * 3 >= words.length * 2;
}
