import { requiredLiterals } from './literal-table.ts';

/**
 * A pattern source cut at its top-level `|`: `a|b(c|d)|[|]` → `a`, `b(c|d)`, `[|]`. Each
 * alternative then runs as a pattern of its own, so a literal prefilter (`createLiteralGate`)
 * can skip the alternatives whose words a text lacks; one pattern of many alternatives is run
 * whenever any of them might match, and tries each at every position. A `|` inside a group, a
 * character class or after a backslash is not at the top level. Pure; linear in the source.
 */
export function splitAlternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i];
    if (char === '\\') {
      i += 1;
      continue;
    }
    if (inClass) {
      if (char === ']') inClass = false;
      continue;
    }
    if (char === '[') inClass = true;
    else if (char === '(') depth += 1;
    else if (char === ')') depth -= 1;
    else if (char === '|' && depth === 0) {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(source.slice(from));
  return parts;
}

/**
 * `pattern` as one pattern per top-level alternative, with its flags (see `splitAlternatives`),
 * when the pattern as a whole has no required literals (some alternative needs none, or only
 * short ones) and a prefilter could therefore never skip it; a pattern a prefilter can already
 * skip stays whole (each pattern costs a compilation the first time it runs).
 */
export function splitPattern(pattern: RegExp): RegExp[] {
  const parts = splitAlternatives(pattern.source);
  if (parts.length === 1 || requiredLiterals(pattern) !== null) return [pattern];
  return parts.map((part) => new RegExp(part, pattern.flags));
}

/** Pattern sources, each split as `splitPattern` would split it under `flags`. */
export function splitSources(sources: readonly string[], flags: string): string[] {
  return sources.flatMap((source) =>
    splitPattern(new RegExp(source, flags)).map((pattern) => pattern.source),
  );
}
