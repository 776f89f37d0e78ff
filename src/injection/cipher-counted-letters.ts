import { type Decoder, matchAt } from './decoder.ts';
import { splitRunTogether } from './segment-words.ts';

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

const plain = (word: string): string => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Letters said as their places in the alphabet, in the languages above: runs of four number words
 * or more with only spaces, commas or hyphens between them (a joining word such as "et" or "na"
 * inside a compound), found by one scan over the text's words; read back greedily ("dix huit" is
 * eighteen, "r") and split into words.
 */
export const COUNTED_LETTER_DECODERS: readonly Decoder[] = [
  {
    runs: (text) => {
      const runs: RegExpExecArray[] = [];
      let first = -1;
      let last = -1;
      let count = 0;
      const close = () => {
        if (count >= MIN_NUMBERS) runs.push(matchAt(text, first, last));
        count = 0;
      };
      WORD.lastIndex = 0;
      for (let word = WORD.exec(text); word !== null; word = WORD.exec(text)) {
        const lower = plain(word[0]);
        const joined = count > 0 && /^[\s,-]{1,4}$/.test(text.slice(last, word.index));
        if (!NUMBERS.has(lower) && !(joined && JOINERS.has(lower))) {
          close();
          continue;
        }
        if (!joined) close();
        if (count === 0) first = word.index;
        if (NUMBERS.has(lower)) count += 1;
        last = word.index + word[0].length;
      }
      WORD.lastIndex = 0;
      close();
      return runs.slice(0, 8);
    },
    decode: (m) => splitRunTogether(letters(m[0])),
    // Counted letters need no space to be read ("topmarks").
    narrow: true,
  },
];

/** The run's numbers read greedily, a ten and a unit after it as one number, as letters. */
function letters(run: string): string {
  const words = (run.match(WORD) ?? []).map(plain);
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
