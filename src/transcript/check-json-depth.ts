import { InputError } from '../errors.ts';

/** Transcript JSON nests a handful of levels (AWS Transcribe: 6, Deepgram: 8); 100 is generous. */
export const MAX_JSON_DEPTH = 100;

/**
 * Refuses JSON nested deeper than `MAX_JSON_DEPTH` before any parser or validator walks it, so
 * `[` × 100,000 is a clean `file:line` error rather than "Maximum call stack size exceeded" in
 * a recursive step. One linear pass that skips strings.
 */
export function checkJsonDepth(
  text: string,
  file: string,
  code: 'transcript_invalid' | 'rubric_invalid',
): void {
  let depth = 0;
  let line = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    if (inString) {
      if (c === 92)
        i++; // a backslash escapes the next character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > MAX_JSON_DEPTH) {
        throw new InputError(
          code,
          file,
          line,
          `expected JSON nested at most ${MAX_JSON_DEPTH} levels deep; got deeper nesting here`,
        );
      }
    } else if (c === 93 || c === 125) depth = Math.max(0, depth - 1);
  }
}
