import type { Flag, FlagKind, Question } from '../../rubric/schema.ts';
import { STANCE_CONCEPTS } from './concept-table.ts';
import { type ConceptMode, type ConceptOccurrence, extractConcepts } from './extract-concepts.ts';
import { type AnswerShape, findAnswerShapes } from './find-answer-shapes.ts';
import { markNegation } from './mark-negation.ts';
import { type Token, tokenizeText } from './tokenize-text.ts';

/** One term a flag asks for; any of `alternatives` (or `related`) satisfies it ("list/dict" is one slot). */
export interface Slot {
  readonly alternatives: readonly string[];
  /** Synonyms and related forms from the lexical database, and the joined form of a split compound. */
  readonly related: readonly string[];
  /** The joined form of a split compound ("post fix" → postfix), also in `related`. */
  readonly joined: readonly string[];
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
      /** Parts of a stated order ("left subtree, then root, then right subtree"); empty when none. */
      readonly sequence: readonly (readonly Slot[])[];
    }
  | { readonly kind: 'statement'; readonly id: string; readonly slots: readonly Slot[] }
  | {
      readonly kind: 'absence';
      readonly id: string;
      readonly terms: readonly string[];
      /** Synonyms, related forms and joined compounds of `terms`. */
      readonly related: readonly string[];
    }
  /** About the answer's form ("Answer is off-topic or empty."): judged from its shape, not its words. */
  | { readonly kind: 'shape'; readonly id: string; readonly shapes: readonly AnswerShape[] }
  /** Nothing in the flag names a topic ("Yes."): it cannot be judged lexically, so it is always unclear. */
  | { readonly kind: 'vacant'; readonly id: string };

export interface CompiledQuestion {
  readonly greens: readonly CompiledFlag[];
  readonly reds: readonly CompiledFlag[];
  /** What the question is about: its own terms and its green flags' (with related forms). */
  readonly topicTerms: ReadonlySet<string>;
  /**
   * First three letters of every flag term: an answer's two adjacent words are tried as one
   * ("post fix" → postfix) only when they could spell a flag term, which keeps answers cheap.
   */
  readonly termHeads: ReadonlySet<string>;
  /** Every term of every flag (with related forms): what a keyword stuffer would copy. */
  readonly flagTerms: ReadonlySet<string>;
  /** Some flag states an order, so answers must record where each term is said. */
  readonly needsOrder: boolean;
}

/** What compiling needs besides the flag text. */
export interface CompileTools {
  readonly stemOf: (word: string) => string;
  /** Stems related to a word (synonyms, derived forms); none by default. */
  readonly relatedOf?: (word: string) => readonly string[];
}

