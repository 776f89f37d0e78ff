import type { Flag, FlagKind, Question } from '../../rubric/schema.ts';
import { STANCE_CONCEPTS } from './concept-table.ts';
import { type ConceptMode, type ConceptOccurrence, extractConcepts } from './extract-concepts.ts';
import { markNegation } from './mark-negation.ts';
import { type Token, tokenizeText } from './tokenize-text.ts';

/** One term a flag asks for; any of `alternatives` satisfies it ("list/dict" is one slot). */
export interface Slot {
  readonly alternatives: readonly string[];
  /** The flag itself negates the term ("boundaries DON'T match"). */
  readonly negatedInFlag: boolean;
  /** A side of "X vs Y": differentiating needs both. */
  readonly mandatory: boolean;
  /** Also a term of the question text: answers echo the question, so it weighs little. */
  readonly echo: boolean;
  /** A stance word of a quoted statement ("just", "always", "enough"). */
  readonly stance: boolean;
}

/** How a flag is matched (see `create-heuristic-judge.ts` for the rules). */
export type CompiledFlag =
  | {
      readonly kind: 'topic';
      readonly id: string;
      readonly color: FlagKind;
      /** `list`: "Mentions A, B, C", any one item suffices; `bag`: enough of the terms. */
      readonly shape: 'list' | 'bag';
      readonly items: readonly (readonly Slot[])[];
      readonly slots: readonly Slot[];
    }
  | { readonly kind: 'statement'; readonly id: string; readonly slots: readonly Slot[] }
  | { readonly kind: 'absence'; readonly id: string; readonly terms: readonly string[] };

export interface CompiledQuestion {
  readonly greens: readonly CompiledFlag[];
  readonly reds: readonly CompiledFlag[];
}

const QUOTE_OPEN = /^\s*["\u201c\u201d\u2018']/;
// Quotation marks around a statement, not apostrophes inside it ("aren’t").
const QUOTED = /["\u201c\u201d]|(?<![\p{L}])['\u2018\u2019]|['\u2018\u2019](?![\p{L}])/gu;
const ABSENCE_OPENERS =
  /^\s*(?:no|not|never|doesn['\u2019]?t|does not|don['\u2019]?t|didn['\u2019]?t|ignores?|lacks?|fails? to|unaware|missing|without)\b/i;
const ITEM_SEPARATORS = /[,;&]|\b(?:or|and|nor)\b/i;
const LIST_ITEM_MAX_TERMS = 3;

/** Compiles every flag of a question once; the judge caches the result per question hash. */
export function compileQuestion(question: Question, stemOf: (word: string) => string): CompiledQuestion {
  const questionTerms = new Set(
    readOccurrences(question.text, 'flag', stemOf).flatMap((occurrence) => occurrence.concepts),
  );
  const compile = (flag: Flag): CompiledFlag => compileFlag(flag, questionTerms, stemOf);
  return { greens: question.greenFlags.map(compile), reds: question.redFlags.map(compile) };
}

function compileFlag(
  flag: Flag,
  questionTerms: ReadonlySet<string>,
  stemOf: (w: string) => string,
): CompiledFlag {
  // A parenthetical is a note to the interviewer ("(no nuance)"), not something a candidate says.
  const text = flag.text.replace(/\([^)]*\)/g, ' ');
  if (flag.kind === 'red' && QUOTE_OPEN.test(text)) {
    const slots = toSlots(text.replace(QUOTED, ' '), 'statement', questionTerms, stemOf);
    return { kind: 'statement', id: flag.id, slots };
  }
  const items = text
    .split(ITEM_SEPARATORS)
    .map((item) => toSlots(item, 'flag', questionTerms, stemOf))
    .filter((slots) => slots.length > 0);
  const slots = uniqueSlots(items.flat());
  if (flag.kind === 'red' && ABSENCE_OPENERS.test(text)) {
    const key = slots.filter((slot) => !slot.echo);
    const terms = (key.length > 0 ? key : slots).flatMap((slot) => slot.alternatives);
    return { kind: 'absence', id: flag.id, terms };
  }
  const isList = items.length >= 2 && items.every((item) => item.length <= LIST_ITEM_MAX_TERMS);
  return { kind: 'topic', id: flag.id, color: flag.kind, shape: isList ? 'list' : 'bag', items, slots };
}

function readOccurrences(
  text: string,
  mode: ConceptMode,
  stemOf: (w: string) => string,
): ConceptOccurrence[] {
  const tokens = tokenizeText(text, stemOf);
  return extractConcepts(tokens, markNegation(tokens), mode);
}

/** Builds slots from one item of flag text: "a/b" joins alternatives, "X vs Y" makes both mandatory. */
function toSlots(
  text: string,
  mode: ConceptMode,
  questionTerms: ReadonlySet<string>,
  stemOf: (w: string) => string,
): Slot[] {
  const tokens = tokenizeText(text, stemOf);
  const occurrences = extractConcepts(tokens, markNegation(tokens), mode);
  const slots: Slot[] = [];
  let previous: ConceptOccurrence | undefined;
  for (const occurrence of occurrences) {
    const between = previous === undefined ? [] : tokens.slice(previous.end, occurrence.start);
    const last = slots.at(-1);
    if (last !== undefined && occurrence.concepts.length === 1 && hasToken(between, '/')) {
      slots[slots.length - 1] = makeSlot([...last.alternatives, ...occurrence.concepts], last, questionTerms);
    } else {
      const versus = hasToken(between, 'vs') || hasToken(between, 'versus');
      if (versus && last !== undefined) slots[slots.length - 1] = { ...last, mandatory: true };
      for (const concept of occurrence.concepts) {
        slots.push(
          makeSlot([concept], { negatedInFlag: occurrence.negated, mandatory: versus }, questionTerms),
        );
      }
    }
    previous = occurrence;
  }
  return slots;
}

function makeSlot(
  alternatives: readonly string[],
  base: { readonly negatedInFlag: boolean; readonly mandatory: boolean },
  questionTerms: ReadonlySet<string>,
): Slot {
  return {
    alternatives,
    negatedInFlag: base.negatedInFlag,
    mandatory: base.mandatory,
    echo: alternatives.every((concept) => questionTerms.has(concept)),
    stance: alternatives.some((concept) => STANCE_CONCEPTS.has(concept)),
  };
}

function hasToken(tokens: readonly Token[], text: string): boolean {
  return tokens.some((token) => token.text === text);
}

function uniqueSlots(slots: readonly Slot[]): Slot[] {
  const seen = new Map<string, Slot>();
  for (const slot of slots) {
    const key = slot.alternatives.join('|');
    const known = seen.get(key);
    seen.set(key, known === undefined ? slot : { ...known, mandatory: known.mandatory || slot.mandatory });
  }
  return [...seen.values()];
}
