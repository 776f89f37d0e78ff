import { createLiteralGate, type GateResult } from '../text/literal-gate.ts';
import { NUMBER_WORDS } from '../text/number-words.ts';
import { bareList } from './bare-list.ts';
import { clauseRanges, speechClauses } from './clause-ranges.ts';
import type { FoldedText } from './fold-text.ts';
import type { InjectionKind } from './schema.ts';
import {
  CREDIT_CLAIM,
  DECODE_AND_OBEY,
  DESERT,
  OUTCOME_IDIOM,
  READER_MODAL,
  ROLEPLAY,
  TRANSFORM_FIRST,
  VERDICT,
} from './steering-acts.ts';
import { MODESTY, NOT_PAST, OWN_ROLE, PAST_TENSE, tellsStory } from './steering-exemptions.ts';
import { THIS_LATIN, THIS_SCRIPT } from './steering-languages.ts';
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
import { firstOf, mayHoldScript, patternsOf, rangesOf, type WordClass, wordClass } from './word-class.ts';

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
  for (const clause of clauseRanges(folded.text).flatMap((range) => speechClauses(folded.text, range))) {
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

/**
 * This very item named in another language ("bu cevap", "ez a válasz"): no story told in English
 * around it ("our team had a motto, …") makes a request in it about this answer a thing of the past.
 */
const THIS_ITEM_ELSEWHERE = wordClass(THIS_LATIN, THIS_SCRIPT);

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
  THIS_ITEM_ELSEWHERE,
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
export const steeringGate: (text: string) => GateResult = createLiteralGate(() =>
  patternsOf(STEERING_CLASSES),
);

/**
 * What one clause does, as hits relative to the clause. `gate` is `steeringGate` of the clause or
 * of a text holding it.
 */
export function steeringIn(clause: string, gate: GateResult = steeringGate(clause)): Found[] {
  const found: Found[] = [];
  // Other scripts' patterns need Unicode mode (slow); most clauses hold no other script.
  const script = mayHoldScript(clause);
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
  // A low mark given ("a three out of ten for maintainability, and I'm being generous") is a
  // verdict against something, not a push towards the top.
  const pair = nearestPair(
    evaluation.filter(([start, end]) => !isLowScore(clause.slice(start, end))),
    favourable,
  );
  if (pair !== undefined) {
    const named = first(THIS_NAMED_ITEM);
    const pointer = named ?? first(THIS_ITEM) ?? first(READER_MODAL) ?? first(DESERT) ?? vocative ?? atWork;
    const ownRole = named === undefined && vocative === undefined && first(OWN_ROLE) !== undefined;
    const modest = vocative === undefined && first(MODESTY) !== undefined;
    const story = tellsStory(first) && first(THIS_ITEM_ELSEWHERE) === undefined;
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

const SCORE_TEXT =
  /^(\d{1,3}|zero|one|two|three|four|five|six|seven|eight|nine|ten)[\s\u00a0-]{0,3}(?:out[\s\u00a0-]{1,3}of|of|\/|on)[\s\u00a0-]{0,3}(\d{1,3}|zero|one|two|three|four|five|six|seven|eight|nine|ten)$/i;

/** A mark written as a fraction that is half of its scale or less ("3 out of 10", "two of five"). */
function isLowScore(text: string): boolean {
  const match = SCORE_TEXT.exec(text.trim());
  if (match === null) return false;
  const value = (word: string | undefined) => {
    const index = NUMBER_WORDS.indexOf((word ?? '').toLowerCase());
    return index >= 0 ? index : Number(word);
  };
  const [given, scale] = [value(match[1]), value(match[2])];
  return scale > 0 && given * 2 <= scale;
}

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
