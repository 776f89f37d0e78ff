import { allMatches } from '../text/all-matches.ts';

/**
 * One class of words for `findSteering`: an ASCII-mode pattern (fast: no Unicode mode), and for
 * words of other scripts a Unicode-mode one, run only on clauses that hold non-ASCII text.
 * Unicode mode made the patterns five times slower, and almost every answer is ASCII.
 */
export interface WordClass {
  readonly latin: RegExp;
  readonly script: RegExp | null;
}

/** A class from pattern sources: ASCII-safe alternatives, then those needing Unicode mode. */
export function wordClass(latin: readonly string[], script: readonly string[] = []): WordClass {
  return {
    latin: new RegExp(latin.join('|'), 'gi'),
    script: script.length > 0 ? new RegExp(script.join('|'), 'giu') : null,
  };
}

/** Every match of the class in `text`, as [start, end) ranges in order. */
export function rangesOf(cls: WordClass, text: string, withScript: boolean): (readonly [number, number])[] {
  const found = collect(cls.latin, text);
  if (!withScript || cls.script === null) return found;
  return [...found, ...collect(cls.script, text)].sort((a, b) => a[0] - b[0]);
}

/** The first match of the class in `text`, or undefined. */
export function firstOf(
  cls: WordClass,
  text: string,
  withScript: boolean,
): readonly [number, number] | undefined {
  const latin = once(cls.latin, text);
  if (!withScript || cls.script === null) return latin;
  const script = once(cls.script, text);
  if (latin === undefined) return script;
  return script !== undefined && script[0] < latin[0] ? script : latin;
}

function once(pattern: RegExp, text: string): readonly [number, number] | undefined {
  pattern.lastIndex = 0;
  const match = pattern.exec(text);
  pattern.lastIndex = 0;
  return match === null ? undefined : [match.index, match.index + match[0].length];
}

function collect(pattern: RegExp, text: string): (readonly [number, number])[] {
  return allMatches(pattern, text).map((match) => [match.index, match.index + match[0].length] as const);
}
