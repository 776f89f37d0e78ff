/**
 * Function words of the languages in Latin script a candidate may mix with English (stopword's
 * lists, and romanised Hindi, Russian, Korean and Japanese, which it lacks): a run of words with none of English's may be
 * another language's speech, not dumped terms.
 */
import {
  afr,
  cat,
  ces,
  dan,
  deu,
  est,
  fin,
  fra,
  hrv,
  hun,
  ind,
  ita,
  lav,
  lit,
  nld,
  nob,
  pol,
  por,
  ron,
  slk,
  slv,
  spa,
  swa,
  swe,
  tgl,
  tur,
  vie,
} from 'stopword';
import { allMatches } from '../text/all-matches.ts';
import { stripMarks } from '../text/strip-marks.ts';
import { STOP_WORDS } from './bare-list.ts';
import { OTHER_SCRIPT_ALL } from './foreign-text.ts';
import { EVALUATION, FAVOURABLE, VOCATIVE } from './steering-lexicon.ts';
import { firstOf } from './word-class.ts';

/** Romanised Hindi's function words ("jab ek chhota sa change ke liye"), which stopword does not list. */
const HINGLISH =
  'hai hain tha thi the ka ki ke ko se mein mai main par pe aur ya bhi toh to na nahi nahin kya jab tab agar lekin kyunki liye wala wali wale ek yeh ye woh wo hum humne mujhe mera meri mere apna apni kuch sab bahut kaafi jaise matlab hota hoti hote karna karte kiya'.split(
    ' ',
  );

/**
 * Russian, Korean and Japanese written in Latin letters ("eto kogda", "ttaemune … haesseoyo",
 * "desu kara"), which stopword does not list either (their words that English has as function
 * words drop out, as for every list).
 */
const ROMANISED_RUSSIAN =
  'eto kak chto kogda esli dlya menya tebya nas vas ikh ili net uzhe eshcho eshche ochen tolko takzhe tozhe vot togda potomu poetomu chtoby mozhno nuzhno bylo byl byla budet mne nam vam oni ona gde vsegda inogda nash nashi svoy svoi kotoryy kotoryi pomimo cherez seychas'.split(
    ' ',
  );
const ROMANISED_KOREAN =
  'eun neun eul reul ui gwa euro eseo eseoneun hago jiman geurigo geureona geuraeseo haeyo haesseoyo isseoyo eopseoyo geu jeo geot ttaemada ttaemune hana gachi'.split(
    ' ',
  );
const ROMANISED_JAPANESE =
  'desu masu kara made wo demo dakedo kedo nani sore kore dake shi deshita mashita'.split(' ');

const LISTS: readonly (readonly string[])[] = [
  spa,
  por,
  fra,
  deu,
  ita,
  nld,
  pol,
  ces,
  slk,
  swe,
  dan,
  nob,
  fin,
  ron,
  tur,
  hrv,
  hun,
  slv,
  lit,
  lav,
  est,
  cat,
  afr,
  ind,
  tgl,
  swa,
  vie,
  HINGLISH,
  ROMANISED_RUSSIAN,
  ROMANISED_KOREAN,
  ROMANISED_JAPANESE,
];

/**
 * Function words of those languages that English writes as words of its own, in the words of a
 * technical answer ("store", "begin", "primer", "datum", month names): they say nothing. (Measured
 * against WordNet once; the rest of its 79 are rare in English: "boyle", "sexton", "mogul". WordNet
 * itself is not asked here: its indexes cost the analysis worker 24 MB.) Short words are kept:
 * WordNet has nearly every one of any language as a unit, a note or an acronym ("en", "la", "und").
 */
const ENGLISH_HOMOGRAPHS: ReadonlySet<string> = new Set(
  'begin store primer proto datum gross grosser visas april september november december contra bland prima manga mogul lange maine finns'.split(
    ' ',
  ),
);

/** Accents dropped, as the folded answer has them ("à" → "a", "für" → "fur"). */
const fold = (word: string): string => stripMarks(word).toLowerCase();

let table: ReadonlyMap<string, readonly number[]> | undefined;

/**
 * Each foreign function word (folded) with the languages it belongs to. Words English has as
 * function words or as words of its own ("come", "sea", "also", "die") say nothing, and are left
 * out; so are single letters. Built on first use.
 */
function functionWords(): ReadonlyMap<string, readonly number[]> {
  if (table !== undefined) return table;
  const built = new Map<string, number[]>();
  LISTS.forEach((list, language) => {
    for (const raw of list) {
      const word = fold(raw);
      if (word.length < 2 || STOP_WORDS.has(word) || ENGLISH_HOMOGRAPHS.has(word) || !/^[a-z]+$/.test(word))
        continue;
      const languages = built.get(word) ?? [];
      if (!languages.includes(language)) languages.push(language);
      built.set(word, languages);
    }
  });
  table = built;
  return built;
}

/**
 * How many distinct function words of one other language `words` hold, for the language with
 * the most.
 */
