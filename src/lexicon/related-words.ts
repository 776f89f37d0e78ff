import { baseForms, type WordNetPos } from './morphy.ts';
import type { Synset, WordNet } from './wordnet.ts';

/** How far `relatedWords` reaches into WordNet. */
export interface RelatedWordsOptions {
  /** Senses of the word used per part of speech, most frequent first. */
  readonly sensesPerPos: number;
  /** A related word with more senses than this (across parts of speech) is too vague to count ("run", "set"). */
  readonly maxSenses: number;
}

// Two senses, not one: on the validity sets (14,500 graded answers) ρ rose by up to 0.005 and fell
// nowhere by more than 0.001 (fault ~ flaw, bug ~ glitch).
export const DEFAULT_RELATED_WORDS: RelatedWordsOptions = Object.freeze({ sensesPerPos: 2, maxSenses: 8 });
/**
 * For the words of answers: the most frequent sense only. A flag's few words are widened on
 * purpose; every word of every answer widened as far would match by accident.
 */
export const ANSWER_RELATED_WORDS: RelatedWordsOptions = Object.freeze({ sensesPerPos: 1, maxSenses: 8 });

const PARTS: readonly WordNetPos[] = ['noun', 'verb', 'adj', 'adv'];
// Derivationally related forms ("+": access ~ accessible) and pertainyms ("\": directly ~ direct).
const FORM_POINTERS: ReadonlySet<string> = new Set(['+', '\\']);

/**
 * One-word synonyms and related forms of `word` from WordNet: the members of its two most frequent
 * senses in each part of speech (`sensesPerPos`) whose own most frequent sense it is, and the derivational
 * and pertainym links of the word itself in those senses. Multi-word lemmas and very polysemous
 * synonyms are left out: they match too much.
 * The word itself is not included. Order is stable (WordNet order).
 */
export function relatedWords(
  wordnet: WordNet,
  word: string,
  options: RelatedWordsOptions = DEFAULT_RELATED_WORDS,
): string[] {
  const lower = word.toLowerCase();
  const found = new Set<string>();
  const add = (lemma: string): void => {
    if (isOtherWord(lemma, lower)) found.add(lemma);
  };
  // A synonym counts only when this sense is its own most frequent one too ("limit" ~ "boundary"
  // share a rare sense of "boundary", so they are not synonyms here) and it is not vague ("run").
  const isSynonym = (lemma: string, pos: WordNetPos, offset: number): boolean =>
    wordnet.lookup(lemma, pos)?.offsets[0] === offset && totalSenses(wordnet, lemma) <= options.maxSenses;
  for (const { pos, form, offset, synset } of wordSenses(wordnet, lower, options)) {
    for (const lemma of synset.lemmas) if (isSynonym(lemma, pos, offset)) add(lemma);
    // Related forms are the same word in another part of speech: no such test.
    for (const lemma of linkedForms(wordnet, synset, form)) add(lemma);
  }
  return [...found];
}

function linkedForms(wordnet: WordNet, synset: Synset, form: string): string[] {
  const own = synset.lemmas.indexOf(form) + 1;
  const forms: string[] = [];
  for (const pointer of synset.pointers) {
    if (!FORM_POINTERS.has(pointer.symbol) || (pointer.source !== 0 && pointer.source !== own)) continue;
    const target = wordnet.synset(pointer.offset, pointer.pos);
    if (target === undefined) continue;
    const lemma = pointer.target === 0 ? undefined : target.lemmas[pointer.target - 1];
    forms.push(...(lemma === undefined ? target.lemmas : [lemma]));
  }
  return forms;
}

/** A one-word lemma (WordNet writes multi-word ones with spaces or underscores) other than `word`. */
function isOtherWord(lemma: string, word: string): boolean {
  return lemma !== word && /^[a-z]+$/.test(lemma);
}

function totalSenses(wordnet: WordNet, lemma: string): number {
  let senses = 0;
  for (const pos of PARTS) senses += wordnet.lookup(lemma, pos)?.senses ?? 0;
  return senses;
}

/**
 * Antonyms of `word` from WordNet (its "!" links, lemma to lemma) in the same senses
 * `relatedWords` reads: "unlimited" → limited, "finite" → infinite. One-word lemmas only.
 */
export function antonymWords(
  wordnet: WordNet,
  word: string,
  options: RelatedWordsOptions = DEFAULT_RELATED_WORDS,
): string[] {
  const lower = word.toLowerCase();
  const found = new Set<string>();
  for (const { form, synset } of wordSenses(wordnet, lower, options)) {
    const own = synset.lemmas.indexOf(form) + 1;
    for (const pointer of synset.pointers) {
      if (pointer.symbol !== '!' || pointer.source !== own) continue;
      const lemma = wordnet.synset(pointer.offset, pointer.pos)?.lemmas[pointer.target - 1];
      if (lemma !== undefined && isOtherWord(lemma, lower)) found.add(lemma);
    }
  }
  return [...found];
}

/** One sense of a word: its part of speech, the base form WordNet knows it by, and the synset. */
interface WordSense {
  readonly pos: WordNetPos;
  readonly form: string;
  readonly offset: number;
  readonly synset: Synset;
}

/** The `sensesPerPos` most frequent senses of `word` in each part of speech (via its first known base form). */
function wordSenses(wordnet: WordNet, word: string, options: RelatedWordsOptions): WordSense[] {
  const senses: WordSense[] = [];
  for (const pos of PARTS) {
    const entry = baseForms(word, pos)
      .map((form) => ({ form, entry: wordnet.lookup(form, pos) }))
      .find((candidate) => candidate.entry !== undefined);
    if (entry?.entry === undefined) continue;
    for (const offset of entry.entry.offsets.slice(0, options.sensesPerPos)) {
      const synset = wordnet.synset(offset, pos);
      if (synset !== undefined) senses.push({ pos, form: entry.form, offset, synset });
    }
  }
  return senses;
}
