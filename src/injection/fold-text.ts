/**
 * A view of a text made for matching, with the way back: `map[i]` is where the view's character
 * `i` starts in the original and `mapEnd[i]` where it ends, so a match in the view is a span of
 * the original.
 */
export interface FoldedText {
  readonly text: string;
  readonly map: readonly number[];
  readonly mapEnd: readonly number[];
}

// Invisible characters an attacker puts inside words ("ig\u200Bnore") so that no pattern sees
// the word: zero-width, joiners, bidi controls, soft hyphen, variation selectors, tag characters.
const INVISIBLE =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: lone combining marks are dropped one by one
  /^[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\u{e0000}-\u{e007f}]$/u;

/**
 * Cyrillic, Greek and a few Latin-extension letters that render like Latin ones. Hand-written
 * rather than Unicode's confusables skeleton (e.g. the `unhomoglyph` package): the skeleton maps
 * to prototypes ("I" and "l" both become "l", "0" becomes "O"), which breaks case-insensitive
 * keyword matching; this table maps each look-alike to the Latin letter a reader sees.
 */
const HOMOGLYPHS: Readonly<Record<string, string>> = Object.freeze({
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ԁ: 'd',
  һ: 'h',
  ӏ: 'l',
  ԛ: 'q',
  ԝ: 'w',
  ү: 'y',
  ɡ: 'g',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  У: 'Y',
  Ѕ: 'S',
  І: 'I',
  Ј: 'J',
  Ү: 'Y',
  Ԍ: 'G',
  Ԛ: 'Q',
  Ԝ: 'W',
  α: 'a',
  β: 'b',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  γ: 'y',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  ı: 'i',
  ȷ: 'j',
  ɑ: 'a',
  ɩ: 'i',
  ɪ: 'i',
  ʏ: 'y',
  ᴀ: 'a',
  ᴇ: 'e',
  ᴏ: 'o',
  ꭰ: 'D',
  Ꮧ: 'A',
});

/** Digits and signs that stand for letters in leetspeak ("1gn0r3", "r4t3"). */
const LEET: Readonly<Record<string, string>> = Object.freeze({
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
});

/** Letters spaced out one by one: "i g n o r e", "r.a.t.e", "s-c-o-r-e" (at most 60 letters). */
const SPACED_LETTERS = /(?<![\p{L}\p{N}])(?:\p{L}[ .\-_*·]){2,60}\p{L}(?![\p{L}\p{N}])/gu;
/** A word with letters and leet characters mixed; at least two letters, so "4" or "s3" stay. */
const LEET_WORD = /(?<![\p{L}\p{N}])[\p{L}\p{N}@$!|]*\p{L}[\p{L}\p{N}@$!|]*(?![\p{L}\p{N}])/gu;

interface Unit {
  ch: string;
  from: number;
  to: number;
}

/**
 * Undoes the usual disguises of text meant for a machine reader, in linear time: drops invisible
 * characters, folds compatibility forms (fullwidth, mathematical and circled letters) and
 * diacritics (NFKD without marks: "précédentes" → "precedentes"), maps look-alike letters to
 * Latin, joins spaced-out letters ("i g n o r e" → "ignore"), and reads leetspeak inside words
 * that mix letters and digits ("1gn0r3" → "ignore"; "4", "S3", "EC2" and "log4j" stay readable).
 */
export function foldText(text: string): FoldedText {
  let units: Unit[] = [];
  let at = 0;
  for (const ch of text) {
    const from = at;
    at += ch.length;
    if (INVISIBLE.test(ch)) continue;
    const folded = ch.charCodeAt(0) < 0x80 ? ch : (HOMOGLYPHS[ch] ?? foldCompat(ch));
    for (const out of folded) units.push({ ch: HOMOGLYPHS[out] ?? out, from, to: at });
  }
  units = joinSpacedLetters(units);
  readLeet(units);
  return {
    text: units.map((u) => u.ch).join(''),
    map: units.map((u) => u.from),
    mapEnd: units.map((u) => u.to),
  };
}

function foldCompat(ch: string): string {
  const plain = ch.normalize('NFKD').replace(/\p{M}/gu, '');
  return plain === '' ? ch : plain;
}

function joinSpacedLetters(units: Unit[]): Unit[] {
  const joined = units.map((u) => u.ch).join('');
  const drop = new Set<number>();
  // Indices into `joined` equal indices into `units` only if every unit is one UTF-16 unit;
  // map string offsets back through a running index instead.
  const offsets: number[] = [];
  let offset = 0;
  for (const unit of units) {
    offsets.push(offset);
    offset += unit.ch.length;
  }
  const indexAt = new Map(offsets.map((o, i) => [o, i]));
  for (const match of joined.matchAll(SPACED_LETTERS)) {
    for (let i = 1; i < match[0].length; i += 2) {
      const index = indexAt.get(match.index + i);
      if (index !== undefined) drop.add(index);
    }
  }
  return drop.size === 0 ? units : units.filter((_, i) => !drop.has(i));
}

function readLeet(units: Unit[]): void {
  const joined = units.map((u) => u.ch).join('');
  if (!/[0-9@$!|]/.test(joined)) return;
  let offset = 0;
  const indexAt = new Map<number, number>();
  units.forEach((unit, i) => {
    indexAt.set(offset, i);
    offset += unit.ch.length;
  });
  for (const match of joined.matchAll(LEET_WORD)) {
    const word = match[0];
    const letters = word.match(/\p{L}/gu)?.length ?? 0;
    if (letters < 2 || !/[0-9@$!|]/.test(word) || word.length - letters > letters + 1) continue;
    for (let i = 0; i < word.length; i += 1) {
      const replacement = LEET[word[i] ?? ''];
      // A sign at a word's edge is punctuation ("@handle", "stop!"), not a letter.
      if (replacement === undefined || (!/\d/.test(word[i] ?? '') && (i === 0 || i === word.length - 1))) {
        continue;
      }
      const index = indexAt.get(match.index + i);
      const unit = index === undefined ? undefined : units[index];
      if (unit !== undefined) unit.ch = replacement;
    }
  }
}
