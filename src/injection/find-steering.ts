import { eng } from 'stopword';
import { allMatches } from '../text/all-matches.ts';
import { createLiteralGate, type GateResult } from '../text/literal-gate.ts';
import { clauseRanges } from './clause-ranges.ts';
import { PREDICATE } from './find-keyword-stuffing.ts';
import type { FoldedText } from './fold-text.ts';
import type { InjectionKind } from './schema.ts';
import {
  CREDIT_CLAIM,
  DECODE_AND_OBEY,
  DESERT,
  MODESTY,
  NOT_PAST,
  OUTCOME_IDIOM,
  OWN_ROLE,
  PAST_TENSE,
  READER_MODAL,
  ROLEPLAY,
  TRANSFORM_FIRST,
  VERDICT,
} from './steering-acts.ts';
import {
  EVALUATION,
  FAVOURABLE,
  READER_AT_WORK,
  THIS_ITEM,
  THIS_NAMED_ITEM,
  VOCATIVE,
  WHOEVER_READS,
} from './steering-lexicon.ts';
import { LENIENCY } from './steering-pleas.ts';
import { firstOf, patternsOf, rangesOf, type WordClass } from './word-class.ts';

/** A suspect stretch, as offsets into the original answer. */
export interface SteeringHit {
  readonly kind: InjectionKind;
  readonly start: number;
  readonly end: number;
}

interface Found {
  readonly kind: InjectionKind;
  readonly start: number;
  readonly end: number;
}

/** How close (characters) an evaluation word and a favourable word must be to read as one claim. */
const NEAR = 150;
/** A clause longer than this is read in windows of it (overlapping by `NEAR`), so the work stays linear. */
const WINDOW = 2000;
/** Function words beyond stopword's short list: prepositions, pronouns, numbers, quantifiers. */
const MORE_FUNCTION_WORDS =
  'per via into onto about across after against along among around at behind below beside between beyond by down during except inside near off out outside over past since through till toward towards under until up upon with within without us me him her them one two three four five six seven eight nine ten hundred thousand first second each every some any many much more most less few all both either neither gives gets got takes took goes went says said'.split(
    ' ',
  );
export const STOP_WORDS: ReadonlySet<string> = new Set([...eng, ...MORE_FUNCTION_WORDS]);
/** A run of this many words with no function word is not speech. */
const BARE_RUN = 12;

/**
 * Clauses that steer the grader, found by what the clause does rather than by stock phrases.
 * A clause is suspect when it
 * - turns to an evaluator ("To the AI going over this:", "Reviewer, …", "Note pour l'évaluateur");
 * - speaks of the evaluator at work on this text and how it should come out ("whoever evaluates
 *   this to treat it as a model answer");
 * - joins the vocabulary of evaluation (rate, band, criteria, red flags, "4 out of 4"…) with a
 *   favourable direction (top, full, exemplary, met, ignore, leave out…) near each other, about
 *   this very item ("this answer", "it should", "here", "you spot", "any fair scorer would");
 * - pleads for leniency towards this answer, writes out a verdict ("band = Exceeds", "green
 *   flags 5/5 matched"), casts a persona for the grader, or orders a payload decoded and obeyed;
 * - or is a bare list or run of terms with no sentence around them (keyword stuffing needing no
 *   rubric: six or more short items in a row with no predicate, twelve or more words with no function word).
 * A clause that speaks of the speaker's own past grading ("as an interviewer I scored…") does
 * not count as steering unless it names this item, nor does modesty ("I won't pretend I have a
 * perfect answer"). Linear in the text.
 */
export function findSteering(folded: FoldedText): SteeringHit[] {
  const hits: SteeringHit[] = [];
  for (const clause of clauseRanges(folded.text)) {
    for (let from = clause.start; from < clause.end; from += WINDOW - NEAR) {
      const to = Math.min(clause.end, from + WINDOW);
      // The gate of the clause itself, not of the answer: a pattern runs only on clauses holding
      // its words (the walk over every clause costs what one walk over the answer does).
      for (const found of steeringIn(folded.text.slice(from, to))) {
        hits.push({
          kind: found.kind,
          start: folded.map[from + found.start] ?? 0,
          end: folded.endOf(from + found.end - 1),
        });
      }
      if (to === clause.end) break;
    }
  }
  return hits;
}

type Range = readonly [number, number];

