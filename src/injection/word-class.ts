import { allMatches } from '../text/all-matches.ts';
import { type GateResult, OPEN_GATE } from '../text/literal-gate.ts';
import { pushAll } from '../text/push-all.ts';
import { splitSources } from '../text/split-alternatives.ts';

/**
 * One class of words for `findSteering`: ASCII-mode patterns (fast: no Unicode mode), one per
 * source alternative so that a literal gate can skip those whose words are absent from the text,
 * and for words of other scripts a Unicode-mode one, run only on clauses that hold non-ASCII text.
 * Unicode mode made the patterns five times slower, and almost every answer is ASCII.
 */
export interface WordClass {
  readonly latin: readonly RegExp[];
  /**
   * Every alternative of it needs a letter of a script from U+0370 on (Greek, Cyrillic, Arabic, CJK…):
   * `mayHoldScript` relies on it.
   */
  readonly script: RegExp | null;
}

/**
 * Whether a text may hold what a class's `script` pattern needs: a character from U+0370 on,
 * General Punctuation (quotes, dashes, bullets: English typography, no letters) aside, or one of
 * the two below it that case-fold into Greek (the micro sign and the combining ypogegrammeni).
 * Curly quotes and dashes alone do not send a clause to the Unicode-mode patterns.
 */
export const mayHoldScript = (text: string): boolean => SCRIPT_TEXT.test(text);

const SCRIPT_TEXT = /[\u00b5\u0370-\u1fff\u2070-\uffff]|\u0345/;

/**
 * A class from pattern sources: ASCII-safe alternatives, then those needing Unicode mode. Built
 * on first use, not when the module loads: splitting parses every source (a tenth of a second
 * for all the classes), which a command that never reads an answer should not pay at start-up.
 */
export function wordClass(latin: readonly string[], script: readonly string[] = []): WordClass {
  const cls = {} as { latin: readonly RegExp[]; script: RegExp | null };
  // Each getter builds both properties and puts plain values in their place: after the first use
  // a read costs what a field read does (the classes are read for every clause).
  const build = (): void => {
    Object.defineProperties(cls, {
      // One pattern per top-level alternative: the gate can skip each on its own words.
      latin: { value: splitSources(latin, 'gi').map((source) => new RegExp(source, 'gi')), enumerable: true },
      script: { value: script.length > 0 ? new RegExp(script.join('|'), 'giu') : null, enumerable: true },
    });
  };
  Object.defineProperties(cls, {
    latin: {
      get: () => {
        build();
        return cls.latin;
      },
      configurable: true,
      enumerable: true,
    },
    script: {
      get: () => {
        build();
        return cls.script;
      },
      configurable: true,
      enumerable: true,
    },
  });
  return cls;
}

/** Every pattern of these classes: what a literal gate for them is built from. */
export function patternsOf(classes: readonly WordClass[]): RegExp[] {
  return classes.flatMap((cls) => [...cls.latin, ...(cls.script === null ? [] : [cls.script])]);
}

/**
 * Every match of the class in `text`, as [start, end) ranges in order of start. Matches of
 * different alternatives may overlap (each alternative is its own pattern).
 */
export function rangesOf(
  cls: WordClass,
  text: string,
  withScript: boolean,
  gate: GateResult = OPEN_GATE,
): (readonly [number, number])[] {
  const found: (readonly [number, number])[] = [];
  for (const pattern of patternsToRun(cls, withScript, gate)) pushAll(found, collect(pattern, text));
  return found.length > 1 ? found.sort((a, b) => a[0] - b[0] || b[1] - a[1]) : found;
}

/** The first match of the class in `text` (the earliest start; at a tie, the earlier alternative), or undefined. */
export function firstOf(
  cls: WordClass,
  text: string,
  withScript: boolean,
  gate: GateResult = OPEN_GATE,
): readonly [number, number] | undefined {
  let first: readonly [number, number] | undefined;
  for (const pattern of patternsToRun(cls, withScript, gate)) {
    const match = once(pattern, text);
    if (match !== undefined && (first === undefined || match[0] < first[0])) first = match;
  }
  return first;
}

function patternsToRun(cls: WordClass, withScript: boolean, gate: GateResult): readonly RegExp[] {
  const run = gate.runnable(cls.latin);
  return withScript && cls.script !== null && gate.mayMatch(cls.script) ? [...run, cls.script] : run;
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
