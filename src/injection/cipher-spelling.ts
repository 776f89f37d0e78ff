import { type Decoder, spellWords } from './decoder.ts';
import { NATO } from './letter-names.ts';
import { plainWord, wordRuns } from './word-runs.ts';

/** Each code word of a spelling alphabet, lower-cased and without accents, as the letter it spells. */
const table = (letters: string, words: string): [string, string][] =>
  words.split(' ').map((word, at) => [word, letters.split(' ')[at] ?? '']);
const ABC = 'a b c d e f g h i j k l m n o p q r s t u v w x y z';

/**
 * The national and historical spelling alphabets (beside NATO's, which `findEncoded` reads on its
 * own): German (old and DIN 5009:2022), French, Spanish, Italian, Dutch, the RAF's of 1924 and
 * 1942, and the Russian one written in Latin letters, its names standing for the Latin letters
 * they sound as ("kharitón ivan roman yelena" is "hire").
 */
const SPELLING: ReadonlyMap<string, string> = new Map([
  ...Object.entries(NATO),
  ...table(
    ABC,
    'anton berta caesar dora emil friedrich gustav heinrich ida julius kaufmann ludwig martha nordpol otto paula quelle richard samuel theodor ulrich viktor wilhelm xanthippe ypsilon zacharias',
  ),
  ...table(
    ABC,
    'aachen berlin chemnitz dusseldorf essen frankfurt goslar hamburg ingelheim jena koln leipzig munchen nurnberg offenbach potsdam quickborn rostock salzwedel tubingen unna volklingen wuppertal xanten ypsilon zwickau',
  ),
  ...table(
    ABC,
    'anatole berthe celestin desire eugene francois gaston henri irma joseph kleber louis marcel nicolas oscar pierre quintal raoul suzanne therese ursule victor william xavier yvonne zoe',
  ),
  ...table(
    ABC,
    'antonio barcelona carmen dolores enrique francia gerona historia ines jose kilo lorenzo madrid navarra oviedo paris querido ramon sabado tarragona ulises valencia washington xilofono yegua zaragoza',
  ),
  ...table(
    ABC,
    'ancona bologna como domodossola empoli firenze genova hotel imola jolly kappa livorno milano napoli otranto palermo quarto roma savona torino udine venezia washington xeres yacht zara',
  ),
  ...table(
    ABC,
    'anton bernard cornelis dirk eduard ferdinand gerard hendrik izaak jan karel lodewijk maria nico otto pieter quirinus richard simon theodoor utrecht victor willem xantippe ypsilon zaandam',
  ),
  ...table(
    ABC,
    'ace beer charlie don edward freddie george harry ink johnnie king london monkey nuts orange pip queen robert sugar toc uncle vic william x-ray yorker zebra',
  ),
  ...table(
    ABC,
    'able baker charlie dog easy fox george how item jig king love mike nan oboe peter queen roger sugar tare uncle victor william x-ray yoke zebra',
  ),
  ...table(
    'a b v g d e z i k l m n o p r s t u f h c e y',
    'anna boris vasily grigory dmitry yelena zinaida ivan konstantin leonid mikhail nikolai olga pavel roman semyon tatyana ulyana fyodor khariton tsaplya ekho yakov',
  ),
  ...table('a v g d e k n s h', 'andrey vasiliy grigoriy dmitriy elena kilowatt nikolay sergey kharitonov'),
]);

/** Four code words in a row at least, as a spelt word's letters are. */
const MIN_WORDS = 4;
const WORD = /[\p{L}-]+/gu;

/**
 * Runs of code words from the spelling alphabets above, with only spaces, commas or semicolons
 * between them (a comma parts two spelt words; `wordRuns`); read back as the letters they spell.
 */
export const SPELLING_DECODERS: readonly Decoder[] = [
  {
    runs: (text) =>
      wordRuns(text, {
        word: WORD,
        between: /^[\s,;]{1,4}$/,
        member: (word) => SPELLING.has(word),
        least: MIN_WORDS,
      }),
    decode: (m) => spellWords(plainWord(m[0]), /\s+/, (part) => SPELLING.get(part) ?? ''),
  },
];
