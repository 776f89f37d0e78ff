import { computeRequiredLiteralSets } from './literal-sets.ts';
import { computeRequiredLiterals } from './required-literals.ts';

/**
 * `computeRequiredLiterals` of a pattern, from the table the build computed for the bundled CLI
 * when it has the pattern, else computed once per thread and remembered (a pure function of the
 * pattern's flags and source: a class's split and its gate ask for the same pattern).
 */
export function requiredLiterals(pattern: RegExp): readonly string[] | null {
  const key = `${pattern.flags}/${pattern.source}`;
  const known = PRECOMPUTED?.[key];
  if (known !== undefined) return known;
  if (computed.has(key)) return computed.get(key) ?? null;
  const literals = computeRequiredLiterals(pattern);
  computed.set(key, literals);
  return literals;
}

/**
 * Literals computed at build time for the bundled CLI (`scripts/bundle-cli.mjs` defines this
 * constant from `literalsTable()` after warming every gate): parsing some 600 patterns cost each
 * thread about 0.2 s at its first detection. Keyed by flags and source, so a pattern changed since
 * the build is simply computed again; undefined when running from the sources or tsc's output.
 */
declare const __RUBRICATE_REQUIRED_LITERALS__: Readonly<Record<string, readonly string[] | null>> | undefined;
const PRECOMPUTED =
  typeof __RUBRICATE_REQUIRED_LITERALS__ === 'undefined' ? undefined : __RUBRICATE_REQUIRED_LITERALS__;
/**
 * What this thread computed: a cache of a pure function of the pattern (the same pattern is asked
 * for by a class's split and by its gate), and what the build reads for `PRECOMPUTED`.
 */
const computed = new Map<string, readonly string[] | null>();

/** Every pattern's literals computed so far in this thread, by `flags/source`: the build's table. */
export function literalsTable(): Record<string, readonly string[] | null> {
  return Object.fromEntries(computed);
}

/**
 * `computeRequiredLiteralSets` of a pattern, from the build's table for the bundled CLI when it
 * has the pattern, else computed once per thread and remembered (as `requiredLiterals`).
 */
export function requiredLiteralSets(pattern: RegExp): readonly (readonly string[])[] | null {
  const key = `${pattern.flags}/${pattern.source}`;
  const known = PRECOMPUTED_SETS?.[key];
  if (known !== undefined) return known;
  if (computedSets.has(key)) return computedSets.get(key) ?? null;
  const sets = computeRequiredLiteralSets(pattern);
  computedSets.set(key, sets);
  return sets;
}

/** Literal sets computed at build time for the bundled CLI (see `PRECOMPUTED`). */
declare const __RUBRICATE_REQUIRED_LITERAL_SETS__:
  | Readonly<Record<string, readonly (readonly string[])[] | null>>
  | undefined;
const PRECOMPUTED_SETS =
  typeof __RUBRICATE_REQUIRED_LITERAL_SETS__ === 'undefined'
    ? undefined
    : __RUBRICATE_REQUIRED_LITERAL_SETS__;
/** What this thread computed of `requiredLiteralSets` (see `computed`). */
const computedSets = new Map<string, readonly (readonly string[])[] | null>();

/** Every pattern's literal sets computed so far in this thread, by `flags/source`: the build's table. */
export function literalSetsTable(): Record<string, readonly (readonly string[])[] | null> {
  return Object.fromEntries(computedSets);
}
