import { eng } from 'stopword';
import { stemWord } from '../lexicon/stem-word.ts';
import { createLiteralGate } from '../text/literal-gate.ts';
import { FILLER_WORDS } from './filler-words.ts';
import { PHRASE_SYNONYMS, STEM_SYNONYMS } from './paraphrase-synonyms.ts';

/** Filler caught after stemming too, so "talks" and "mentions" go the way of "talk" and "mention". */
const FILLER_STEMS: ReadonlySet<string> = new Set([...FILLER_WORDS].map((word) => stemWord(word)));

/**
 * stopword's English list as a set: its `removeStopwords` scans the whole list for every word,
 * which made stop-word removal the aligner's largest cost.
 */
const STOP_WORDS: ReadonlySet<string> = new Set(eng);

/** Which paraphrase rewrites can apply to a text: those whose words it holds. */
const SYNONYM_GATE = createLiteralGate(PHRASE_SYNONYMS.map(([pattern]) => pattern));

// biome-ignore lint/suspicious/noControlCharactersInRegex: any character outside ASCII
const NON_ASCII = /[^\x00-\x7f]/;
const APOSTROPHE = /['\u2018\u2019\u02bc`\u00b4]/;

/**
 * Lower-case, straight apostrophes, contractions glued ("don't" → "dont", "let's" → "lets"), no
 * possessive `'s`. (NFKC leaves ASCII as it is, and most texts have no apostrophe: both steps
 * are skipped when they cannot change anything; the aligner normalizes every turn several times.)
 */
export function normalizeText(text: string): string {
  const lowered = (NON_ASCII.test(text) ? text.normalize('NFKC') : text).toLowerCase();
  if (!APOSTROPHE.test(lowered)) return lowered;
  return lowered
    .replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'")
    .replace(/\b(it|that|what|let|there|here|who|how|where|he|she)'s\b/g, '$1s')
    .replace(/'s\b/g, '')
    .replace(/'/g, '');
}

/** The words of a text (letters and digits), lower-cased, before stop-word removal. */
export function splitWords(text: string): string[] {
  return normalizeText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * A normalized text with every `PHRASE_SYNONYMS` rewrite applied in turn. Rewrites whose words
 * are absent are skipped (`SYNONYM_GATE`); after a rewrite changes the text, what the later ones
 * may match is read again, as a rewrite can bring in another's words.
 */
export function rewriteParaphrases(normalized: string): string {
  let text = normalized;
  let gate = SYNONYM_GATE(text);
  for (const [pattern, replacement] of PHRASE_SYNONYMS) {
    if (!gate.mayMatch(pattern)) continue;
    const rewritten = text.replace(pattern, replacement);
    if (rewritten !== text) gate = SYNONYM_GATE(rewritten);
    text = rewritten;
  }
  return text;
}

/**
 * Content stems of a text, in order: stop words and interview filler dropped, Porter-stemmed, and
 * (with `useSynonyms`) interview paraphrases mapped onto the rubric's vocabulary.
 */
export function tokenizeText(text: string, useSynonyms = true): string[] {
  const normalized = useSynonyms ? rewriteParaphrases(normalizeText(text)) : normalizeText(text);
  const words = normalized.match(/[\p{L}\p{N}]+/gu) ?? [];
  const content = words.filter(
    (word) =>
      !STOP_WORDS.has(word.toLowerCase()) &&
      word.length > 1 &&
      !FILLER_WORDS.has(word) &&
      !/^\d+$/.test(word),
  );
  return content.flatMap((word) => {
    const stem = stemWord(word);
    if (FILLER_STEMS.has(stem)) return [];
    return [useSynonyms ? (STEM_SYNONYMS.get(stem) ?? stem) : stem];
  });
}
