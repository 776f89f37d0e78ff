import { STANCE_CONCEPTS } from './concept-table.ts';
import { type ConceptMode, type ConceptOccurrence, extractConcepts } from './extract-concepts.ts';
import { markNegation } from './mark-negation.ts';
import { type Token, tokenizeText } from './tokenize-text.ts';

/** One term a flag asks for; any of `alternatives` (or `related`) satisfies it ("list/dict" is one slot). */
export interface Slot {
  readonly alternatives: readonly string[];
  /** Synonyms and related forms from the lexical database, and the joined form of a split compound. */
  readonly related: readonly string[];
  /** The joined form of a split compound ("post fix" → postfix), also in `related`. */
  readonly joined: readonly string[];
  /**
   * Antonyms from the lexical database: a negated mention of one says the slot ("no limit" says
   * "unlimited", "not finite" says "infinite"); where the flag negates the term, a plain mention
   * does ("an open circuit" says "not a closed circuit").
   */
  readonly antonyms: readonly string[];
  /** The flag itself negates the term ("boundaries DON'T match"). */
  readonly negatedInFlag: boolean;
  /** A side of "X vs Y": differentiating needs both. */
  readonly mandatory: boolean;
  /** Also a term of the question text: answers echo the question, so it weighs little. */
  readonly echo: boolean;
  /** A stance word of a quoted statement ("just", "always", "enough"). */
  readonly stance: boolean;
}

/** What compiling needs besides the flag text. */
export interface CompileTools {
  readonly stemOf: (word: string) => string;
  /** Stems related to a word (synonyms, derived forms); none by default. */
  readonly relatedOf?: (word: string) => readonly string[];
  /** Stems of a word's antonyms; none by default. */
  readonly antonymsOf?: (word: string) => readonly string[];
}

/**
 * Builds slots from one item of flag text: "a/b" joins alternatives, "X vs Y" makes both
 * mandatory, one-word terms get their related forms (flag mode only: a quoted statement is matched
 * word for word), and adjacent words their joined form.
 */
export function toSlots(
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
    mode === 'flag' ? lookupTerms(occurrence, tokens, tools.relatedOf) : [];
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
        const antonyms = mode === 'flag' ? lookupTerms(occurrence, tokens, tools.antonymsOf) : [];
        slots.push({ ...slot, related: [...related(occurrence), ...glued], joined: glued, antonyms });
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

/** What `lookup` gives for a one-word occurrence, less the occurrence's own concepts. */
function lookupTerms(
  occurrence: ConceptOccurrence,
  tokens: readonly Token[],
  lookup: ((word: string) => readonly string[]) | undefined,
): string[] {
  const token = tokens[occurrence.start];
  if (lookup === undefined || occurrence.end - occurrence.start !== 1 || token?.kind !== 'word') return [];
  return lookup(token.text).filter((term) => !occurrence.concepts.includes(term));
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
    antonyms: [],
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
export function uniqueSlots(slots: readonly Slot[]): Slot[] {
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
            antonyms: [...new Set([...known.antonyms, ...slot.antonyms])],
          },
    );
  }
  return [...seen.values()];
}