const QUOTE_OPEN = /^\s*["\u201c\u201d\u2018']/;
// Quotation marks around a statement, not apostrophes inside it ("aren’t").
const QUOTED = /["\u201c\u201d]|(?<![\p{L}])['\u2018\u2019]|['\u2018\u2019](?![\p{L}])/gu;
const ABSENCE_OPENERS =
  /^\s*(?:no|not|never|doesn['\u2019]?t|does not|don['\u2019]?t|didn['\u2019]?t|ignores?|lacks?|fails? to|unaware|missing|without)\b/i;
const ITEM_SEPARATORS = /[,;&]|\b(?:or|and|nor)\b/i;
const LIST_ITEM_MAX_TERMS = 3;
/**
 * A clause that says what the flag is NOT about ("Talks only about what the job would do for them,
 * not what they would contribute"): its words are the opposite of evidence, so they are cut off.
 * Only after a separator or a contrastive phrase, never a flag's own leading negation ("No mention…").
 */
const CONTRAST_CLAUSE =
  /(?:[,;:\u2014\u2013]|\s-\s)\s*(?:and\s+|but\s+)?(?:not|never|rather\s+than|instead\s+of|as\s+opposed\s+to)\b[\s\S]*$|\s(?:rather\s+than|instead\s+of|as\s+opposed\s+to)\s[\s\S]*$/i;
/** Words that state an order between the parts of a flag. */
const SEQUENCE_SPLIT =
  /\s*(?:,\s*)?(?:\band\s+)?(?:\bthen\b|\bfollowed\s+by\b|\band\s+finally\b|->|\u2192)\s*/i;

/** Compiles every flag of a question once; the judge caches the result per question hash. */
export function compileQuestion(
  question: Question,
  stemOfOrTools: ((word: string) => string) | CompileTools,
): CompiledQuestion {
  const tools: CompileTools = typeof stemOfOrTools === 'function' ? { stemOf: stemOfOrTools } : stemOfOrTools;
  const questionTerms = new Set(
    readOccurrences(question.text, 'flag', tools.stemOf).flatMap((occurrence) => occurrence.concepts),
  );
  const compile = (flag: Flag): CompiledFlag => compileFlag(flag, questionTerms, tools);
  const greens = question.greenFlags.map(compile);
  const topicTerms = new Set(questionTerms);
  for (const flag of greens) {
    if (flag.kind !== 'topic') continue;
    for (const slot of flag.slots)
      for (const term of [...slot.alternatives, ...slot.related]) topicTerms.add(term);
  }
  const reds = question.redFlags.map(compile);
  const flagTerms = new Set([...greens, ...reds].flatMap(termsOfFlag));
  const termHeads = new Set([...flagTerms].map((term) => term.slice(0, 3)));
  const needsOrder = [...greens, ...reds].some((flag) => flag.kind === 'topic' && flag.sequence.length > 0);
  return { greens, reds, topicTerms, termHeads, flagTerms, needsOrder };
}

function termsOfFlag(flag: CompiledFlag): string[] {
  switch (flag.kind) {
    case 'topic':
    case 'statement':
      return flag.slots.flatMap((slot) => [...slot.alternatives, ...slot.related]);
    case 'absence':
      return [...flag.terms, ...flag.related];
    default:
      return [];
  }
}

function compileFlag(flag: Flag, questionTerms: ReadonlySet<string>, tools: CompileTools): CompiledFlag {
  // A parenthetical is a note to the interviewer ("(no nuance)"), not something a candidate says.
  const text = flag.text.replace(/\([^)]*\)/g, ' ').replace(CONTRAST_CLAUSE, '');
  if (flag.kind === 'red' && QUOTE_OPEN.test(text)) {
    const slots = toSlots(text.replace(QUOTED, ' '), 'statement', questionTerms, tools);
    return slots.length > 0 ? { kind: 'statement', id: flag.id, slots } : { kind: 'vacant', id: flag.id };
  }
  const shapes = flag.kind === 'red' ? findAnswerShapes(text) : [];
  if (shapes.length > 0) return { kind: 'shape', id: flag.id, shapes };
  let items = text
    .split(ITEM_SEPARATORS)
    .map((item) => toSlots(item, 'flag', questionTerms, tools))
    .filter((slots) => slots.length > 0);
  // A flag made only of framing words ("By reference.") is judged by those words rather than
  // by none: an empty flag would otherwise be met by every answer.
  if (items.length === 0) {
    items = [toSlots(text, 'statement', questionTerms, tools)].filter((slots) => slots.length > 0);
  }
  const slots = uniqueSlots(items.flat());
  if (slots.length === 0) return { kind: 'vacant', id: flag.id };
  if (flag.kind === 'red' && ABSENCE_OPENERS.test(text)) {
    const key = slots.filter((slot) => !slot.echo);
    const topic = key.length > 0 ? key : slots;
    const terms = topic.flatMap((slot) => slot.alternatives);
    // Synonyms would let a loose word ("fault" for "error handling") excuse a missing topic.
    const related = topic.flatMap((slot) => slot.joined).filter((term) => !terms.includes(term));
    return { kind: 'absence', id: flag.id, terms, related: [...new Set(related)] };
  }
  const isList = items.length >= 2 && items.every((item) => item.length <= LIST_ITEM_MAX_TERMS);
  const parts = text.split(SEQUENCE_SPLIT);
  const sequence =
    parts.length >= 2
      ? parts.map((part) => toSlots(part, 'flag', questionTerms, tools)).filter((part) => part.length > 0)
      : [];
  return {
    kind: 'topic',
    id: flag.id,
    color: flag.kind,
    shape: isList && sequence.length < 2 ? 'list' : 'bag',
    items,
    slots,
    sequence: sequence.length >= 2 ? sequence : [],
  };
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
  tools: CompileTools,
): Slot[] {
  const tokens = tokenizeText(text, tools.stemOf);
  const occurrences = extractConcepts(tokens, markNegation(tokens), mode);
  const slots: Slot[] = [];
  // A quoted statement is matched word for word: synonyms would put words in the candidate's mouth.
  const related = (occurrence: ConceptOccurrence): string[] =>
    mode === 'flag' ? relatedTerms(occurrence, tokens, tools) : [];
  let previous: ConceptOccurrence | undefined;
  for (const occurrence of occurrences) {
    const between = previous === undefined ? [] : tokens.slice(previous.end, occurrence.start);
    const last = slots.at(-1);
    if (last !== undefined && occurrence.concepts.length === 1 && hasToken(between, '/')) {
      const merged = makeSlot([...last.alternatives, ...occurrence.concepts], last, questionTerms);
      slots[slots.length - 1] = {
        ...merged,
        related: [...last.related, ...related(occurrence)],
        joined: last.joined,
      };
    } else {
      const versus = hasToken(between, 'vs') || hasToken(between, 'versus');
      if (versus && last !== undefined) slots[slots.length - 1] = { ...last, mandatory: true };
      // "post fix" is also "postfix": both words accept the joined form.
      const joined =
        previous !== undefined && between.length === 0
          ? joinedStem(previous, occurrence, tokens, tools)
          : null;
      const glued = joined === null ? [] : [joined];
      if (last !== undefined && joined !== null) {
        slots[slots.length - 1] = {
          ...last,
          related: [...last.related, joined],
          joined: [...last.joined, joined],
        };
      }
      for (const concept of occurrence.concepts) {
        const slot = makeSlot(
          [concept],
          { negatedInFlag: occurrence.negated, mandatory: versus },
          questionTerms,
        );
        slots.push({ ...slot, related: [...related(occurrence), ...glued], joined: glued });
      }
    }
    previous = occurrence;
  }
  return slots;
}

/** The stem of two adjacent one-word occurrences written as one word ("post fix" → "postfix"). */
function joinedStem(
  first: ConceptOccurrence,
  second: ConceptOccurrence,
  tokens: readonly Token[],
  tools: CompileTools,
): string | null {
  const a = tokens[first.start];
  const b = tokens[second.start];
  if (first.end - first.start !== 1 || second.end - second.start !== 1) return null;
  if (a?.kind !== 'word' || b?.kind !== 'word') return null;
  return tools.stemOf(a.text + b.text);
}

function relatedTerms(
  occurrence: ConceptOccurrence,
  tokens: readonly Token[],
  tools: CompileTools,
): string[] {
  const token = tokens[occurrence.start];
  if (tools.relatedOf === undefined || occurrence.end - occurrence.start !== 1 || token?.kind !== 'word')
    return [];
  return tools.relatedOf(token.text).filter((term) => !occurrence.concepts.includes(term));
}

function makeSlot(
  alternatives: readonly string[],
  base: { readonly negatedInFlag: boolean; readonly mandatory: boolean },
  questionTerms: ReadonlySet<string>,
): Slot {
  return {
    alternatives,
    related: [],
    joined: [],
    negatedInFlag: base.negatedInFlag,
    mandatory: base.mandatory,
    echo: alternatives.every((concept) => questionTerms.has(concept)),
    stance: alternatives.some((concept) => STANCE_CONCEPTS.has(concept)),
  };
}

function hasToken(tokens: readonly Token[], text: string): boolean {
  return tokens.some((token) => token.text === text);
}

/** Slots of a whole flag without repeats (a term listed in two items is one slot). */
function uniqueSlots(slots: readonly Slot[]): Slot[] {
  const seen = new Map<string, Slot>();
  for (const slot of slots) {
    const key = slot.alternatives.join('|');
    const known = seen.get(key);
    seen.set(
      key,
      known === undefined
        ? slot
        : {
            ...known,
            mandatory: known.mandatory || slot.mandatory,
            related: [...new Set([...known.related, ...slot.related])],
            joined: [...new Set([...known.joined, ...slot.joined])],
          },
    );
  }
  return [...seen.values()];
}
