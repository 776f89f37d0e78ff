/**
 * Keyword stuffing that needs no rubric: a bare list of terms or a run of words with no function
 * word, read clause by clause by `findSteering` (see `bareList`).
 */
import { eng } from 'stopword';
import { defaultWordNet } from '../lexicon/default-wordnet.ts';
import { isPureVerb } from '../lexicon/is-word.ts';
import { allMatches } from '../text/all-matches.ts';
import { PREDICATE, RELATION } from './find-keyword-stuffing.ts';

type Range = readonly [number, number];

/** Function words beyond stopword's short list: prepositions, pronouns, numbers, quantifiers. */
const MORE_FUNCTION_WORDS =
  'per via versus vs into onto about across after against along among around at behind below beside between beyond by down during except inside near off out outside over past since through till toward towards under until up upon with within without us me him her them one two three four five six seven eight nine ten hundred thousand first second each every some any many much more most less few all both either neither gives gets got takes took goes went says said'.split(
    ' ',
  );
export const STOP_WORDS: ReadonlySet<string> = new Set([...eng, ...MORE_FUNCTION_WORDS]);
/** A row of a Markdown table: cells between bars, on a line of its own. */
const TABLE_ROW = /^[ \t]*\|[^\n]*\|[ \t]*$/m;
/** An outline of this many bare items is a dump, heading or not. */
const LONG_OUTLINE = 12;
/** A run of this many words with no function word is not speech. */
const BARE_RUN = 12;

