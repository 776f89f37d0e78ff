import { computeRequiredLiteralSets } from './literal-sets.ts';
import { computeRequiredLiterals } from './required-literals.ts';

/**
 * A pure function of a pattern's flags and source, taken from the table the build computed for
 * the bundled CLI when it has the pattern, else computed once per thread and remembered (a class's
 * split and its gate ask for the same pattern). `table()` is what this thread computed: the build
 * reads it to make the bundle's table.
 */
function memoByPattern<T>(
  precomputed: Readonly<Record<string, T>> | undefined,
  compute: (pattern: RegExp) => T,
): { readonly get: (pattern: RegExp) => T; readonly table: () => Record<string, T> } {
  const computed = new Map<string, T>();
  return {
    get: (pattern) => {
      const key = `${pattern.flags}/${pattern.source}`;
      const known = precomputed?.[key];
      if (known !== undefined) return known;
      if (computed.has(key)) return computed.get(key) as T;
      const value = compute(pattern);
      computed.set(key, value);
      return value;
    },
    table: () => Object.fromEntries(computed),
  };
}

/**
 * Literals and literal sets computed at build time for the bundled CLI (`scripts/bundle-cli.mjs`
 * defines these constants from `literalsTable()` and `literalSetsTable()` after warming every
 * gate): parsing some 600 patterns cost each thread about 0.2 s at its first detection. Keyed by
 * flags and source, so a pattern changed since the build is simply computed again; undefined when
 * running from the sources or tsc's output.
 */
declare const __RUBRICATE_REQUIRED_LITERALS__: Readonly<Record<string, readonly string[] | null>> | undefined;
declare const __RUBRICATE_REQUIRED_LITERAL_SETS__:
  | Readonly<Record<string, readonly (readonly string[])[] | null>>
  | undefined;

const LITERALS = memoByPattern(
  typeof __RUBRICATE_REQUIRED_LITERALS__ === 'undefined' ? undefined : __RUBRICATE_REQUIRED_LITERALS__,
  (pattern) => computeRequiredLiterals(pattern),
);
const LITERAL_SETS = memoByPattern(
  typeof __RUBRICATE_REQUIRED_LITERAL_SETS__ === 'undefined'
    ? undefined
    : __RUBRICATE_REQUIRED_LITERAL_SETS__,
  computeRequiredLiteralSets,
);

/** `computeRequiredLiterals` of a pattern (see `memoByPattern`). */
export const requiredLiterals = (pattern: RegExp): readonly string[] | null => LITERALS.get(pattern);
/** `computeRequiredLiteralSets` of a pattern (see `memoByPattern`). */
export const requiredLiteralSets = (pattern: RegExp): readonly (readonly string[])[] | null =>
  LITERAL_SETS.get(pattern);

/** Every pattern's literals computed so far in this thread, by `flags/source`: the build's table. */
export const literalsTable = (): Record<string, readonly string[] | null> => LITERALS.table();
/** Every pattern's literal sets computed so far in this thread, by `flags/source`: the build's table. */
export const literalSetsTable = (): Record<string, readonly (readonly string[])[] | null> =>
  LITERAL_SETS.table();
