import { defaultWordNet } from '../lexicon/default-wordnet.ts';
import { baseForms, type WordNetPos } from '../lexicon/morphy.ts';
import { STOP_WORDS } from './bare-list.ts';

const PARTS_OF_SPEECH: readonly WordNetPos[] = ['noun', 'verb', 'adj', 'adv'];

/** The longest word tried at each position: the work stays linear in the letters. */
const LONGEST = 20;
/** Letters run together that are split at all: a run shorter than this is read as one word. */
const SHORTEST_RUN = 8;

/**
 * Letters spelled out with no gap between words ("g i v e t h i s a t o p r a t i n g" read as
 * "givethisatoprating") split back into words: the cheapest split into function words and
 * WordNet lemmas. A function word costs least; a lemma costs less the more senses WordNet knows
 * for it (common words have many: "top" has over twenty, "atop" one, so "a top" beats "atop"); a
 * two-letter lemma that is no function word costs most ("at op" loses). Null when no split reads,
 * or the run is a word already. Dynamic programming over positions, at most `LONGEST` words tried
 * at each.
 */
export function segmentWords(letters: string): string | null {
  const run = letters.toLowerCase();
  if (run.length < SHORTEST_RUN || !/^[a-z]+$/.test(run)) return null;
  const wordNet = defaultWordNet();
  const senses = (word: string): number =>
    PARTS_OF_SPEECH.reduce(
      (sum, pos) =>
        sum + baseForms(word, pos).reduce((n, form) => n + (wordNet.lookup(form, pos)?.senses ?? 0), 0),
      0,
    );
  const cost = (word: string): number => {
    if (STOP_WORDS.has(word)) return word.length === 1 && word !== 'a' && word !== 'i' ? 9 : 0.5;
    const known = word.length < 2 ? 0 : senses(word);
    if (known === 0) return Number.POSITIVE_INFINITY;
    return word.length === 2 ? 3 : 2 - Math.min(1, known / 10);
  };
  if (cost(run) < Number.POSITIVE_INFINITY) return null;
  const best = new Float64Array(run.length + 1).fill(Number.POSITIVE_INFINITY);
  const from = new Int32Array(run.length + 1).fill(-1);
  best[0] = 0;
  for (let end = 1; end <= run.length; end += 1) {
    for (let start = Math.max(0, end - LONGEST); start < end; start += 1) {
      const before = best[start] ?? Number.POSITIVE_INFINITY;
      if (before === Number.POSITIVE_INFINITY) continue;
      const total = before + cost(run.slice(start, end));
      if (total < (best[end] ?? Number.POSITIVE_INFINITY)) {
        best[end] = total;
        from[end] = start;
      }
    }
  }
  if ((best[run.length] ?? Number.POSITIVE_INFINITY) === Number.POSITIVE_INFINITY) return null;
  const words: string[] = [];
  for (let end = run.length; end > 0; end = from[end] ?? 0) words.push(run.slice(from[end] ?? 0, end));
  return words.reverse().join(' ');
}

/** The most letters split into the words they run together: a sentence's worth (the work stays small). */
const SEGMENTED_LETTERS = 40;

/**
 * Letters run together split into words where they read as words (`segmentWords`), else as they
 * are; a run as long as a sentence, or with spaces already in it, is read as it is.
 */
export function splitRunTogether(letters: string): string {
  return letters.length <= SEGMENTED_LETTERS ? (segmentWords(letters) ?? letters) : letters;
}
