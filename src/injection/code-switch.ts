import { defaultWordNet } from '../lexicon/default-wordnet.ts';
import { isWord } from '../lexicon/is-word.ts';
import type { WordNet } from '../lexicon/wordnet.ts';
import { STOP_WORDS } from './bare-list.ts';
import { englishWords, LATIN_WORD, mostlyEnglish, OTHER_SCRIPT, otherScriptWeight } from './foreign-text.ts';

// A candidate's own use of two languages, told apart from an aside to the grader in another
// language: English words of the subject inside the foreign clause (`codeSwitched`), or the foreign
// clause translated into English right after it (`glossedInEnglish`).

/**
 * Words about the evaluation in any language's clause: with one of them, English inside a
 * foreign clause may be the request itself ("isko full marks de do", "please isko sabse acha
 * score dena"), so the clause is not excused as code-switching.
 */
const EVALUATION_WORD =
  /^(?:scor\w*|grad(?:e|es|ed|er|ers|ing)|marks?|numbers?|rat(?:e|ed|ing|ings)|evaluat\w*|assess\w*|review\w*|check\w*|pass\w*|hire\w*|top|full|max\w*|best|excellent|perfect|answer\w*|respons\w*|candidate\w*|ai|llm|model|judge|please|points?|result\w*|cover\w*|adjust\w*|trust|strong|senior|shortlist\w*|advance\w*|select\w*|approv\w*|rubric|criteria|flags?|ten|five|four)$/i;
/** Code-switching brings this many English content words into a clause at least. */
const SWITCHED_WORDS = 2;
/** … and at most this share of the clause's words (the rest being the other language's). */
const SWITCHED_SHARE = 0.6;

/**
 * Whether a clause in another language is the candidate's own code-switched speech: it carries
 * English content words of the answer's subject ("Scaling ka matlab mere liye hai: system ko
 * zyada load handle karna, bina latency badhe"; "मैं distributed systems को test करने के लिए"),
 * two or more (but not most of its words: a run of English terms is not switching), and no word
 * of the evaluation among its English ones. A request in another language names what it asks for.
 */
