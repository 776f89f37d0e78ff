import { eng } from 'stopword';
import { stemWord } from '../../lexicon/stem-word.ts';
import { NUMBER_WORDS } from '../../text/number-words.ts';
import {
  ANSWER_EXPANSIONS,
  ANSWER_PHRASES,
  CANONICAL_STEMS,
  EXTRA_STOP_WORDS,
  FRAMING_STEMS,
  LEADING_FRAMING_STEMS,
  type Phrase,
  VARIANT_PHRASES,
} from './concept-table.ts';
import { NEGATION_WORDS } from './mark-negation.ts';
import type { Token } from './tokenize-text.ts';

/** One topic term found in text, with the token span it came from and whether it is negated. */
export interface ConceptOccurrence {
  readonly concepts: readonly string[];
  /** Of `concepts`, those that come from the word's synonyms and related forms (answers only). */
  readonly related?: readonly string[];
  readonly negated: boolean;
  readonly start: number;
  readonly end: number;
}

/**
 * `answer`: every word keeps its own concept and adds what it implies (ANSWER_EXPANSIONS), and
 * multi-word variants add theirs. `flag`: a variant replaces its words, framing words are dropped
 * (those that also name topics, "address", "call", "use", only before the first topic word).
 * `statement`: like `flag`, but framing words stay (a quoted red flag is matched word for word).
 */
export type ConceptMode = 'answer' | 'flag' | 'statement';

const STOP_WORDS: ReadonlySet<string> = new Set(eng);
/** Words after which a framing verb's form is a noun: "the address", "a call", "its use". */
const DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'its',
  'their',
  'his',
  'her',
  'our',
  'your',
  'my',
  'each',
  'every',
  'any',
  'some',
]);

/** Turns tokens (with their negation marks) into topic-term occurrences. */
export function extractConcepts(
  tokens: readonly Token[],
  negated: readonly boolean[],
  mode: ConceptMode,
  expand?: (word: string) => readonly string[],
): ConceptOccurrence[] {
  const occurrences: ConceptOccurrence[] = [];
  const isNegated = (start: number, end: number): boolean => negated.slice(start, end).some(Boolean);
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index];
    if (token === undefined || token.kind === 'punct') {
      index += 1;
      continue;
    }
    const phrases = matchPhrases(tokens, index, mode === 'answer' ? ANSWER_PHRASES : VARIANT_PHRASES);
    for (const phrase of phrases) {
      const end = index + phrase.stems.length;
      occurrences.push({ concepts: phrase.concepts, negated: isNegated(index, end), start: index, end });
    }
    const longest = phrases.reduce((best, phrase) => Math.max(best, phrase.stems.length), 0);
    if (mode !== 'answer' && longest > 0) {
      index += longest;
      continue;
    }
    // A framing verb that opens a flag ("Addresses …", "Uses …") is a noun after a determiner
    // ("The address of a location in memory", "A call to …"): there it is the topic.
    const leading = occurrences.length === 0 && !DETERMINERS.has(tokens[index - 1]?.text ?? '');
    const concepts = conceptsOfWord(token.text, token.stem, mode, leading);
    if (concepts.length > 0) {
      // An answer's word also says its synonyms and related forms ("infinite" says "unlimited"):
      // the lexical database's links are not symmetric, so the flag's side alone misses some.
      const related =
        mode === 'answer' && expand !== undefined
          ? expand(token.text).filter((concept) => !concepts.includes(concept))
          : [];
      occurrences.push({
        concepts: related.length === 0 ? concepts : [...concepts, ...related],
        negated: negated[index] ?? false,
        start: index,
        end: index + 1,
        ...(related.length === 0 ? {} : { related }),
      });
    }
    index += 1;
  }
  return occurrences;
}

/** Small counts (to twenty) in digits are the same term as in words ("1 time" / "one time", "2 children" / "two"). */
const NUMBER_STEMS: readonly string[] = NUMBER_WORDS.map((word) => stemWord(word));

function conceptsOfWord(text: string, stem: string, mode: ConceptMode, leading: boolean): readonly string[] {
  const count = /^\d{1,2}$/.test(text) ? NUMBER_STEMS[Number(text)] : undefined;
  if (count !== undefined) return [count];
  if (
    text.length < 2 ||
    STOP_WORDS.has(text) ||
    EXTRA_STOP_WORDS.has(text) ||
    NEGATION_WORDS.has(text) ||
    stem.includes("'")
  )
    return [];
  const canonical = canonicalConcept(stem);
  if (mode === 'flag' && (FRAMING_STEMS.has(canonical) || (leading && LEADING_FRAMING_STEMS.has(canonical))))
    return [];
  if (mode !== 'answer') return [canonical];
  return [canonical, ...(ANSWER_EXPANSIONS.get(canonical) ?? [])];
}

/** The concept a stem stands for: its canonical form in the concept table, else the stem itself. */
export function canonicalConcept(stem: string): string {
  return CANONICAL_STEMS.get(stem) ?? stem;
}

/** True for a word that can carry a topic (not a stop word, filler or negation cue). */
export function isContentWord(text: string): boolean {
  return !(
    text.length < 2 ||
    STOP_WORDS.has(text) ||
    EXTRA_STOP_WORDS.has(text) ||
    NEGATION_WORDS.has(text) ||
    text.includes("'")
  );
}

/** True for a stop word: what gives a clause its grammar ("we", "the", "is", "with"). */
export function isStopWord(text: string): boolean {
  return STOP_WORDS.has(text);
}

function matchPhrases(
  tokens: readonly Token[],
  start: number,
  table: ReadonlyMap<string, readonly Phrase[]>,
): readonly Phrase[] {
  const first = tokens[start];
  if (first?.kind !== 'word') return [];
  const candidates = table.get(first.stem) ?? [];
  return candidates.filter((phrase) =>
    phrase.stems.every((stem, offset) => {
      const token = tokens[start + offset];
      return token?.kind === 'word' && token.stem === stem;
    }),
  );
}
