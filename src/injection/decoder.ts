/**
 * One encoding `findEncoded` reads: where its runs are (a cheap check first where the run
 * pattern is costly) and the text a run hides.
 */
export interface Decoder {
  readonly runs: (text: string) => RegExpExecArray[];
  readonly decode: (match: RegExpExecArray) => string;
  /** Text nobody sees: hidden whatever it says, once it decodes to readable text. */
  readonly invisible?: boolean;
}
