import { allMatches } from '../text/all-matches.ts';
import { NUMBER_WORDS } from '../text/number-words.ts';
import { type Decoder, spellWords } from './decoder.ts';
import { segmentWords, splitRunTogether } from './segment-words.ts';

/**
 * More ciphers a candidate might pass off as a habit or a pasted file (blind probe round 98),
 * decoded for `findEncoded`, which flags a decoding only when it says a verdict or steers:
 * - the Polybius square (a 5×5 grid, I and J sharing a cell): pairs of digits 1–5 ("43 44 42 34
 *   33 22" is "strong"), written or spoken ("forty-three forty-four …", pen taps), six or more;
 * - uuencoded text (`begin 644 notes.txt`, then lines opening with their length, to `end`);
 * - octal escapes of a code string, eight or more in a row (`printf '\103\150\141…'`);
 * - Ascii85 between `<~` and `~>`, and (where the answer speaks of atomic numbers or elements)
 *   atomic numbers read as the elements' symbols ("sixteen, ninety-two, fifteen, sixty-eight,
 *   five" is S U P Er B), probe round 100;
 * - Tutnese (each consonant said as a syllable, "tut-o-pub" for "top"), Javanais ("av" before each
 *   vowel, "plavus havaut"), Greek letter names standing for letters ("tau omicron pi"), three or
 *   more words of them in a row, probe round 102.
 */
export const GRID_DECODERS: readonly Decoder[] = [
  {
    runs: (text) => (POLYBIUS_SEEN.test(text) ? allMatches(POLYBIUS_RUN, text) : []),
    decode: (m) =>
      m[0]
        .split(/\s{0,3}[,;]\s{0,3}|\s{2,3}/)
        .map(polybiusWord)
        .join(' '),
  },
  {
    runs: (text) => (SPOKEN_PAIR_SEEN.test(text) ? allMatches(SPOKEN_POLYBIUS_RUN, text) : []),
    decode: (m) =>
      m[0]
        .toLowerCase()
        .split(/\s{0,3}[,;]\s{0,3}/)
        .map((word) =>
          polybiusWord((word.match(SPOKEN_PAIR_GLOBAL) ?? []).map((pair) => String(numberOf(pair))).join('')),
        )
        .join(' '),
  },
  {
    runs: (text) => (text.includes('begin ') ? allMatches(UUENCODED, text) : []),
    decode: (m) => uudecode(m[1] ?? ''),
  },
  {
    runs: (text) => (TUT_SEEN.test(text) ? allMatches(TUT_RUN, text) : []),
    decode: (m) =>
      m[0]
        .toLowerCase()
        .split(/[\s,]+/)
        .map((word) =>
          word
            .split('-')
            .map((part) => TUT_LETTERS.get(part) ?? part)
            .join(''),
        )
        .join(' '),
  },
  {
    runs: (text) => (JAVANAIS_SEEN.test(text) ? allMatches(JAVANAIS_RUN, text) : []),
    decode: (m) => m[0].replace(/av(?=[aeiouyàâéèêëîïôùûü])/gi, ''),
  },
  {
    runs: (text) => (GREEK_SEEN.test(text) ? allMatches(GREEK_RUN, text) : []),
    decode: (m) => spellWords(m[0], /\s+/, (name) => GREEK_LETTERS.get(name) ?? ''),
  },
  {
    runs: (text) => (text.includes('<~') ? allMatches(ASCII85_RUN, text) : []),
    decode: (m) => ascii85(m[1] ?? ''),
  },
  {
    runs: (text) => (ELEMENT_CUE.test(text) ? allMatches(ELEMENT_RUN, text) : []),
    decode: (m) => {
      const symbols = m[0]
        .toLowerCase()
        .split(/[\s,;]+(?:(?:then|and)\s+)?/)
        .map((number) => ELEMENTS[numberOf(number) - 1] ?? '?')
        .join('');
      return segmentWords(symbols) ?? symbols;
    },
  },
  {
    runs: (text) => (text.includes('\\') ? allMatches(OCTAL_RUN, text) : []),
    decode: (m) =>
      m[0].replace(/\\([0-3][0-7]{2})/g, (_, code: string) => String.fromCharCode(Number.parseInt(code, 8))),
  },
];

/** The Polybius square's letters, row by row (J shares I's cell). */
const GRID = 'abcdefghiklmnopqrstuvwxyz';
const CELL = '[1-5][1-5]';
const POLYBIUS_SEEN = new RegExp(String.raw`\b${CELL}[ ,]{1,2}${CELL}[ ,]{1,2}${CELL}\b`);
/** Six or more cells; within a word, cells are parted by a space, words by a comma or a wider gap. */
const POLYBIUS_RUN = new RegExp(String.raw`\b${CELL}(?:(?: |, ?|\s{2,3})${CELL}){5,400}\b`, 'g');