const LIST_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const TOKEN = /\S+/g;
/** A plain word with its punctuation around it: "(tracing," → "tracing". */
const PLAIN_WORD = /^[("'“‘[]?(\p{L}[\p{L}'’-]*)[)"'”’\].,;:!?·]*$/u;
const ASCII_WORD_ANY_CASE = /[a-z0-9][a-z0-9'’-]*/gi;
/** Marks between list items; a list of six has four or more. */
const LIST_MARK = /[,;/|•·]|\band\b|\bor\b/gi;
/** Items of a list: split at commas, semicolons, slashes, bullets and "and"/"or" (kept, to know offsets). */
const ITEM_SPLIT = /(\s*(?:[,;/|•·()]|\band\b|\bor\b)\s*)/i;
/** What introduces a list as examples ("like connection errors, 502s, …"); a list completing a sentence is `SPOKEN_INTRO`'s. */
const EXAMPLE_HEAD =
  /\b(?:like|such as|including|includes|e\.g\.|for example|for instance|namely|especially|mostly|mainly)\b/i;
/**
 * A subject and its verb before a list ("we used", "I'd have", "you pay in overhead:", "our
 * stack was"): the list completes a sentence.
 */
const SPOKEN_INTRO =
  /\blet(?:['’]s|\s+me)\s+(?:list|name|run\s+through|go\s+through|count|enumerate|spell\s+out)\b|\b(?:the|our|my|their|its|these|those)\s+(?:[\w-]+\s+){0,3}?(?:are|were|include|included|includes|involve|involves|involved)\b|\boff\s+the\s+top\s+of\s+my\s+head\b|\bfrom\s+memory\b|\bto\s+name\s+(?:a\s+)?few\b|\bif\s+i\s+(?:remember|recall)\b|\b(?:(?:i|we|you|they)(?:['’](?:d|ll|ve|re|m))?(?:\s+(?:also|then|usually|typically|always|often|probably|definitely|really|just|mostly|would|will|could|should|might|can|do|did|don['’]t))*\s+[a-z]{2,}|(?:it|this|that|(?:our|my|the)\s+(?:stack|tools?|tooling|setup|platform|team|services?))(?:['’]d|['’]ll|\s+(?:would|will|could|should|might))?(?:\s+(?:also|then|usually|typically|always|often|probably|definitely))?\s+(?:was|were|is|are|used|use|had|have|ran|run|included|includes|picked|chose|add|added|want|need|needed|built|build))\b/i;
/** A list labelled as the tools one uses: "tools-wise: Grafana, Prometheus, …". */
const TOOLS_LABEL =
  /^\s*(?:(?:tools?|tooling|stack|tech|languages?)(?:-wise|\s+wise)|our\s+(?:stack|tools?|tooling))\s*[:,]/i;
/** A short heading before a colon or an arrow at the clause's start: "Detection:", "On the tooling side:", "First, detection - the golden signals:", "Monolith →". */
const LABEL = /^\s*((?:[\p{L}][\p{L}'’-]*,?\s+(?:[-–—]\s+)?){0,4}[\p{L}][\p{L}'’-]*)\s*(?::|→|->|=>)/u;
/** Headings that name the list as terms to be credited, not a topic of the answer. */
const META_LABEL =
  /\b(?:keywords?|key|terms?|buzzwords?|tags?|topics?|concepts?|vocabulary|glossary|lexicon|jargon|terminology|words?|phrases?|index|points?|flags?|criteria|criterion|checklist|covered|coverage|mentioned|addressed|relevant|rubric|items?|list|hits?|summary|recap|tl;?dr|ticked|checked|done|met)\b/i;

/**
 * An outline: the list stands under a heading that names a topic of the answer ("Detection:
 * health checks, RED metrics, …; Recovery: timeouts, …"), as a structured spoken answer does.
 * A heading that names the list as terms or points covered ("Keywords:", "Covered:") is not one.
 */
function topicLabelled(clause: string): boolean {
  const label = LABEL.exec(clause)?.[1];
  return label !== undefined && !META_LABEL.test(label);
}

/**
 * A list opened by a colon inside a said sentence ("It's a trap when the problem is full of edge
 * cases: crypto, date handling, …"): the colon in the list's first item, a predicate before it,
 * and no heading that names the list as terms ("the keywords are:"). With `wholeSentence` (a run
 * of words rather than a list of items) six words or more must come before the colon: "So
 * basically:" heads a dump.
 */
function colonIntro(clause: string, start: number, wholeSentence = false): boolean {
  const next = clause.slice(start).search(/[,;]/);
  const colon = clause.lastIndexOf(':', next < 0 ? clause.length : start + next);
  // The colon opens the list's first item, or, after a whole said sentence of six words or more,
  // the item just before it ("It's a trap when the complexity is hidden in edge cases: time zones,
  // Unicode, …"; not a heading such as "So basically:" or "Too micro when:").
  if (colon < 0) return false;
  const sentenceWords = (clause.slice(0, colon).match(/[\p{L}'’-]+/gu) ?? []).length;
  if ((colon < start || wholeSentence) && sentenceWords < 6) return false;
  if (colon < start && (clause.slice(colon, start).match(/[,;]/g) ?? []).length > 1) return false;
  const said =
    clause
      .slice(0, colon)
      .toLowerCase()
      .match(/[a-z'’]+/g) ?? [];
  return (
    said.some((word) => PREDICATE.has(word)) && !META_LABEL.test(clause.slice(Math.max(0, colon - 40), colon))
  );
}

const NEGATION: ReadonlySet<string> = new Set(['not', 'no', 'never', 'without', 'rather']);
/** Where a quoted saying may open: a quote mark not inside a word ("I'd" opens nothing). */
const QUOTE_OPENS = /(?<![\p{L}\p{N}])'|["“‘«]/u;
/** A quoted stretch of a few words or more. */
const QUOTED_SAYING =
  /(?<![\p{L}\p{N}])'[^'\n]{8,200}'(?![\p{L}\p{N}])|"[^"\n]{8,200}"|“[^”\n]{8,200}”|‘[^’\n]{8,200}’|«[^»\n]{8,200}»/gu;
const ITEM_SEPARATOR = /^\s*(?:[,;/|•·()]|and|or)\s*$/i;
/**
 * A determiner after an item's first word ("letting the component heal", "pick a leader"): the
 * item is a phrase about something, not a term (terms open with their article if they have one).
 */
const INNER_DETERMINER = /[\p{L}\p{N}][^\s,;]*\s+(?:the|a|an|its|their|our|each|every)\s+\p{L}/iu;

/**
 * A bare list of terms: six or more items of at most five words with no predicate among them,
 * or a run of twelve or more words none of which is a function word (unless it completes a sentence). Said sentences have verbs
 * and function words; dumped terms do not.
 */
export function bareList(clause: string): Range | undefined {
  // Words as the text spaces them; a token that is not a plain word (a number, key=value,
  // JSON, a path) ends a run: logs and code are not dumped terms.
  // A quoted saying is quoted, whatever its language ("'Wer sein eigenes Framework baut, …'"):
  // blanked for the run of words (offsets kept); lists still read their quoted items.
  const tokens = allMatches(
    TOKEN,
    QUOTE_OPENS.test(clause) ? clause.replace(QUOTED_SAYING, (quote) => ' '.repeat(quote.length)) : clause,
  );
  if (tokens.length < 6) return undefined;
  let run = 0;
  let runStart = 0;
  let commas = 0;
  // A long run under a topic heading, said only if the clause goes on to a predicate.
  let headed: number | undefined;
  for (const token of tokens) {
    const word = PLAIN_WORD.exec(token[0])?.[1]?.toLowerCase();
    if (word === undefined || STOP_WORDS.has(word) || PREDICATE.has(word)) {
      if (headed !== undefined && word !== undefined && PREDICATE.has(word)) {
        headed = undefined;
        break;
      }
      run = 0;
      continue;
    }
    if (run === 0) {
      runStart = token.index;
      commas = 0;
    }
    run += 1;
    const last = token[0].at(-1);
    if (last === ',' || last === ';') commas += 1;
    // Unless the run is a list (a comma every three words or fewer) completing a sentence said
    // before it: "I'd have integration tests in containers, contract tests, fault injection, …".
    // (Such a list is then read as a list below: it may still repeat itself.)
    if (run >= BARE_RUN && headed === undefined) {
      if (
        commas * 3 >= run &&
        (SPOKEN_INTRO.test(clause.slice(0, runStart)) || colonIntro(clause, runStart, true))
      )
        break;
      // … or under a topic heading, going on to say something of its items ("Symptoms: lockstep
      // deploys, chatty synchronous calls, …, and bugs that are really about consistency").
      if (commas * 3 >= run && (TOOLS_LABEL.test(clause) || topicLabelled(clause))) {
        headed ??= runStart;
        continue;
      }
      return [runStart, clause.length];
    }
  }
  if (headed !== undefined) return [headed, clause.length];
  // Six or more short items in a row, none with a predicate: the list inside a longer clause too
  // ("… so it was fine. plus vault, kms, secret rotation, … and of course never in git").
  if ((clause.match(LIST_MARK) ?? []).length < 4) return undefined;
  // A table's row ("| Instance slow | outlier detection | eject it |") is a table, not a dump.
  if (TABLE_ROW.test(clause)) return undefined;
  let start = -1;
  let count = 0;
  let described = 0;
  let introducedAt = -1;
  let introduced = false;
  let outline: boolean | undefined;
  const said = new Set<string>();
  let repeats = 0;
  let at = 0;
  for (const piece of clause.split(ITEM_SPLIT)) {
    const pieceStart = at;
    at += piece.length;
    if (ITEM_SEPARATOR.test(piece) || !/[\p{L}\p{N}]/u.test(piece)) continue;
    // A number ("429", "[[1, 0, 0], …]") is not a term: it neither counts nor breaks a list.
    if (!/\p{L}/u.test(piece)) continue;
    // Code and formulas are not terms ("k=3", "{…}", "n^2", "log n").
    if (/[{}=<>_"\\^]/.test(piece) || /^\s*(?:(?:log|ln|exp|sqrt)\s{0,2})?\p{L}\s{0,2}!?\s*$/u.test(piece)) {
      count = 0;
      continue;
    }
    const itemWords = piece.match(ASCII_WORD_ANY_CASE) ?? piece.match(LIST_WORD) ?? [];
    // An item that negates ("not by technical layer") is a clause; one that opens with "like" or
    // "such as" starts a list of examples again.
    if (EXAMPLE_HEAD.test(piece.slice(0, 12)) && /^\s*(?:like|such as|including|e\.g\.)/i.test(piece)) {
      count = 0;
      continue;
    }
    const short =
      itemWords.length <= 5 &&
      !itemWords.some((w) => PREDICATE.has(w.toLowerCase()) || NEGATION.has(w.toLowerCase()));
    // "like connection errors, 502s, 503s, 504s": examples introduced as examples are said.
    if (
      !short ||
      (count === 0 && EXAMPLE_HEAD.test(clause.slice(Math.max(0, pieceStart - 24), pieceStart + 12)))
    ) {
      count = 0;
      continue;
    }
    if (count === 0) {
      start = pieceStart;
      described = 0;
      said.clear();
      repeats = 0;
    }
    count += 1;
    // An item said twice in one list ("observability, traceability, …, observability") is padding
    // (a term of some length: the parts of paths such as `src/orders/api` repeat by nature).
    const item = piece
      .trim()
      .toLowerCase()
      .replace(/[.!?;:]+$/, '');
    if ((item.length >= 9 || item.includes(' ')) && !/[`'"]/.test(item)) {
      if (said.has(item)) repeats += 1;
      else said.add(item);
    }
    // "with exponential backoff", "capped at three attempts": an item that says how is described,
    // not dumped; a list with one such item in three is said.
    // … and so is one opened by a verb ("recover", "degrade gracefully"): a step, not a term.
    const firstWord = itemWords[0]?.toLowerCase();
    if (
      RELATION.test(piece) ||
      INNER_DETERMINER.test(piece) ||
      (firstWord !== undefined && isPureVerb(defaultWordNet(), firstWord))
    )
      described += 1;
    if (described * 3 >= count) continue;
    // "day to day it was python and go, …, postgres, redis, kafka, …": the complement of a
    // sentence said before it is said, however long.
    if (count >= 6) {
      if (repeats >= 1) return [start, clause.length];
      // A list completing a sentence said before it, or under a topic heading (an outline,
      // "Detection: health checks, RED metrics, …", up to a length no outline of spoken points
      // reaches), is said, unless it goes on to repeat itself. (Each read once per list and
      // clause: the walk stays linear however long the list.)
      if (introducedAt !== start) {
        introducedAt = start;
        introduced =
          SPOKEN_INTRO.test(clause.slice(0, start)) || colonIntro(clause, start) || verbLed(clause, start);
      }
      outline ??= TOOLS_LABEL.test(clause) || topicLabelled(clause);
      if (!introduced && !(outline && count < LONG_OUTLINE)) return [start, clause.length];
    }
  }
  return undefined;
}

/** A list whose first item opens with a verb ("detect w/ RED metrics, synthetic probes, …"): its object, said. */
function verbLed(clause: string, start: number): boolean {
  const first = /^\s*([a-z]+)\s+\S/i.exec(clause.slice(start, start + 40))?.[1]?.toLowerCase();
  return first !== undefined && isPureVerb(defaultWordNet(), first);
}
