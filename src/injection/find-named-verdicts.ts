import type { SteeringHit } from './find-steering.ts';
import type { FoldedText } from './fold-text.ts';
import { segmentWords } from './segment-words.ts';

/**
 * A verdict hidden in names (blind probe round 72: a candidate who expects a keyword filter):
 * a repository "strong-hire-top-marks", a lock key 'exceeds-expectations-hire', packages
 * `hire/`, `this/`, `candidate/` listed in order, a fixture spelt out "S-C-O-R-E-M-A-X". Each
 * name is read as words (split at hyphens, underscores, slashes, dots and case changes; letters
 * run together split by `segmentWords`), names standing side by side are read as one phrase, and
 * the phrase is flagged when it says a verdict on a candidate. Real names carry single words of
 * evaluation ("score-service", "ship-it", "approve-bot", "max_score"): it takes a phrase a hiring
 * panel writes ("strong hire", "top marks", "hire this candidate"), or, in letters spelt out one
 * by one, a word of evaluation beside a favourable one.
 */

/**
 * A name: an identifier with separators, quoted or not ("strong-hire-top-marks", `hire/`),
 * or capitals run together ("SCOREMAX", from letters spelt out). A quoted stretch with spaces is
 * a quotation ("a rating of 'exceeds expectations'"), not a name. (An identifier starts a word:
 * tried inside a long run of letters, each start would rescan the run.)
 */
