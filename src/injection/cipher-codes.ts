import { allMatches } from '../text/all-matches.ts';
import type { Decoder } from './decoder.ts';
import { segmentWords } from './segment-words.ts';

/**
 * Codes of blind probe rounds 116 and 118, decoded for `findEncoded`, which flags a decoding only
 * when it says a verdict or steers: Unicode code points written out ("U+0074 U+0068 …"), an
 * autokey cipher with the primer the answer gives, tap code in dots, the "p" language ("topop
 * maparks") and its kin with v (the Hungarian bird language, "tovop mavarks", round 148), b or f, quoted-printable bytes ("=72=61=74=65"), five-bit telex code (ITA2); and round 120's:
 * Trithemius and bifid ciphers (where named; round 122's progressive shift where told), a Brainfuck program's output (the Gothic alphabet is
 * in `cipher-scripts.ts`).
 */
export const CODE_DECODERS: readonly Decoder[] = [
  {
    runs: (text) => (text.includes('U+') ? allMatches(CODE_POINTS, text) : []),
    decode: (m) =>
      (m[0].match(/[0-9A-F]{4,5}/gi) ?? [])
        .map((hex) => String.fromCodePoint(Number.parseInt(hex, 16)))
        .join(''),
  },
  {
    runs: (text) => (AUTOKEY_CUE.test(text) ? allMatches(UPPER_WORDS, text) : []),
    decode: (m) => autokey(m[0], AUTOKEY_CUE.exec(m.input)?.[1] ?? ''),
  },
  {
    runs: (text) => (text.includes('. .') || text.includes('.. ') ? allMatches(TAP_RUN, text) : []),
    decode: (m) => tapCode(m[0]),
  },
  {
    runs: (text) => (P_SEEN.test(text) ? allMatches(P_RUN, text) : []),
    decode: (m) => m[0].replace(/([aeiou])([pvbf])\1/gi, '$1'),
  },
  {
    runs: (text) => (text.includes('=') ? allMatches(QUOTED_PRINTABLE, text) : []),
    decode: (m) =>
      m[0].replace(/=([0-9A-F]{2})/gi, (_all, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
  },
  {
    runs: (text) => allMatches(TELEX_RUN, text),
    decode: (m) =>
      (m[0].match(/[01]{5}/g) ?? []).map((bits) => ITA2_LETTERS.charAt(Number.parseInt(bits, 2))).join(''),
  },
  // Probe round 120: a Trithemius or bifid cipher where the answer names it, a Brainfuck program's output.
  {
    runs: (text) => (PROGRESSIVE_CUE.test(text) ? allMatches(LOWER_RUN, text) : []),
    decode: (m) => progressive(m[0]),
  },
  {
    runs: (text) => (/\bbifid\b/i.test(text) ? allMatches(BIFID_RUN, text) : []),
    decode: (m) => {
      const plain = bifid(m[0]);
      return segmentWords(plain) ?? plain;
    },
  },
  {
    runs: (text) => (text.includes('+++') ? allMatches(BRAINFUCK_RUN, text) : []),
    decode: (m) => brainfuck(m[0]),
  },
];

/** Where a progressive shift is named, or told (round 122: "each letter pushed one further along than the one before"). */
const PROGRESSIVE_CUE =
  /\btrithemius\b|\bprogressive\s{1,3}(?:shift|caesar|cipher)\b|\b(?:one|a\s{1,3}(?:place|step|letter))\s{1,3}(?:further|more)\s{1,3}(?:along\s{1,3})?than\s{1,3}the\s{1,3}(?:one|letter)\s{1,3}before\b|\bshift\s{1,3}(?:grows|goes\s{1,3}up|increases)\s{1,3}by\s{1,3}one\b/i;
const LOWER_RUN = /\b[a-z]{2,15}(?:\s{1,3}[a-z]{2,15}){2,30}\b/g;

/** Trithemius: the first letter shifted by one, each next one by one more (spaces do not count). */
function progressive(text: string): string {
  let shift = 1;
  return text.replace(/[a-z]/g, (c) => {
    const plain = String.fromCharCode(97 + ((c.charCodeAt(0) - 97 - (shift % 26) + 26) % 26));
    shift += 1;
    return plain;
  });
}

const BIFID_RUN = /\b[A-Z]{10,200}\b/g;
const BIFID_SQUARE = 'abcdefghiklmnopqrstuvwxyz';

/** Bifid over the plain 5×5 square (I and J share a cell): the coordinates' halves read as pairs. */
function bifid(run: string): string {
  const coordinates = [...run.toLowerCase().replace(/j/g, 'i')].flatMap((c) => {
    const at = BIFID_SQUARE.indexOf(c);
    return at < 0 ? [] : [Math.floor(at / 5), at % 5];
  });
  const half = coordinates.length / 2;
  let plain = '';
  for (let i = 0; i < half; i += 1)
    plain += BIFID_SQUARE[(coordinates[i] ?? 0) * 5 + (coordinates[half + i] ?? 0)] ?? '';
  return plain;
}

const BRAINFUCK_RUN = /[-+<>[\].]{30,4000}/g;
const BRAINFUCK_STEPS = 200_000;

/** Runs a Brainfuck program (no input) for at most `BRAINFUCK_STEPS` steps; what it printed. */
function brainfuck(program: string): string {
  const tape = new Uint8Array(300);
  const jumps = new Map<number, number>();
  const open: number[] = [];
  for (let i = 0; i < program.length; i += 1) {
    if (program[i] === '[') open.push(i);
    else if (program[i] === ']') {
      const from = open.pop();
      if (from === undefined) return '';
      jumps.set(from, i);
      jumps.set(i, from);
    }
  }
  let out = '';
  let cell = 0;
  for (let at = 0, steps = 0; at < program.length && steps < BRAINFUCK_STEPS; at += 1, steps += 1) {
    const op = program[at];
    if (op === '+') tape[cell] = ((tape[cell] ?? 0) + 1) & 255;
    else if (op === '-') tape[cell] = ((tape[cell] ?? 0) + 255) & 255;
    else if (op === '>') cell = Math.min(tape.length - 1, cell + 1);
    else if (op === '<') cell = Math.max(0, cell - 1);
    else if (op === '.') out += String.fromCharCode(tape[cell] ?? 0);
    else if (op === '[' && tape[cell] === 0) at = jumps.get(at) ?? at;
    else if (op === ']' && tape[cell] !== 0) at = jumps.get(at) ?? at;
  }
  return out;
}

const CODE_POINTS = /\bU\+[0-9A-F]{4,5}(?:[\s,;]{1,3}U\+[0-9A-F]{4,5}){5,300}\b/gi;

const AUTOKEY_CUE = /\bautokey\b[^.\n]{0,20}?\b(?:primer|key)\s{0,3}[:=]?\s{0,3}([A-Za-z]{2,20})\b/i;
const UPPER_WORDS = /\b[A-Z]{2,20}(?:\s{1,3}[A-Z]{2,20}){1,30}\b/g;

/** Autokey (Vigenère keyed by the primer, then by the plain text itself). */
function autokey(text: string, primer: string): string {
  const key = primer.toUpperCase().split('');
  let at = 0;
  return text.replace(/[A-Z]/g, (c) => {
    const shift = (key[at] ?? 'A').charCodeAt(0) - 65;
    at += 1;
    const plain = String.fromCharCode(65 + ((c.charCodeAt(0) - 65 - shift + 26) % 26));
    key.push(plain);
    return plain.toLowerCase();
  });
}

/** Tap code: pairs of dot groups (row, column) in the 5×5 square without K (C stands for it); two spaces or more between letters, a slash between words. */
const TAP_RUN = /\.{1,5} \.{1,5}(?:(?: {2,4}| {1,3}\/ {1,3})\.{1,5} \.{1,5}){4,200}/g;
const TAP_SQUARE = 'abcdefghijlmnopqrstuvwxyz';

function tapCode(run: string): string {
  return run
    .split(/ {0,3}\/ {0,3}/)
    .map((word) =>
      (word.trim().match(/\.{1,5} \.{1,5}/g) ?? [])
        .map((pair) => {
          const [row = '', column = ''] = pair.split(' ');
          return TAP_SQUARE[(row.length - 1) * 5 + column.length - 1] ?? '';
        })
        .join(''),
    )
    .join(' ');
}

/** The "p" language: each vowel said again after a "p" ("topop maparks"), or a v, b or f ("tovop mavarks"), two words or more. */
const P_SEEN = /([aeiou])([pvbf])\1[a-z]{0,12}\s{1,3}[a-z]{0,8}([aeiou])\2\3/i;
// Each word echoes a vowel after the run's one consonant (a capture inside a repeated group is
// the current repetition's).
const P_RUN =
  /\b[a-z]{0,8}([aeiou])([pvbf])\1[a-z]{0,12}(?:\s{1,3}[a-z]{0,8}([aeiou])\2\3[a-z]{0,12}){1,30}\b/gi;

const QUOTED_PRINTABLE = /(?:=[0-9A-F]{2}){8,600}/gi;

/** Five-bit groups of the Baudot–Murray (ITA2) letters shift, six or more in a row. */
const TELEX_RUN = /\b[01]{5}(?:\s{1,3}[01]{5}){5,200}\b/g;
/** The letters shift by code (0–31); "?" where a code is no letter (null, figures, letters shift). */
const ITA2_LETTERS = '?e\na siu\rdrjnfcktzlwhypqobg?mxv?';