/**
 * A group of cells read as letters ("43 44 42 34 33 22" is "strong"), split into the words it
 * runs together (`segmentWords`: "stronghire" is "strong hire").
 */
function polybiusWord(digits: string): string {
  const cells = digits.replace(/\D/g, '').match(/\d\d/g) ?? [];
  const letters = cells.map((cell) => GRID[(Number(cell[0]) - 1) * 5 + Number(cell[1]) - 1] ?? '?').join('');
  // (A group as long as a sentence is no word run together: it is read as it is.)
  return splitRunTogether(letters);
}

/** A cell said aloud: "forty-three", "twenty two", "fifteen" (1–5 then 1–5). */
const SPOKEN_PAIR = String.raw`(?:(?:twenty|thirty|forty|fifty)[\s-]{1,2}(?:one|two|three|four|five)|eleven|twelve|thirteen|fourteen|fifteen)`;
const SPOKEN_PAIR_GLOBAL = new RegExp(SPOKEN_PAIR, 'g');
const SPOKEN_PAIR_SEEN = new RegExp(
  String.raw`\b${SPOKEN_PAIR}\s{1,3}${SPOKEN_PAIR}\s{1,3}${SPOKEN_PAIR}\b`,
  'i',
);
const SPOKEN_POLYBIUS_RUN = new RegExp(
  String.raw`\b${SPOKEN_PAIR}(?:(?:\s{1,3}|\s{0,3}[,;]\s{0,3})${SPOKEN_PAIR}){5,200}\b`,
  'gi',
);