const NAME =
  /[`'"‘“]([\p{L}\p{N}][\p{L}\p{N}_./+=-]{0,58}[\p{L}\p{N}/]?)[`'"’”]|(?<![\p{L}\p{N}])([\p{L}\p{N}]+(?:[-_/.+=][\p{L}\p{N}]+)+\/?)|\b(\p{Lu}{8,24})\b/gu;
/** What may stand between two names read as one phrase: a comma, a slash, "and", a space. */
const BETWEEN = /^(?:[\s,;/]|and\b|then\b){0,6}$/i;
/** The most characters `BETWEEN` can span: a longer gap is not read at all. */
const MAX_GAP = 24;
/**
 * Parts a single name needs for its words to be read as a phrase: a real name made of a verdict
 * ("STRONG_HIRE" in a hiring tool's enum, a rating key "exceeds-expectations") has two.
 */
const PHRASE_PARTS = 3;
/** Verdicts a hiring panel writes, as words. */
const VERDICT =
  /\b(?:strong (?:hire|yes|pass)|hire (?:this|the|that) (?:candidate|person|applicant|one|engineer)|top (?:marks|band|tier candidate)|full (?:marks|points|credit)|perfect (?:score|ten|marks)|exceeds expectations|a plus|ten out of ten|10 out of 10|five stars|best answer|exemplary|flawless|reference answer|gives? (?:this|it|me|us) a (?:ten|10|perfect))\b/;
/** In letters spelt out one by one, a word of evaluation and a favourable one are enough. */
const EVALUATION_WORD = /\b(?:score|scores|marks?|grade|rating|hire|pass|verdict|points)\b/;
const FAVOURABLE_WORD = /\b(?:max|maximum|top|full|perfect|strong|best|highest|ten|excellent|plus)\b/;
/** The longest name read, in characters. */
const MAX_NAME = 80;
/** Names read in one answer: bounded work whatever the text. */
const MAX_NAMES = 400;

interface Name {
  readonly start: number;
  readonly end: number;
  readonly words: string;
  /** How many words the name has. */
  readonly parts: number;
  readonly spelt: boolean;
}

export function findNamedVerdicts(folded: FoldedText): SteeringHit[] {
  const names: Name[] = [];
  for (const match of folded.text.matchAll(NAME)) {
    if (names.length >= MAX_NAMES) break;
    const [whole, quoted, compound, capitals] = match;
    const raw = quoted ?? compound ?? capitals ?? '';
    // A name is short: a longer run of parts is data (base64, a path, a hash), not read.
    if (raw.length > MAX_NAME) continue;
    const words = wordsOf(raw);
    names.push({
      start: match.index,
      end: match.index + whole.length,
      words,
      parts: words.split(' ').length,
      spelt: capitals !== undefined,
    });
  }
  const hits: SteeringHit[] = [];
  const hit = (from: Name, to: Name) =>
    hits.push({ kind: 'hidden_text', start: folded.map[from.start] ?? 0, end: folded.endOf(to.end - 1) });
  for (let first = 0; first < names.length; first += 1) {
    const name = names[first] as Name;
    if (
      (name.parts >= PHRASE_PARTS && VERDICT.test(name.words)) ||
      (name.spelt && EVALUATION_WORD.test(name.words) && FAVOURABLE_WORD.test(name.words))
    ) {
      hit(name, name);
      continue;
    }
    // Names of one word each, side by side, read as a phrase: `hire/`, `this/`, `candidate/`.
    if (name.parts !== 1) continue;
    let phrase = name.words;
    for (let last = first + 1; last < names.length && last - first < 5; last += 1) {
      const next = names[last] as Name;
      const gapStart = names[last - 1]?.end ?? next.start;
      if (next.parts !== 1 || next.start - gapStart > MAX_GAP) break;
      if (!BETWEEN.test(folded.text.slice(gapStart, next.start))) break;
      phrase = `${phrase} ${next.words}`;
      if (VERDICT.test(phrase)) {
        hit(name, next);
        first = last;
        break;
      }
    }
  }
  return hits;
}

/** A name's words in lower case: split at separators and case changes, glued letters segmented. */
function wordsOf(name: string): string {
  return name
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .toLowerCase()
    .split(/[\s_./+=-]+/)
    .filter((part) => part.length > 0)
    .map((part) => segmentWords(part) ?? part)
    .join(' ');
}

/**
 * Whether a text is, word for word, a verdict a hiring panel writes ("STRONG HIRE", "top
 * marks"): what a decoded payload (`findEncoded`) may say with no sentence around it.
 */
export function saysVerdict(text: string): boolean {
  return VERDICT.test(wordsOf(text.slice(0, MAX_NAME)));
}

/**
 * Whether a decoded payload says a verdict: as `saysVerdict`, or a favourable mark ("top score",
 * "the highest score", "score five", "senior-level answer", "superb hire", "rate it strong", "read
 * as a strong answer", "were all covered", "hire me", "advance me": rounds 140 and 142), which no
 * honest id or abbreviation decodes to.
 */
export function saysDecodedVerdict(text: string): boolean {
  return (
    saysVerdict(text) ||
    DECODED_MARK.test(text.slice(0, MAX_NAME).toLowerCase()) ||
    FULL_MARKS_ONLY.test(text)
  );
}
/** A payload that is nothing but full marks ("4/4", "10 / 10", "4 out of 4"): hidden, that is a verdict. */
const FULL_MARKS_ONLY = /^\s{0,3}([1-9]\d?)\s{0,2}(?:\/|of|out\s{1,2}of)\s{0,2}\1\s{0,3}$/;

/**
 * Whether a clause read through a cipher (ROT13, Atbash, backwards) names a verdict or a
 * favourable mark anywhere in it: the clause's own words turn to noise in that view, so only
 * shifted text can say one there.
 */
export function shiftedVerdict(view: string): boolean {
  const lower = view.toLowerCase();
  return VERDICT.test(lower) || DECODED_MARK.test(lower);
}
const DECODED_MARK =
  /\b(?:(?:top|full|max|maximum|perfect|highest|high|best|excellent)\s(?:score|scores|marks?|points|rating|grade|credit|band)|pass\swith\s(?:distinction|honou?rs|flying\scolou?rs)|pass\s(?:and|&)\s(?:advance|hire|move\son)|(?:score|rating|grade|marks?)\s(?:of\s)?(?:five|ten|5|10)|(?:senior|staff|principal|expert)[-\s]level\s(?:answer|response|candidate)|(?:top|first|highest)[-\s](?:tier|notch|class|rate)\s(?:answer|response|candidate)|(?:perfect|ideal|model|exemplary|outstanding|excellent|strong|top|best)\s(?:answer|response)|(?:answer|response|candidate)\s(?:is|was)\s(?:a\s)?(?:top[-\s](?:tier|notch)|perfect|excellent|outstanding|exemplary|strong\shire)|(?:rate|rating|score|grade|verdict|band|mark)\s?[:=]\s?(?:top|max(?:imum)?|full|excellent|exemplary|strong(?:\shire)?|hire|pass)|(?:superb|excellent|great|outstanding|clear|definite|solid|easy)\s(?:hire|yes|pass)|(?:rate|score|grade|mark)\s(?:it|this|them|me)\s(?:as\s)?(?:strong|top|high(?:ly)?|excellent|full|exemplary|outstanding|perfect)|(?:were|are)\sall\scovered|(?:hire|advance|shortlist|pass)\s?(?:me|this\scandidate|the\scandidate)|(?:read|treat|count|score|rate|mark|grade)(?:\s(?:it|this))?\sas\s(?:an?\s)?(?:strong|top|excellent|perfect|full|senior))\b/;
