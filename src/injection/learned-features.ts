import { clauseRanges } from './clause-ranges.ts';
import { type FoldedText, foldText } from './fold-text.ts';

/** Features are hashed into 2^20 buckets: few collisions among the ~500,000 n-grams of the corpora. */
export const FEATURE_BITS = 20;
const MASK = (1 << FEATURE_BITS) - 1;
/** Words per window: a clause longer than this (a run-on transcript) is read in overlapping windows. */
const WINDOW_WORDS = 48;
const STRIDE_WORDS = 24;
/** Longest clause read: a 10 MB line costs its first 20,000 characters' work, not a second. */
const MAX_CLAUSE_CHARS = 20_000;
const TOKEN = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;
/**
 * A quotation or inline code within a line: read as one word, as what it says is quoted, not said.
 * In single quotes too, where an apostrophe before a letter ("you're") is inside a word, not a
 * quote's end, and one after a letter ("I'd") opens none.
 */
const QUOTED =
  /"[^"\n]{1,300}"|“[^”\n]{1,300}”|`[^`\n]{1,300}`|(?<![\p{L}\p{N}])['‘](?:[^'‘’\n]|['’](?=\p{L})){1,300}['’](?![\p{L}\p{N}])/gu;

/** One window of a clause: where it lies in the answer, and its hashed n-grams. */
export interface FeatureWindow {
  readonly start: number;
  readonly end: number;
  readonly features: readonly number[];
}

/**
 * What the learned steering model reads: each clause (`clauseRanges`) of the answer undisguised
 * (`foldText`: look-alike letters, invisible characters, leetspeak) and lower-cased, as the set
 * of its words, word pairs and word triples (punctuation marks count as words; a quotation or
 * inline code counts as one word, as what it says is quoted, not said), hashed into
 * `FEATURE_BITS` bits. A clause of more than `WINDOW_WORDS` words is read in windows that
 * overlap by half, so a long run-on clause is judged by its parts. Offsets are the answer's.
 * Training and detection both call this, so they read text the same way (`folded`: the answer's
 * `foldText`, when the caller has it). Linear in the text.
 */
export function featureWindows(text: string, folded: FoldedText = foldText(text)): FeatureWindow[] {
  const windows: FeatureWindow[] = [];
  for (const clause of clauseRanges(folded.text)) {
    const end = Math.min(clause.end, clause.start + MAX_CLAUSE_CHARS);
    const plain = folded.text.slice(clause.start, end).toLowerCase().replace(QUOTED, ' \u0000q ');
    const tokens = plain.match(TOKEN) ?? [];
    // The model reads words: a clause mostly of signs (Morse, an encoded payload, a rule of
    // dashes) is for the decoders to read, not a sentence.
    if (tokens.length === 0 || tokens.filter(isWord).length * 2 < tokens.length) continue;
    const words = tokens.map(fnv);
    const start = folded.map[clause.start] ?? 0;
    const stop = folded.endOf(clause.end - 1);
    for (let from = 0; ; from += STRIDE_WORDS) {
      const to = Math.min(words.length, from + WINDOW_WORDS);
      windows.push({ start, end: stop, features: hashed(words, from, to) });
      if (to === words.length) break;
    }
  }
  return windows;
}

/** Words, pairs and triples of `words[from, to)` (each word already hashed), as buckets. */
function hashed(words: readonly number[], from: number, to: number): number[] {
  const features = new Set<number>();
  for (let i = from; i < to; i++) {
    const one = words[i] ?? 0;
    features.add(one & MASK);
    if (i + 1 >= to) continue;
    const two = mix(mix(0x9e3779b9, one), words[i + 1] ?? 0);
    features.add(two & MASK);
    if (i + 2 < to) features.add(mix(mix(two, 0x85ebca6b), words[i + 2] ?? 0) & MASK);
  }
  return [...features];
}

/** One step of a multiplicative hash combining two 32-bit values (order matters). */
function mix(seed: number, value: number): number {
  let hash = Math.imul(seed ^ value, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

const WORD = /[\p{L}\p{N}]/u;

function isWord(token: string): boolean {
  return WORD.test(token);
}

/** FNV-1a over UTF-16 code units. */
function fnv(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return hash >>> 0;
}
