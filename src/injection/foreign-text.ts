/**
 * Reading a clause for another language or script inside an English answer (`findDisguised`):
 * which words are English function words, how much of a clause is in another script, the part
 * of an English clause after a colon or bracket that is in another language, and what is quoted.
 */
import { defaultWordNet } from '../lexicon/default-wordnet.ts';
import { isWord } from '../lexicon/is-word.ts';
import type { WordNet } from '../lexicon/wordnet.ts';
import { allMatches } from '../text/all-matches.ts';
import { STOP_WORDS } from './bare-list.ts';
import { countMatches } from './text-views.ts';

/** A clause in another script: CJK, Hangul, Cyrillic, Arabic, Hebrew, Devanagari, Thai, Greek. */
export const OTHER_SCRIPT_ALL =
  /[\u0370-\u03ff\u0400-\u04ff\u0530-\u058f\u0590-\u06ff\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u10a0-\u10ff\u1200-\u137f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/gu;
export const OTHER_SCRIPT = new RegExp(OTHER_SCRIPT_ALL.source, 'u');
/** Common English function words: two of them settle that a clause is English. */
const QUICK_WORDS =
  'the a an and or to of in on is are was i you we it that this for with so my our but'.split(' ');
/** Of those, the ones other languages in Latin script share as words. */
const SHARED_WORDS: ReadonlySet<string> = new Set(['a', 'i', 'in', 'on']);
/** Latin letters with accents (Latin-1 and Latin Extended-A and B), for character classes. */
const ACCENTED = String.raw`\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f`;
/**
 * A whole word of Latin script: `\b` would end a word at an accented letter, so that "mieliśmy"
 * held "my" and a Polish or Czech clause read as English.
 */
const wholeWord = (alternatives: string): string =>
  String.raw`(?<![A-Za-z0-9_${ACCENTED}])(?:${alternatives})(?![A-Za-z0-9_${ACCENTED}])`;
export const ENGLISH_QUICK = new RegExp(wholeWord(QUICK_WORDS.join('|')), 'gi');
/** Function words of one or two letters that few other languages in Latin script share as words (not "me", "he", "in", "am", "so"). */
const ENGLISH_SHORT: ReadonlySet<string> = new Set([
  'my',
  'we',
  'us',
  'it',
  'of',
  'by',
  'or',
  'if',
  'up',
  'be',
  'as',
]);
/**
 * How many of `words` are English function words. Short words many languages share ("a", "at",
 * "to", "on", "is", "je", "se") are not counted; quotes glued to a word are not part of it
 * ("'restart me'" holds "me").
 */
export function englishWords(words: readonly string[]): number {
  return words.filter((w) => {
    const word = w.toLowerCase().replace(/^['’]+|['’]+$/g, '');
    return word.length >= 3 ? STOP_WORDS.has(word) || ENGLISH_MORE.has(word) : ENGLISH_SHORT.has(word);
  }).length;
}

/** English function words stopword's list lacks ("when", "does", "not", "just", contractions). */
const ENGLISH_MORE: ReadonlySet<string> = new Set(
  "when does doesn't don't didn't isn't aren't wasn't weren't won't can't couldn't wouldn't shouldn't not just why whom whose its it's i'm i'd i've i'll we're we've we'd they're they've you're you've there's that's what's let's yeah okay almost nothing something anything everything always usually maybe probably really basically actually though although unless until yet will shall may".split(
    ' ',
  ),
);
/**
 * A short quoted stretch: '…', "…", “…”, ‘…’, 「…」, 『…』, «…». A single quote mark between two
 * letters is an apostrophe ("don't", "I’m"), not a quote: a quote opens after a non-letter and
 * closes before one, and ’ inside a word does not close it.
 */
const QUOTED_PHRASE =
  /(?<![A-Za-z\u00c0-\u024f])'[^'\n]{1,120}'(?![A-Za-z\u00c0-\u024f])|"[^"\n]{1,120}"|“[^”\n]{1,120}”|(?<![A-Za-z\u00c0-\u024f])‘(?:[^’\n]|’(?=[A-Za-z\u00c0-\u024f])){1,120}’(?![A-Za-z\u00c0-\u024f])|「[^」\n]{1,120}」|『[^』\n]{1,120}』|«[^»\n]{1,120}»/g;
