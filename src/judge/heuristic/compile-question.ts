import type { Flag, FlagKind, Question } from '../../rubric/schema.ts';
import { type CompileTools, type Slot, toSlots, uniqueSlots } from './build-slots.ts';
import {
  type ConceptMode,
  type ConceptOccurrence,
  canonicalConcept,
  extractConcepts,
  isContentWord,
} from './extract-concepts.ts';
import { type AnswerShape, findAnswerShapes } from './find-answer-shapes.ts';
import { markNegation } from './mark-negation.ts';
import { type Token, tokenizeText } from './tokenize-text.ts';

type WordToken = Extract<Token, { kind: 'word' }>;

export type { CompileTools, Slot } from './build-slots.ts';

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
      /** The question's own terms (shared by its flags): what an answer that only echoes it says. */
      readonly questionTerms: ReadonlySet<string>;
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
  /**
   * The question's and flags' words of MIN_RESPELL_LENGTH letters or more, each with its stem: what
   * a misspelt word in an answer ("refrence") may stand for.
   */
  readonly spellings: ReadonlyMap<string, string>;
  /** The acronyms of runs of the question's and flags' words, with the terms each stands for ("fifo"). */
  readonly acronyms: ReadonlyMap<string, readonly string[]>;
}

/** Words shorter than this are never taken for a misspelling: too many real words lie one edit apart. */
export const MIN_RESPELL_LENGTH = 5;

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
/** A parenthetical that gives another wording of the flag rather than a note about it. */
const ALTERNATIVE = /\(\s*(?:or|i\.\s?e\.|ie|that\s+is|a\.?k\.?a\.?|also\s+called)\b[.,:]?\s*([^)]*)\)/gi;
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
    // Items too: an alternative wording ("(or log n)") is an item outside the flag's bag.
    for (const slot of [...flag.slots, ...flag.items.flat()])
      for (const term of [...slot.alternatives, ...slot.related, ...slot.antonyms]) topicTerms.add(term);
  }
  const reds = question.redFlags.map(compile);
  const flagTerms = new Set([...greens, ...reds].flatMap(termsOfFlag));
  const termHeads = new Set([...flagTerms].map((term) => term.slice(0, 3)));
  const needsOrder = [...greens, ...reds].some((flag) => flag.kind === 'topic' && flag.sequence.length > 0);
  const spellings = new Map<string, string>();
  const acronyms = new Map<string, string[]>();
  for (const text of [
    question.text,
    ...question.greenFlags.map((f) => f.text),
    ...question.redFlags.map((f) => f.text),
  ]) {
    const words = tokenizeText(text, tools.stemOf).filter(
      (token): token is WordToken => token.kind === 'word',
    );
    for (const token of words) {
      if (token.text.length >= MIN_RESPELL_LENGTH && /^\p{L}+$/u.test(token.text))
        spellings.set(token.text, token.stem);
    }
    addAcronyms(words, acronyms);
  }
  return { greens, reds, topicTerms, termHeads, flagTerms, needsOrder, spellings, acronyms };
}

/** Acronyms are this long: "fifo", "oop", "adt", "ttl"; two letters would collide with words. */
const ACRONYM_LENGTHS = { min: 3, max: 6 } as const;

/**
 * The acronym of every run of 3–6 words that opens with a content word ("first in first out" →
 * fifo, "time to live" → ttl), with the run's content terms: what an answer that says the
 * acronym says.
 */
function addAcronyms(words: readonly WordToken[], acronyms: Map<string, string[]>): void {
  for (let start = 0; start < words.length; start += 1) {
    const first = words[start];
    if (first === undefined || !isContentWord(first.text)) continue;
    for (let length = ACRONYM_LENGTHS.min; length <= ACRONYM_LENGTHS.max; length += 1) {
      const run = words.slice(start, start + length);
      if (run.length < length) break;
      if (!run.every((word) => /^\p{L}/u.test(word.text))) continue;
      const initials = run.map((word) => word.text[0]).join('');
      const terms = run.filter((word) => isContentWord(word.text)).map((word) => canonicalConcept(word.stem));
      acronyms.set(initials, [...new Set([...(acronyms.get(initials) ?? []), ...terms])]);
    }
  }
}

function termsOfFlag(flag: CompiledFlag): string[] {
  switch (flag.kind) {
    case 'topic':
      return [...flag.slots, ...flag.items.flat()].flatMap((slot) => [...slot.alternatives, ...slot.related]);
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
  // "(or log of the number of elements)", "(i.e. last in, first out)": another way to say it.
  const alternatives = [...flag.text.matchAll(ALTERNATIVE)]
    .map((match) => toSlots(match[1] ?? '', 'flag', questionTerms, tools))
    .filter((slots) => slots.length > 0);
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
  // An alternative wording stands as an item of its own (met on its own, in full or in part); its
  // words are not added to the flag's bag, whose share they would only dilute.
  items = [...items, ...alternatives];
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
    questionTerms,
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
