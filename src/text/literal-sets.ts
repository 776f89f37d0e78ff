import { rank, usableLiteral } from './literal-choice.ts';
import { computeRequiredLiterals } from './required-literals.ts';

/** At most this many sets per pattern: each is one more condition a gate checks. */
const MAX_SETS = 3;
/**
 * A further set must be at least this selective (`rank`): one holding a frequent word ("the",
 * "this") or an unusable literal lets nearly every text through, a condition not worth checking.
 */
const MIN_RANK = 2000;

/**
 * Sets of literals a pattern cannot match without, every one of them: each match contains a
 * literal of each set (lower case ASCII, as `computeRequiredLiterals` returns them), so a text
 * missing every literal of any one set cannot match. The first set is `computeRequiredLiterals`'
 * (when it has one); the others are the most selective further sets of the parts of a pattern that
 * is one sequence ("(?:rate|score)\s+this\s+(?:answer|response)": one of its first words, and
 * "answer" or "response" too). Null when no set is known (the pattern must always run).
 */
export function computeRequiredLiteralSets(pattern: RegExp): readonly (readonly string[])[] | null {
  const collected: ReadonlySet<string>[] = [];
  const best = computeRequiredLiterals(pattern, collected);
  const sets = new Map<string, readonly string[]>();
  if (best !== null) sets.set([...best].sort().join('\u0000'), best);
  const further = collected
    .map((set) => ({ set, rank: rank(set) }))
    .filter((candidate) => candidate.rank >= MIN_RANK)
    .sort((a, b) => b.rank - a.rank);
  for (const { set } of further) {
    if (sets.size >= MAX_SETS) break;
    const usable = [...new Set([...set].map(usableLiteral))];
    // (Never null at this rank: an unusable literal ranks a set at 0 or below.)
    if (usable.some((literal) => literal === null)) continue;
    const literals = usable as string[];
    const key = [...literals].sort().join('\u0000');
    if (!sets.has(key)) sets.set(key, literals);
  }
  return sets.size === 0 ? null : [...sets.values()];
}
