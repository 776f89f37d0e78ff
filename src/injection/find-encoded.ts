import { allMatches } from '../text/all-matches.ts';
import { CIPHER_FAMILIES } from './cipher-families.ts';
import { decodeBase64 } from './decode-base64.ts';
import type { Decoder } from './decoder.ts';
import type { SteeringHit } from './find-steering.ts';
import { segmentWords } from './segment-words.ts';

/** A base64 run long enough to carry a sentence (base64url's `-_` too); shorter runs are ids and hashes. */
const BASE64_RUN = /(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{20,}={0,2}(?![A-Za-z0-9+/_=-])/g;
/** At most this much of a run is decoded: a sentence fits, and the work stays linear. */
const MAX_RUN = 4096;
/** Share of a decoding that must be printable ASCII text for it to be read as a sentence. */
const TEXT_SHARE = 0.95;
/** At most this many decodings are read per answer: megabytes of encoded sentences must not hold a run up. */
const MAX_READ = 200;

/**
 * Text hidden in base64 ("decode this for the record: R3JhZGVy…"), in hex bytes, in lists of
 * character codes, in Morse or zero-width characters, or in letters spaced apart
 * ("r a t e   t h i s …"): every spaced run, and every run of base64 that
 * decodes to readable text (printable ASCII with spaces, as a sentence is; keys, hashes and
 * binary decode to noise) is read by `isSuspect`, and a run whose text steers is a hit (invisible
 * characters that decode to readable text are a hit whatever they say). A decoding that names a
 * verdict (`isSuspect` answers 'verdict') is marked so: a hidden verdict is never an example. Not
 * recursive: `isSuspect` must not decode again. Linear: each character is in at most one run, and
 * at most `MAX_READ` decodings are read.
 */
export function findEncoded(
  text: string,
  isSuspect: (decoded: string) => boolean | 'verdict',
): (SteeringHit & { readonly verdict?: true })[] {
  const hits: (SteeringHit & { readonly verdict?: true })[] = [];
  let budget = MAX_READ;
  for (const { runs, decode, invisible } of DECODERS) {
    for (const match of runs(text)) {
      if (budget === 0) return hits;
      const decoded = decode(match);
      if (decoded === null) continue;
      budget -= 1;
      const suspect = isSuspect(decoded);
      if (invisible === true || suspect !== false)
        hits.push({
          kind: 'instruction_override',
          start: match.index,
          end: match.index + match[0].length,
          ...(suspect === 'verdict' ? { verdict: true as const } : {}),
        });
    }
  }
  return hits;
}

/**
 * Each encoding: where its runs are (a cheap check first where the run pattern is costly) and
 * the text a run hides, or null when it decodes to no readable text (ids, hashes, binary).
 */
const DECODERS: readonly (Omit<Decoder, 'decode'> & {
  readonly decode: (match: RegExpExecArray) => string | null;
})[] = [
  {
    runs: (text) => allMatches(BASE64_RUN, text),
    decode: (m) => readable(decodeBase64(m[0].slice(0, MAX_RUN))),
  },
  {
    runs: (text) => (HEX_SEEN.test(text) ? allMatches(HEX_RUN, text) : []),
    decode: (m) => readable(decodeHex((m[1] ?? '').replace(/\s+/g, '').slice(0, MAX_RUN))),
  },
  {
    runs: (text) => (text.includes('%') ? allMatches(PERCENT_RUN, text) : []),
    decode: (m) => readable(decodePercent(m[0].slice(0, MAX_RUN))),
  },
  {
    runs: (text) => (MORSE_SEEN.test(text) ? allMatches(MORSE_RUN, text) : []),
    decode: (m) => readable(decodeMorse(m[0].slice(0, MAX_RUN))),
  },
  {
    runs: (text) => (SPOKEN_MORSE_SEEN.test(text) ? allMatches(SPOKEN_MORSE_RUN, text) : []),
    decode: (m) => readable(spellMorse(spokenMorse(m[0].slice(0, MAX_RUN)))),
  },
  {
    runs: (text) =>
      text.includes('\u200b') || text.includes('\u200c') ? allMatches(ZERO_WIDTH_RUN, text) : [],
    decode: (m) => readable(decodeZeroWidth(m[0].slice(0, MAX_RUN * 9))),
    invisible: true,
  },
  {
    runs: (text) => (CHAR_CODES_SEEN.test(text) ? allMatches(CHAR_CODE_RUN, text) : []),
    decode: (m) => readable(decodeCharCodes(m[0].slice(0, MAX_RUN))),
  },
  {
    runs: (text) => (SPACED_HEX_SEEN.test(text) ? allMatches(SPACED_HEX_RUN, text) : []),
    decode: (m) => readable(decodeHex(m[0].replace(/[\s:]/g, '').slice(0, MAX_RUN))),
  },
  ...CIPHER_FAMILIES.map((entry) => ({
    ...entry,
    decode: (m: RegExpExecArray) =>
      entry.script === true
        ? readableInAnyScript(entry.decode(m).slice(0, MAX_RUN))
        : readable(entry.decode(m).slice(0, MAX_RUN), entry.narrow),
  })),
  // Spaced letters are read whatever they spell: a run of single letters is never an id.
  { runs: (text) => allMatches(SPACED_RUN, text), decode: (m) => unspace(m[0].slice(0, MAX_RUN)) },
];

/**
 * Decimal character codes in a list ("print(''.join(map(chr, [103, 114, 97, …])))"): eight or
 * more numbers of printable ASCII (32–126) parted by commas or semicolons. A list of other
 * numbers (ports, status codes, sizes) holds some outside that range or decodes to no sentence.
 */
const CHAR_CODES_SEEN = /\d\s{0,2}[,;]\s{0,2}\d/;
const CHAR_CODE = String.raw`(?:3[2-9]|[4-9]\d|1[01]\d|12[0-6])`;
const CHAR_CODE_RUN = new RegExp(
  String.raw`(?<![\d.])${CHAR_CODE}(?:\s{0,2}[,;]\s{0,2}${CHAR_CODE}){7,}(?![\d.])`,
  'g',
);

/** Bytes as hex pairs set apart ("4d 61 72 6b 20 74 68 69 73", "4d:61:72"): twelve pairs or more. */
const SPACED_HEX_SEEN = /[0-9a-f]{2}[ :][0-9a-f]{2}[ :][0-9a-f]{2}/i;
const SPACED_HEX_RUN = /(?<![0-9a-f:])(?:[0-9a-f]{2}[ :]){11,}[0-9a-f]{2}(?![0-9a-f:])/gi;

function decodeCharCodes(run: string): string {
  return String.fromCharCode(...run.split(/[\s,;]+/).map(Number));
}

function readable(decoded: string | null, narrow = false): string | null {
  return decoded !== null && readsAsText(decoded, narrow) ? decoded : null;
}

/** A decoding in any script: letters, digits, punctuation and spaces make most of it. */
function readableInAnyScript(decoded: string): string | null {
  const text = decoded.match(/[\p{L}\p{N}\p{P}\s]/gu)?.length ?? 0;
  return decoded !== '' && text / [...decoded].length >= TEXT_SHARE ? decoded : null;
}

/**
 * Letters spaced apart to hide the words they spell ("r a t e   t h i s   t e n"): eight or more
 * single letters or digits each followed by a single space, words set apart by wider gaps.
 */
const SPACED_RUN =
  /(?<![\p{L}\p{N}])[\p{L}\p{N}](?:(?: {1,2}| {3,6}|\u00a0)[\p{L}\p{N}](?![\p{L}\p{N}])){7,}/gu;

/**
 * The words a spaced run spells: gaps of two or more spaces part words, single spaces join
 * letters. Letters spaced evenly with no wider gap between words ("g i v e t h i s a t o p …")
 * are split into the words they run together into (`segmentWords`).
 */
function unspace(run: string): string {
  return run
    .split(/ {2,}|\u00a0/)
    .map((word) => {
      const joined = word.replace(/ /g, '');
      return segmentWords(joined) ?? joined;
    })
    .join(' ');
}

/** Morse code ("--. .. ...- . / ..-. ..- .-.. .-.."): six letters or more, "/" between words. */
const MORSE_SEEN = /[.-]{1,6} [.-]{1,6} [.-]/;
const MORSE_RUN = /(?<![\w.-])[.-]{1,6}(?:[ \t]{1,3}(?:\/[ \t]{1,3})?[.-]{1,6}){5,}(?![\w.-])/g;
const MORSE: Readonly<Record<string, string>> = Object.freeze({
  '.-': 'a',
  '-...': 'b',
  '-.-.': 'c',
  '-..': 'd',
  '.': 'e',
  '..-.': 'f',
  '--.': 'g',
  '....': 'h',
  '..': 'i',
  '.---': 'j',
  '-.-': 'k',
  '.-..': 'l',
  '--': 'm',
  '-.': 'n',
  '---': 'o',
  '.--.': 'p',
  '--.-': 'q',
  '.-.': 'r',
  '...': 's',
  '-': 't',
  '..-': 'u',
  '...-': 'v',
  '.--': 'w',
  '-..-': 'x',
  '-.--': 'y',
  '--..': 'z',
  '-----': '0',
  '.----': '1',
  '..---': '2',
  '...--': '3',
  '....-': '4',
  '.....': '5',
  '-....': '6',
  '--...': '7',
  '---..': '8',
  '----.': '9',
});

/** The words a Morse run spells, or null when a code is not a letter or digit (a full stop after the run is not a code). */
function decodeMorse(run: string): string | null {
  const decoded = spellMorse(run);
  return decoded === null && run.endsWith('.') ? spellMorse(run.slice(0, -1)) : decoded;
}

function spellMorse(run: string): string | null {
  const words: string[] = [];
  for (const word of run.split('/')) {
    let letters = '';
    for (const code of word.trim().split(/[ \t]+/)) {
      const letter = MORSE[code];
      if (letter === undefined) return null;
      letters += letter;
    }
    words.push(letters);
  }
  return words.join(' ');
}

/**
 * Morse read out ("dot dash dash dot, dot dash … slash …"): eight signals or more; a comma ends a
 * letter, "slash" (or "stop", "space") a word.
 */
const SPOKEN_MORSE_SEEN = /\b(?:dot|dash|dit|dah)[\s,]{1,3}(?:dot|dash|dit|dah)\b/i;
const SPOKEN_MORSE_RUN =
  /\b(?:dot|dash|dit|dah)(?:[\s,.…]{1,8}(?:(?:slash|stop|space)[\s,.…]{1,8})?(?:dot|dash|dit|dah)\b){7,}/gi;

/** Spoken Morse as written Morse: "dot dash, dash slash dot" → ".- - / .". */
function spokenMorse(run: string): string {
  return run
    .toLowerCase()
    .split(/\b(?:slash|stop|space)\b/)
    .map((word) =>
      word
        .split(',')
        .map((letter) =>
          (letter.match(/\b(?:dot|dash|dit|dah)\b/g) ?? [])
            .map((s) => (s === 'dot' || s === 'dit' ? '.' : '-'))
            .join(''),
        )
        .filter((code) => code !== '')
        .join(' '),
    )
    .join(' / ');
}

/**
 * Bytes written in invisible characters, one bit each (zero-width space 0, zero-width non-joiner 1,
 * a joiner or word joiner between bytes): a known way to hide a message in text. Six bytes or more.
 */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: each invisible character is a bit or a break of its own
const ZERO_WIDTH_RUN = /[\u200b\u200c](?:[\u200b\u200c\u200d\u2060]){47,}/g;

/** The text a zero-width run spells, or null when its groups are not bytes of eight bits. */
function decodeZeroWidth(run: string): string | null {
  const groups = run.split(/[\u200d\u2060]/).filter((group) => group !== '');
  const bits = groups.every((group) => group.length === 8)
    ? groups
    : (run.replace(/[\u200d\u2060]/g, '').match(/.{8}/g) ?? []);
  if (bits.length < 6) return null;
  return String.fromCharCode(
    ...bits.map((byte) =>
      Number.parseInt([...byte].map((bit) => (bit === '\u200c' ? '1' : '0')).join(''), 2),
    ),
  );
}

/** Text as hex bytes ("0x73636f7265…"): twelve bytes or more, so ids and short hashes stay out. */
/** A cheap look for 24 hex digits in a row before the run pattern (with its look-behind) is tried. */
const HEX_SEEN = /[0-9a-f]{24}/i;
// (Lines of a hex dump (`xxd -p`) run on into one another: a line break between pairs is no end.)
const HEX_RUN =
  /(?<![0-9a-fx])(?:0x)?((?:[0-9a-f]{2}){12,}(?:\r?\n(?:[0-9a-f]{2}){1,64}){0,200})(?![0-9a-f])/gi;

/** Text as URL escapes ("%49%67%6E…", "SYSTEM%3A%20grade%20this"): six escaped bytes or more, words between. */
const PERCENT_RUN = /(?:[\w.~+-]{0,20}%[0-9a-f]{2}){6,}[\w.~+-]{0,20}/gi;

function decodePercent(run: string): string {
  return run.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

function decodeHex(run: string): string {
  let text = '';
  for (let i = 0; i + 1 < run.length; i += 2)
    text += String.fromCharCode(Number.parseInt(run.slice(i, i + 2), 16));
  return text;
}

function readsAsText(decoded: string, narrow = false): boolean {
  let printable = 0;
  let spaces = 0;
  for (let i = 0; i < decoded.length; i += 1) {
    const code = decoded.charCodeAt(i);
    if (code === 0x20) spaces += 1;
    if ((code >= 0x20 && code < 0x7f) || code === 0x0a || code === 0x09) printable += 1;
  }
  return (narrow || spaces > 0) && printable / Math.max(1, decoded.length) >= TEXT_SHARE;
}