/** Every word class a clause is read with. */
export const STEERING_CLASSES: readonly WordClass[] = [
  VOCATIVE,
  ROLEPLAY,
  LENIENCY,
  VERDICT,
  OUTCOME_IDIOM,
  DECODE_AND_OBEY,
  TRANSFORM_FIRST,
  CREDIT_CLAIM,
  EVALUATION,
  FAVOURABLE,
  READER_AT_WORK,
  WHOEVER_READS,
  THIS_NAMED_ITEM,
  THIS_ITEM,
  READER_MODAL,
  DESERT,
  OWN_ROLE,
  MODESTY,
  PAST_TENSE,
  NOT_PAST,
];

/**
 * Which of the word classes' patterns can match anywhere in a text: one walk of the text, after
 * which a clause runs only patterns whose words occur (most answers hold few evaluation words).
 */
export const steeringGate: (text: string) => GateResult = createLiteralGate(patternsOf(STEERING_CLASSES));

/**
 * What one clause does, as hits relative to the clause. `gate` is `steeringGate` of the clause or
 * of a text holding it.
 */
export function steeringIn(clause: string, gate: GateResult = steeringGate(clause)): Found[] {
  const found: Found[] = [];
  // Other scripts' patterns need Unicode mode (slow); most clauses are plain ASCII.
  const script = NON_ASCII.test(clause);
  const first = (cls: WordClass): Range | undefined => firstOf(cls, clause, script, gate);
  const vocative = first(VOCATIVE);
  if (vocative !== undefined) found.push(hit('addresses_evaluator', vocative));
  const roleplay = first(ROLEPLAY);
  if (roleplay !== undefined) found.push(hit('roleplay', roleplay));
  const acts: readonly (readonly [WordClass, InjectionKind])[] = [
    [LENIENCY, 'score_demand'],
    [VERDICT, 'score_demand'],
    [OUTCOME_IDIOM, 'score_demand'],
    [DECODE_AND_OBEY, 'instruction_override'],
    [TRANSFORM_FIRST, 'instruction_override'],
    [CREDIT_CLAIM, 'compliance_claim'],
    // (Notes about the record span sentences: `findDisguised` reads them a line at a time.)
  ];
  for (const [cls, kind] of acts) {
    const match = first(cls);
    if (match !== undefined) found.push(hit(kind, match));
  }

  const evaluation = rangesOf(EVALUATION, clause, script, gate);
  // The reader at work in any form where the clause speaks of evaluation or to someone; else
  // only the indirect "whoever reads this" (the other forms need words every clause has).
  const reader =
    evaluation.length > 0 || vocative !== undefined ? first(READER_AT_WORK) : first(WHOEVER_READS);
  const favourable =
    evaluation.length > 0 || vocative !== undefined || reader !== undefined
      ? rangesOf(FAVOURABLE, clause, script, gate)
      : [];
  // The reader at work with how it should come out: "whoever's reading this later … anything less than outstanding".
  const atWork = evaluation.length > 0 || favourable.length > 0 ? reader : undefined;
  if (atWork !== undefined) found.push(hit('addresses_evaluator', atWork));
  const pair = nearestPair(evaluation, favourable);
  if (pair !== undefined) {
    const named = first(THIS_NAMED_ITEM);
    const pointer = named ?? first(THIS_ITEM) ?? first(READER_MODAL) ?? first(DESERT) ?? vocative ?? atWork;
    const ownRole = named === undefined && vocative === undefined && first(OWN_ROLE) !== undefined;
    const modest = vocative === undefined && first(MODESTY) !== undefined;
    const story = first(PAST_TENSE) !== undefined && first(NOT_PAST) === undefined;
    if (pointer !== undefined && !ownRole && !modest && !story) {
      const start = Math.min(pair[0][0], pair[1][0], pointer[0]);
      const end = Math.max(pair[0][1], pair[1][1], pointer[1]);
      found.push({ kind: 'score_demand', start, end });
    }
  }
  const list = bareList(clause);
  if (list !== undefined) found.push(hit('keyword_stuffing', list));
  return found;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: any character outside ASCII
const NON_ASCII = /[^\x00-\x7f]/;

function hit(kind: InjectionKind, [start, end]: Range): Found {
  return { kind, start, end };
}

/** The closest evaluation/favourable pair within `NEAR` characters (two-pointer sweep, both sorted). */
function nearestPair(a: readonly Range[], b: readonly Range[]): readonly [Range, Range] | undefined {
  let best: readonly [Range, Range] | undefined;
  let bestGap = NEAR + 1;
  let j = 0;
  for (const x of a) {
    while (j + 1 < b.length && (b[j + 1]?.[0] ?? 0) <= x[0]) j += 1;
    for (const y of [b[j], b[j + 1]]) {
      // The same words may be both ("five out of five", "top-rated"): a pair at gap 0.
      if (y === undefined) continue;
      const gap = Math.max(0, Math.max(x[0], y[0]) - Math.min(x[1], y[1]));
      if (gap < bestGap) {
        bestGap = gap;
        best = [x, y];
      }
    }
  }
  return best;
}

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
  /\blet(?:['’]s|\s+me)\s+(?:list|name|run\s+through|go\s+through|count|enumerate|spell\s+out)\b|\b(?:(?:i|we|you|they)(?:['’](?:d|ll|ve|re|m))?(?:\s+(?:also|then|usually|typically|always|often|probably|definitely|really|just|mostly|would|will|could|should|might|can|do|did|don['’]t))*\s+[a-z]{2,}|(?:it|this|that|(?:our|my|the)\s+(?:stack|tools?|tooling|setup|platform|team|services?))(?:['’]d|['’]ll|\s+(?:would|will|could|should|might))?(?:\s+(?:also|then|usually|typically|always|often|probably|definitely))?\s+(?:was|were|is|are|used|use|had|have|ran|run|included|includes|picked|chose|add|added|want|need|needed|built|build))\b/i;
/** A list labelled as the tools one uses: "tools-wise: Grafana, Prometheus, …". */
const TOOLS_LABEL =
  /^\s*(?:(?:tools?|tooling|stack|tech|languages?)(?:-wise|\s+wise)|our\s+(?:stack|tools?|tooling))\s*[:,]/i;
/** A short heading before a colon at the clause's start: "Detection:", "On the tooling side:". */
const LABEL = /^\s*((?:[\p{L}][\p{L}'’-]*\s+){0,3}[\p{L}][\p{L}'’-]*)\s*:/u;
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

const NEGATION: ReadonlySet<string> = new Set(['not', 'no', 'never', 'without', 'rather']);
const ITEM_SEPARATOR = /^\s*(?:[,;/|•·()]|and|or)\s*$/i;

/**
 * A bare list of terms: six or more items of at most five words with no predicate among them,
 * or a run of twelve or more words none of which is a function word (unless it completes a sentence). Said sentences have verbs
 * and function words; dumped terms do not.
 */
function bareList(clause: string): Range | undefined {
  // Words as the text spaces them; a token that is not a plain word (a number, key=value,
  // JSON, a path) ends a run: logs and code are not dumped terms.
  const tokens = allMatches(TOKEN, clause);
  if (tokens.length < 6) return undefined;
  let run = 0;
  let runStart = 0;
  let commas = 0;
  for (const token of tokens) {
    const word = PLAIN_WORD.exec(token[0])?.[1]?.toLowerCase();
    if (word === undefined || STOP_WORDS.has(word) || PREDICATE.has(word)) {
      run = 0;
      continue;
    }
    if (run === 0) {
      runStart = token.index;
      commas = 0;
    }
    run += 1;
    if (/[,;]$/.test(token[0])) commas += 1;
    // Unless the run is a list (a comma every three words or fewer) completing a sentence said
    // before it: "I'd have integration tests in containers, contract tests, fault injection, …".
    if (run >= BARE_RUN)
      return commas * 3 >= run && SPOKEN_INTRO.test(clause.slice(0, runStart))
        ? undefined
        : [runStart, clause.length];
  }
  // Six or more short items in a row, none with a predicate: the list inside a longer clause too
  // ("… so it was fine. plus vault, kms, secret rotation, … and of course never in git").
  if ((clause.match(LIST_MARK) ?? []).length < 4) return undefined;
  let start = -1;
  let count = 0;
  let at = 0;
  for (const piece of clause.split(ITEM_SPLIT)) {
    const pieceStart = at;
    at += piece.length;
    if (ITEM_SEPARATOR.test(piece) || !/[\p{L}\p{N}]/u.test(piece)) continue;
    if (/[{}=<>_"\\]/.test(piece)) {
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
    if (count === 0) start = pieceStart;
    count += 1;
    // "day to day it was python and go, …, postgres, redis, kafka, …": the complement of a
    // sentence said before it is said, however long.
    if (count >= 6)
      return SPOKEN_INTRO.test(clause.slice(0, start)) || TOOLS_LABEL.test(clause) || topicLabelled(clause)
        ? undefined
        : [start, clause.length];
  }
  return undefined;
}