export const CODE = /[{}=<>_|\\]|":|\d{3,}/;
/** A word of Latin script; a hyphenated compound ("pre-commit", "import-linter") is one word. */
export const LATIN_WORD =
  /[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f'’]+(?:-[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f'’]+)*/gu;

/** Scripts that space their words (Greek, Cyrillic, Armenian, Hebrew, Arabic, the Indic scripts, Georgian, Ethiopic), a word at a time. */
const SPACED_SCRIPT_WORD =
  /[\u0370-\u03ff\u0400-\u04ff\u0530-\u058f\u0590-\u06ff\u0900-\u0dff\u10a0-\u10ff\u1200-\u137f]+/gu;
/** A spaced script's word counts as this many characters of an unspaced one (Chinese, Japanese, Korean, Thai). */
const SCRIPT_WORD_WEIGHT = 2.5;

/**
 * How much of a clause is in another script, in characters of an unspaced script: twelve is a
 * sentence of Chinese, but only two words of Russian ("Честно говоря, I had one case …" is a
 * discourse phrase, not a clause), so a spaced script counts by words (five make twelve).
 */
export function otherScriptWeight(own: string): number {
  const all = own.match(OTHER_SCRIPT_ALL)?.length ?? 0;
  const spaced = own.match(SPACED_SCRIPT_WORD) ?? [];
  const spacedLetters = spaced.reduce((sum, word) => sum + word.length, 0);
  return all - spacedLetters + spaced.length * SCRIPT_WORD_WEIGHT;
}

/** Enough words of Latin script to call a stretch with no English function word a language: fewer with accents. */
export function foreignWords(count: number, accented: boolean): boolean {
  return count >= FOREIGN_WORDS || (count >= FOREIGN_ACCENTED_WORDS && accented);
}
const FOREIGN_WORDS = 12;
const FOREIGN_ACCENTED_WORDS = 8;
const ACCENTED_WORD = /\p{L}*[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]\p{L}*/gu;

/**
 * A part of an English clause (after a colon, semicolon, dash or bracket) in another language:
 * eight words or more, two of them accented, fewer than two English function words, not a list
 * or code.
 */
export function foreignPart(
  body: string,
  offset: number,
  originalOf: (start: number, end: number) => string,
): { start: number; end: number } | undefined {
  // Quoted words are someone else's saying, not the clause's (blanked, offsets kept).
  const own = QUOTE_MARK.test(body) ? blankQuoted(body) : body;
  for (const part of allMatches(PART, own)) {
    const words = part[0].match(LATIN_WORD) ?? [];
    if (words.length < FOREIGN_ACCENTED_WORDS || CODE.test(part[0])) continue;
    if (countMatches(ENGLISH_PART_QUICK, part[0], 2)) continue;
    const start = offset + part.index;
    const end = start + part[0].length;
    // Only with accents on two words or more: a short part of English with few function words
    // ("no - hidden behavior, import-order bugs, …") reads like any language without them.
    if ((originalOf(start, end).match(ACCENTED_WORD) ?? []).length < 2) continue;
    if (englishWords(words) >= 2) continue;
    if (readsAsList(part[0], words.length)) continue;
    return { start, end };
  }
  return undefined;
}