export function otherLanguageWords(words: readonly string[]): number {
  const known = functionWords();
  const seen = new Set<string>();
  const counts = new Array<number>(LISTS.length).fill(0);
  for (const raw of words) {
    const word = raw.toLowerCase();
    if (seen.has(word)) continue;
    seen.add(word);
    for (const language of known.get(word) ?? []) counts[language] = (counts[language] ?? 0) + 1;
  }
  return Math.max(...counts);
}

/**
 * Whether English sentences of an answer have another language switched into them ("we had a
 * search API som blev långsam", "scaling gav oss lite tid, men horizontal …"): two or more such
 * sentences, each with two function words of one other language. An English answer with an aside
 * to the grader in another language has no such sentences around the aside.
 */
export function mixesLanguages(englishClauses: readonly string[]): boolean {
  let mixed = 0;
  for (const clause of englishClauses)
    if (otherLanguageWords(clause.match(LATIN_RUN) ?? []) >= 2 && ++mixed >= 2) return true;
  return false;
}
const LATIN_RUN = /[A-Za-z\u00c0-\u024f]+/g;

/** Distinct function words of one other language that make a run of words that language's speech. */
export const SPOKEN_WORDS = 3;
const WORD = /[a-z]+/g;

/**
 * Whether a run of words with no English function word is speech in another language mixed with
 * English ("jab ek chhota sa change ke liye you have to touch …", "alors reinventing the wheel euh
 * je dirais it makes sense quand la librairie …"): three or more function words of one language,
 * and no word of the evaluation or a grader addressed in any language. A request in another
 * language names what it asks for ("a quien evalúe esto, por favor califíquelo …").
 */
export function spokenInAnotherLanguage(run: string): boolean {
  const folded = fold(run);
  // (Or another script between the English words: "so 这个 checkout system 里面 race condition", "ну типа mutable это list".)
  // A run wholly in another script is no mixture: an aside in that language ("<!-- למעריך: נא לתת …").
  const script = (run.match(OTHER_SCRIPT_ALL) ?? []).length;
  const mixed = script >= SCRIPT_CHARACTERS && (folded.match(LATIN_TERM) ?? []).length >= 2;
  if (!mixed && otherLanguageWords(folded.match(WORD) ?? []) < SPOKEN_WORDS) return false;
  return (
    !namesEvaluationInAnotherLanguage(folded) &&
    firstOf(EVALUATION, folded, script > 0) === undefined &&
    firstOf(VOCATIVE, folded, script > 0) === undefined
  );
}

/** Characters of another script that make a run with English words in it mixed speech. */
const SCRIPT_CHARACTERS = 6;
const LATIN_TERM = /[a-z]{3,}/g;

/**
 * Whether folded text asks, in another language, for the top of the evaluation: it names the
 * evaluation there and a favourable word near it ("a nota máxima", "die Höchstpunktzahl"). (Near:
 * a field named "score" and "95% of requests" two clauses on ask nothing, honest set 53's Hinglish.)
 */
export function asksInAnotherLanguage(folded: string): boolean {
  for (const [start, end] of evaluationsIn(folded)) {
    const near = folded.slice(Math.max(0, start - NEAR), end + NEAR);
    if (firstOf(FAVOURABLE, near, true) !== undefined) return true;
  }
  return false;
}

/** How far from the evaluation named a favourable word may be, in characters, to ask for it. */
const NEAR = 60;
/** The evaluations a text names read, at most, of each kind. */
const MAX_EVALUATIONS = 16;

/** Where folded text names the evaluation, in any language (`FOREIGN_EVALUATION`, `EVALUATION`). */
function evaluationsIn(folded: string): (readonly [number, number])[] {
  const found: (readonly [number, number])[] = allMatches(FOREIGN_EVALUATION_ALL, folded)
    .slice(0, MAX_EVALUATIONS)
    .map((match) => [match.index, match.index + match[0].length] as const);
  for (let from = 0, read = 0; read < MAX_EVALUATIONS; read += 1) {
    const next = firstOf(EVALUATION, folded.slice(from), true);
    if (next === undefined) break;
    found.push([from + next[0], from + next[1]]);
    from += Math.max(next[1], 1);
  }
  return found;
}

/** Whether folded text names evaluating or an evaluator in another language (`FOREIGN_EVALUATION`). */
export function namesEvaluationInAnotherLanguage(folded: string): boolean {
  return FOREIGN_EVALUATION.test(folded);
}

/**
 * Stems of evaluating and of who evaluates in the languages above, folded ("evalúe", "califíquelo",
 * "correcteur", "Bewertung", "oceniający", "hodnotí"): broader than the word classes, which name
 * the acts a request is made of.
 */
const FOREIGN_EVALUATION =
  /\b(?:evalu|calif|corrig|note\b|notas?\b|puntu|puntaj|punteg|pontua|avali|valut|voto|notaz|correct(?:eur|ore|or)|examina|bewert|pruf|gutacht|beoordel|cijfer|ocen|punkt|hodnot|arvio|arvos|betyg|bedom|karakter|puan|degerlendir|ank\b|number\b|marks\b|marka\b|alama\b|lolos\w{0,4}|lulus\w{0,3}|\w{0,8}tathmin|nilai\b|skor\b|puntos\b|tagasuri|penilai)/;
const FOREIGN_EVALUATION_ALL = new RegExp(FOREIGN_EVALUATION.source, 'g');
