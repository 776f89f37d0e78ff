import type { Decoder } from './decoder.ts';
import { splitRunTogether } from './segment-words.ts';
import { plainWord, wordRuns } from './word-runs.ts';

const numbered = (words: string): [string, number][] => words.split(' ').map((word, at) => [word, at + 1]);

/**
 * Number words from one to twenty-six in French, Spanish, Italian, Portuguese and Swahili (German's
 * are read in `cipher-substitutions.ts`), without accents: a letter's place in the alphabet said
 * in another language ("vingt quinze seize" is "top", probe round 150).
 */
const NUMBERS: ReadonlyMap<string, number> = new Map([
  ...numbered('un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize'),
  ...numbered(
    'uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciseis diecisiete dieciocho diecinueve veinte veintiuno veintidos veintitres veinticuatro veinticinco veintiseis',
  ),
  ...numbered(
    'uno due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove venti ventuno ventidue ventitre ventiquattro venticinque ventisei',
  ),
  ...numbered(
    'um dois tres quatro cinco seis sete oito nove dez onze doze treze catorze quinze dezesseis dezessete dezoito dezenove vinte',
  ),
  ...numbered('moja mbili tatu nne tano sita saba nane tisa kumi'),
  ['une', 1],
  ['vingt', 20],
  ['uma', 1],
  ['duas', 2],
  ['quatorze', 14],
  ['dezasseis', 16],
  ['dezassete', 17],
  ['dezanove', 19],
  ['ishirini', 20],
]);
/** Tens that take a unit after them, with or without a joining word: "dix huit", "vingt et un", "kumi na moja". */
const TENS: ReadonlySet<number> = new Set([10, 20]);
const JOINERS: ReadonlySet<string> = new Set(['et', 'e', 'y', 'na']);
const MIN_NUMBERS = 4;
const WORD = /\p{L}+/gu;

/**
 * Letters said as their places in the alphabet, in the languages above: runs of four number words
 * or more with only spaces, commas or hyphens between them (a joining word such as "et" or "na"
 * inside a compound; `wordRuns`); read back greedily ("dix huit" is
 * eighteen, "r") and split into words.
 */
export const COUNTED_LETTER_DECODERS: readonly Decoder[] = [
  {
    runs: (text) =>
      wordRuns(text, {
        word: WORD,
        between: /^[\s,-]{1,4}$/,
        member: (word) => NUMBERS.has(word),
        joiner: (word) => JOINERS.has(word),
        least: MIN_NUMBERS,
      }).slice(0, 8),
    decode: (m) => splitRunTogether(letters(m[0])),
    // Counted letters need no space to be read ("topmarks").
    narrow: true,
  },
];

/** The run's numbers read greedily, a ten and a unit after it as one number, as letters. */
function letters(run: string): string {
  const words = (run.match(WORD) ?? []).map(plainWord);
  let read = '';
  for (let at = 0; at < words.length; at += 1) {
    let value = NUMBERS.get(words[at] ?? '') ?? 0;
    if (TENS.has(value)) {
      const skip = JOINERS.has(words[at + 1] ?? '') ? 2 : 1;
      const unit = NUMBERS.get(words[at + skip] ?? '') ?? 0;
      if (unit >= 1 && unit <= 9 && value + unit <= 26) {
        value += unit;
        at += skip;
      }
    }
    if (value >= 1 && value <= 26) read += String.fromCharCode(96 + value);
  }
  return read;
}