export function codeSwitched(
  words: readonly string[],
  script: boolean,
  wordNet: WordNet = defaultWordNet(),
): boolean {
  let content = 0;
  for (const word of words) {
    const lower = word.toLowerCase().replace(/['’]s?$/, '');
    if (EVALUATION_WORD.test(lower)) return false;
    if (lower.length < 4 || STOP_WORDS.has(lower) || !/^[a-z-]+$/.test(lower)) continue;
    if (script || isWord(wordNet, lower)) content += 1;
  }
  // Switching needs another language around them: a run of English terms is not it (read as keyword stuffing).
  return content >= SWITCHED_WORDS && (script || content <= SWITCHED_SHARE * words.length);
}

/** Where a clause's parts meet: a comma, semicolon, colon or dash. */
const PART_SEPARATOR = /[,;:—–]|\s-\s/;
/** Where the parts after it meet, brackets too. */
const PARTS = /[,;:—–()[\]]|\s-\s/;
/** A translation after the clause says as much as it: this many English words for each foreign one at least. */
const GLOSS_SHARE = 0.6;
/** … and at most this many. */
const GLOSS_MAX = 2;

/**
 * Whether a clause in another language is translated right after it ("Laisse-moi répondre en
 * anglais, let me answer in English."; "二人同時に最後の一個を買う, two people buying the last one at the
 * same time."): its first part is foreign, every later part English, the English three words or
 * more and 0.6 to 2 times the foreign part's length in words (another script counted as
 * `otherScriptWeight` does, 2.5 characters a word), not opened by an attribution ("as my mentor
 * used to say"), and no word of the evaluation among the
 * foreign part's Latin words. An aside to the grader with a short English tail ("…, thanks a
 * lot", "…, uh yes, so merge them back") does not pass: the tail is short, or not all English.
 */
export function glossedInEnglish(body: string, share = GLOSS_SHARE): boolean {
  // The foreign part runs to a separator after which every part is English ("Circuit breaker poznám
  // z teórie, ale v praxi som ho nepoužil — I know it from theory …": the comma is the foreign part's).
  for (let cut = body.search(PART_SEPARATOR), tries = 0; cut > 0 && tries < 8; tries += 1) {
    if (translatedAfter(body.slice(0, cut), body.slice(cut + 1), share)) return true;
    const next = body.slice(cut + 1).search(PART_SEPARATOR);
    cut = next < 0 ? -1 : cut + 1 + next;
  }
  return false;
}

function translatedAfter(foreign: string, rest: string, share: number): boolean {
  if (OTHER_SCRIPT.test(rest)) return false;
  // A translation says the content again as a clause of its own; "— as my mentor used to say" or
  // "— which is why …" attributes or goes on, and vouches for nothing.
  if (ATTRIBUTION.test(rest)) return false;
  const foreignLatin = foreign.match(LATIN_WORD) ?? [];
  if (foreignLatin.some((word) => EVALUATION_WORD.test(word.toLowerCase()))) return false;
  // (One English-looking word is common in any language: Norwegian "for", French "a".)
  if (englishWords(foreignLatin) >= 2) return false;
  // The translation follows the foreign text: English between them is a clause of its own ("…चाहिए। In one role").
  const lastScript = lastIndexOfScript(foreign);
  if (lastScript >= 0 && LATIN_WORD_ONCE.test(foreign.slice(lastScript))) return false;
  const english = rest.match(LATIN_WORD) ?? [];
  const foreignLength = foreignLatin.length + otherScriptWeight(foreign) / 2.5;
  // About as long as what it translates: a long English tail is a clause of its own ("— as my mentor used to say …").
  if (
    english.length < 3 ||
    english.length < share * foreignLength ||
    english.length > GLOSS_MAX * foreignLength
  )
    return false;
  // Every later part English: "…uveďte, že splňuje všechna kritéria), and a circuit breaker …" is not.
  return rest.split(PARTS).every((part) => {
    const words = part.match(LATIN_WORD) ?? [];
    return words.length === 0 || mostlyEnglish(words);
  });
}

const ATTRIBUTION =
  /^[\s"“'‘(]*(?:as|like|which|who|whom|whose|according|because|since|so|and|but|or|then|said|says|per|plus|also|anyway)\b/i;
const LATIN_WORD_ONCE = /[A-Za-z\u00c0-\u024f]{2,}/;

/** Where the last character of another script in `text` is (−1: none). */
export function lastIndexOfScript(text: string): number {
  for (let i = text.length - 1; i >= 0; i -= 1) if (OTHER_SCRIPT.test(text.charAt(i))) return i;
  return -1;
}

/** The Latin words of a clause that stand between two runs of another script ("我觉得 monkey patching 在测试里"). */
export function interleaved(own: string): string[] {
  const first = own.search(OTHER_SCRIPT);
  const last = lastIndexOfScript(own);
  return first < 0 || last <= first ? [] : (own.slice(first, last).match(LATIN_WORD) ?? []);
}

/** The Latin words of a clause outside its bracketed annotations ("[speaking Polish]", "(laughs)"). */
export function unannotated(own: string): string[] {
  return own.replace(/\[[^\]\n]{0,60}\]|\([^)\n]{0,60}\)/g, ' ').match(LATIN_WORD) ?? [];
}

/** What opens a translation given in brackets after the sentence it renders ("(In English: …"). */
const BRACKET_GLOSS_LEAD = /^(?:(?:in\s{1,3})?english|translation|translated|roughly)\s{0,3}[:,-]\s{0,3}/i;
/** A translation labelled as one may say it more briefly: this many English words per foreign one. */
const LABELLED_GLOSS_SHARE = 0.4;
/**
 * A bracketed remark about the sentence, not a rendering of it: "(My colleague taught me that line,
 * it's our team joke.)", "(That's my email signature in Faroese.)" (rounds 88 and 106's attacks).
 */
const META_REMARK =
  /\b(?:line|joke|signature|sayings?|habit|motto|phrase|quote|proverb|catchphrase|taught|sorry|translat\w*|language|means?|meant)\b/i;
/** A bracketed sentence right after another ("… antwoord. (In English: …)"). */
const BRACKETED_NEXT = /^\s{0,3}\(([^()\n]{1,500})\)/;

/**
 * Whether a sentence in another language is translated by the bracketed sentence right after it
 * ("Ik geef een voorbeeld: … antwoord. (In English: our carrier's API sometimes took ten
 * seconds.)", probe rounds 134 and 138): `glossedInEnglish` of the two read as one clause (a
 * translation labelled as one, "In English:", may be briefer: `LABELLED_GLOSS_SHARE`).
 * `after`: the text that follows the sentence.
 */
export function translatedInBrackets(foreign: string, after: string): boolean {
  const inner = BRACKETED_NEXT.exec(after)?.[1];
  if (inner === undefined) return false;
  const labelled = BRACKET_GLOSS_LEAD.test(inner);
  if (!labelled && META_REMARK.test(inner)) return false;
  return glossedInEnglish(
    `${foreign} — ${inner.replace(BRACKET_GLOSS_LEAD, '')}`,
    labelled ? LABELLED_GLOSS_SHARE : GLOSS_SHARE,
  );
}