/** A uuencoded file: its `begin` line, then lines of printable characters, to `end`. */
const UUENCODED = /^begin [0-7]{3,4} [^\n]{1,200}\n((?:[!-`][ -`]{0,80}\n){1,200})`?\n?end\b/gm;

/** Uuencoded lines to text: each line's first character gives its length; four characters carry three bytes. */
function uudecode(body: string): string {
  let text = '';
  for (const line of body.split('\n')) {
    const length = ((line.charCodeAt(0) || 32) - 32) & 63;
    const bytes: number[] = [];
    for (let i = 1; i + 3 < line.length + 3 && bytes.length < length; i += 4) {
      const [a, b, c, d] = [0, 1, 2, 3].map((k) => ((line.charCodeAt(i + k) || 32) - 32) & 63) as [
        number,
        number,
        number,
        number,
      ];
      bytes.push((a << 2) | (b >> 4), ((b & 15) << 4) | (c >> 2), ((c & 3) << 6) | d);
    }
    text += String.fromCharCode(...bytes.slice(0, length));
  }
  return text;
}

const OCTAL_RUN = /(?:\\[0-3][0-7]{2}){8,4096}/g;

const ASCII85_RUN = /<~([!-uz\s]{10,8192}?)~>/g;

/** Ascii85 (btoa, PDF) to text: five characters carry four bytes, "z" four zero bytes. */
function ascii85(body: string): string {
  const chars = body.replace(/\s/g, '').replace(/z/g, '!!!!!');
  let text = '';
  for (let at = 0; at < chars.length; at += 5) {
    const group = chars.slice(at, at + 5);
    const padded = group.padEnd(5, 'u');
    let value = 0;
    for (const char of padded) value = value * 85 + (char.charCodeAt(0) - 33);
    const bytes = [value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255];
    text += String.fromCharCode(...bytes.slice(0, group.length - 1));
  }
  return text;
}

/** Where atomic numbers may spell: the answer speaks of them. */
const ELEMENT_CUE = /\b(?:atomic\s{1,3}numbers?|periodic\s{1,3}table|chemical\s{1,3}elements?)\b/i;
const SPOKEN_NUMBER = String.raw`(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]{1,2}(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|\d{1,2})`;
/** Five or more numbers under a hundred, parted by commas, "then" or "and". */
const ELEMENT_RUN = new RegExp(
  String.raw`\b${SPOKEN_NUMBER}(?:(?:\s{0,3}[,;]\s{0,3}|\s{1,3})(?:(?:then|and)\s{1,3})?${SPOKEN_NUMBER}){4,100}\b`,
  'gi',
);
const TENS_WORDS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');

/** A number under a hundred, in digits or words ("ninety-two", a Polybius cell's "forty-three"). */
function numberOf(said: string): number {
  if (/^\d+$/.test(said)) return Number(said);
  const [tens = '', units = ''] = said.split(/[\s-]+/);
  const small = NUMBER_WORDS.indexOf(tens);
  if (small >= 0 && units === '') return small;
  return (TENS_WORDS.indexOf(tens) + 2) * 10 + Math.max(0, NUMBER_WORDS.indexOf(units));
}

/** The elements' symbols by atomic number (1–99), lower-cased. */
const ELEMENTS =
  'h he li be b c n o f ne na mg al si p s cl ar k ca sc ti v cr mn fe co ni cu zn ga ge as se br kr rb sr y zr nb mo tc ru rh pd ag cd in sn sb te i xe cs ba la ce pr nd pm sm eu gd tb dy ho er tm yb lu hf ta w re os ir pt au hg tl pb bi po at rn fr ra ac th pa u np pu am cm bk cf es'.split(
    ' ',
  );

/** Tutnese's syllable for each consonant. */
const TUT_LETTERS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    bub: 'b',
    cash: 'c',
    coch: 'c',
    dud: 'd',
    fuf: 'f',
    jug: 'g',
    hash: 'h',
    hutch: 'h',
    jay: 'j',
    jag: 'j',
    kuck: 'k',
    lul: 'l',
    mum: 'm',
    nun: 'n',
    pub: 'p',
    quack: 'q',
    rug: 'r',
    rur: 'r',
    sus: 's',
    tut: 't',
    vuv: 'v',
    wack: 'w',
    ex: 'x',
    yub: 'y',
    yak: 'y',
    zub: 'z',
  }),
);
const TUT_SYLLABLE =
  '(?:bub|cash|coch|dud|fuf|jug|hash|hutch|jay|jag|kuck|lul|mum|nun|pub|quack|rug|rur|sus|tut|vuv|wack|ex|yub|yak|zub)';
/** A word of Tutnese: its letters joined by hyphens, two syllables at least ("mum-a-rug-kuck"). */
const TUT_WORD = String.raw`(?:[aeiou]|${TUT_SYLLABLE})(?:-(?:[aeiou]|${TUT_SYLLABLE})){1,15}`;
const TUT_SEEN = new RegExp(String.raw`\b${TUT_SYLLABLE}-[a-z]{1,5}-${TUT_SYLLABLE}\b`, 'i');
const TUT_RUN = new RegExp(
  String.raw`\b${TUT_WORD}(?:[\s,]{1,3}(?:${TUT_WORD}|${TUT_SYLLABLE})){1,30}\b`,
  'gi',
);

/** A word of Javanais: "av" before two of its vowels at least ("clavassavez"). */
const JAVANAIS_WORD = String.raw`[a-zàâéèêëîïôùûü]{0,6}av[aeiouyàâéèêëîïôùûü][a-zàâéèêëîïôùûü]{0,6}(?:av[aeiouyàâéèêëîïôùûü][a-zàâéèêëîïôùûü]{0,6}){0,6}`;
const JAVANAIS_SEEN = /av[aeiouyéè][a-zé]{0,6}av[aeiouyéè]/i;
const JAVANAIS_RUN = new RegExp(
  String.raw`(?<![\p{L}])${JAVANAIS_WORD}(?:\s{1,3}${JAVANAIS_WORD}){2,30}(?![\p{L}])`,
  'giu',
);

const GREEK_NAMES =
  'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega';
/** Greek letter names read as the Latin letters they stand for in a fraternity's or a chant's spelling. */
const GREEK_LETTERS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    alpha: 'a',
    beta: 'b',
    gamma: 'g',
    delta: 'd',
    epsilon: 'e',
    zeta: 'z',
    eta: 'e',
    theta: 'th',
    iota: 'i',
    kappa: 'k',
    lambda: 'l',
    mu: 'm',
    nu: 'n',
    xi: 'x',
    omicron: 'o',
    pi: 'p',
    rho: 'r',
    sigma: 's',
    tau: 't',
    upsilon: 'u',
    phi: 'f',
    chi: 'ch',
    psi: 'ps',
    omega: 'o',
  }),
);
const GREEK_NAME = `(?:${GREEK_NAMES.split(' ').join('|')})`;
const GREEK_SEEN = new RegExp(String.raw`\b${GREEK_NAME}\s{1,3}${GREEK_NAME}\s{1,3}${GREEK_NAME}\b`, 'i');
/** Five or more names, spaces within a word, commas between words. */
const GREEK_RUN = new RegExp(
  String.raw`\b${GREEK_NAME}(?:(?:\s{1,3}|\s{0,3}[,;]\s{0,3})${GREEK_NAME}){4,100}\b`,
  'gi',
);
