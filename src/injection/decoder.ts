/**
 * One encoding `findEncoded` reads: where its runs are (a cheap check first where the run
 * pattern is costly) and the text a run hides.
 */
export interface Decoder {
  readonly runs: (text: string) => RegExpExecArray[];
  readonly decode: (match: RegExpExecArray) => string;
  /** Text nobody sees: hidden whatever it says, once it decodes to readable text. */
  readonly invisible?: boolean;
  /** A channel so narrow its payload may be one short mark ("4/4"): read without a space in it. */
  readonly narrow?: boolean;
  /** Its payload is text in any script (UTF-8 garbled, a punycode domain): read in letters of every script. */
  readonly script?: boolean;
}

/**
 * A run of spelled letters read back as words: a comma or semicolon ends a word, `between`
 * parts a word's letters ("tau omicron pi, mu alpha" → "top ma"), and each part is the letter
 * `letterOf` gives it (lower-cased first).
 */
export function spellWords(run: string, between: RegExp, letterOf: (part: string) => string): string {
  return run
    .toLowerCase()
    .split(/\s{0,3}[,;]\s{0,3}/)
    .map((word) => word.split(between).map(letterOf).join(''))
    .join(' ');
}

/** The text from `start` to `end` as a match, so a run found by a scan reads like a regex's. */
export function matchAt(text: string, start: number, end: number): RegExpExecArray {
  const exact = new RegExp(`[^]{${end - start}}`, 'y');
  exact.lastIndex = start;
  return exact.exec(text) as RegExpExecArray;
}