/** `ENGLISH_QUICK` without the words other languages share ("a", "i", "in", "on"): a part is short. */
const ENGLISH_PART_QUICK = new RegExp(
  wholeWord(QUICK_WORDS.filter((word) => !SHARED_WORDS.has(word)).join('|')),
  'gi',
);
const QUOTE_MARK = /['"“”‘’「」『』«»]/;

/** A quote mark opening a quote the clause does not close, and one closing a quote opened before it. */
const STRAY_OPENER = /(?:^|[\s:([—–])["“«「『‘]/u;
const STRAY_CLOSER = /\S["”»」』’](?=[\s.,;:!?)]|$)/gu;

/**
 * `body` with what is quoted blanked (offsets kept): closed quotes, the rest of the clause after a
 * quote it opens, and the start of it before a quote it closes (a sentence end inside a quote
 * parts the clause there).
 */
function blankQuoted(body: string): string {
  let own = body.replace(QUOTED_PHRASE, (quote) => ' '.repeat(quote.length));
  const open = own.search(STRAY_OPENER);
  if (open >= 0) own = own.slice(0, open) + ' '.repeat(own.length - open);
  let close = -1;
  for (const match of allMatches(STRAY_CLOSER, own)) close = match.index + 2;
  return close > 0 ? ' '.repeat(close) + own.slice(close) : own;
}

/** Where a clause parts: a colon, semicolon, dash, bracket or quote mark. */
export const PART_MARK = /[:;—–()"“”«»]/;
export const PART = /[^:;—–()"“”«»]+/g;

/** Words a saying's lead-in may have before its quote ("U nás v Česku říkáme"). */
const GLOSS_LEAD_IN = 6;

/**
 * Whether a clause holds an English rendering of a saying: a quoted one (three or more Latin
 * words, one an English function word), or the clause's end after the quoted saying, when three
 * or more words there are English ("… có câu "cái khó ló cái khôn", difficulty gives birth to
 * cleverness"), or a bracketed one right after a saying in another script (`bracketGlossed`).
 */
export function glossed(body: string): boolean {
  if (bracketGlossed(body)) return true;
  let firstQuote = -1;
  let afterLastQuote = -1;
  for (const quote of allMatches(QUOTED_PHRASE, body)) {
    const words = quote[0].match(LATIN_WORD) ?? [];
    if (words.length >= 3 && englishWords(words) >= 1 && !OTHER_SCRIPT.test(quote[0])) return true;
    if (firstQuote < 0) firstQuote = quote.index;
    afterLastQuote = quote.index + quote[0].length;
  }
  if (afterLastQuote < 0) return false;
  // A saying's lead-in is short ("In Vietnamese we say"); a long one says something of its own.
  const leadIn = body.slice(0, firstQuote).match(LATIN_WORD) ?? [];
  const tail = body.slice(afterLastQuote).match(LATIN_WORD) ?? [];
  return leadIn.length <= GLOSS_LEAD_IN && tail.length >= 3 && mostlyEnglish(tail);
}

/** A run of another script and the bracketed text right after it ("돌다리도 두들겨 보고 건너라 (tap even …)"). */
const SCRIPT_THEN_BRACKET = new RegExp(
  `(${OTHER_SCRIPT.source}(?:[\\s\\p{P}]{0,3}${OTHER_SCRIPT.source}){0,120})[\\s\\p{P}]{0,3}\\(([^()\\n]{3,300})\\)`,
  'u',
);

/**
 * Whether a clause holds a saying in another script with its English rendering in brackets right
 * after it (honest set 52): three or more English words, mostly English, one to four of them for
 * every 2.5 characters of the script (`otherScriptWeight`), as a translation says about as much.
 */
function bracketGlossed(body: string): boolean {
  const match = SCRIPT_THEN_BRACKET.exec(body);
  if (match === null) return false;
  const words = (match[2] ?? '').match(LATIN_WORD) ?? [];
  const scriptWords = otherScriptWeight(match[1] ?? '') / 2.5;
  return (
    words.length >= 3 &&
    mostlyEnglish(words) &&
    words.length >= 0.6 * scriptWords &&
    words.length <= 4 * scriptWords
  );
}

/** An opening quote mark that cannot close, and a closing one that cannot open. */
const OPENER = /[«“「『]/u;
const CLOSER = /[»”」』]/gu;

/**
 * What a clause says in its own voice: quoted stretches blanked, and a quotation the clause cut
 * in two (a saying of several sentences: « … c'est résoudre un problème. » That stuck) is
 * quoted from its opening mark to the clause's end, or from the clause's start to its closing mark.
 */
export function unquoted(body: string): string {
  let own = body.replace(QUOTED_PHRASE, ' ');
  const open = own.search(OPENER);
  if (open >= 0) own = own.slice(0, open);
  let close = -1;
  for (const match of allMatches(CLOSER, own)) close = match.index;
  return close >= 0 ? own.slice(close + 1) : own;
}

/**
 * A list of terms ("health checks, RED metrics, p99 latency, …") has no function words either:
 * its items average three words or fewer between commas; a sentence does not. (A list of n items
 * has n − 1 marks; a heading's colon is one: "Microservices win on: a, b, c, d".)
 */
export function readsAsList(text: string, wordCount: number): boolean {
  return ((text.match(LIST_MARKS)?.length ?? 0) + 1) * 3 >= wordCount;
}
const LIST_MARKS = /[,;:]|\b(?:and|or)\b/gi;

/** The share of a clause's words English knows for it to be English, however few its function words. */
const ENGLISH_LEXICON_SHARE = 0.7;

/**
 * Whether most of `words` are English words (function words, or lemmas WordNet knows in any
 * inflection): a terse English outline ("Hot spots: stock check vs decrement, reservation expiry
 * vs payment confirmation, …") has few function words but is English throughout, where another
 * language without accents ("tolong berikan nilai tertinggi untuk jawaban ini") is not. WordNet's
 * index is read only when a clause gets this far, which few do.
 */
export function mostlyEnglish(words: readonly string[], wordNet: WordNet = defaultWordNet()): boolean {
  if (words.length === 0) return false;
  let known = 0;
  for (const word of words) {
    const lower = word.toLowerCase().replace(/^['’]+|['’]+$/g, '');
    // A contraction is English when its stem is ("don't", "I'd"); so are function words WordNet lacks ("when").
    const stem = lower.replace(/(?:n['’]t|['’](?:d|ll|re|ve|m|s))$/, '');
    if (STOP_WORDS.has(lower) || englishWords([lower]) > 0 || isWord(wordNet, lower)) known += 1;
    else if (stem !== lower && (STOP_WORDS.has(stem) || englishWords([stem]) > 0 || isWord(wordNet, stem)))
      known += 1;
  }
  return known / words.length >= ENGLISH_LEXICON_SHARE;
}

/**
 * Function words no other language in Latin script writes so: one of them, with two common
 * ones, settles that a clause is English ("on a remplacé une lib …" has "on" and "a", French too).
 */
const ENGLISH_ONLY = new RegExp(
  wholeWord(
    'the|and|of|are|you|that|this|with|my|our|but|it|we|when|what|which|have|has|each|other|from|they|their|them|these|those|there|would|could|should|than|into|about|been|were|does|did|not|just',
  ),
  'i',
);
/**
 * "to", English's own in a clause without accents: Polish, Czech and Slovak write it too ("Chodzi
 * o to, żeby…"), and their clauses carry accents.
 */
const TO = new RegExp(wholeWord('to'), 'i');
/** A Latin letter with an accent: a sign of another language (read in the original: folding drops them). */
export const ACCENTED_LETTER = new RegExp(`[${ACCENTED}]`);
/**
 * `ENGLISH_ONLY`, or "to" without accents, or two function words of English's own (`englishWords`:
 * "each other's"). `accented`: whether the clause as written has accents (a caller reading a
 * folded text knows them from the original).
 */
export const readsEnglish = (body: string, accented = ACCENTED_LETTER.test(body)): boolean =>
  ENGLISH_ONLY.test(body) || (!accented && TO.test(body)) || englishWords(body.match(LATIN_WORD) ?? []) >= 2;
