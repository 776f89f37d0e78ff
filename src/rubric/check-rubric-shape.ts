import type { Diagnostic } from './schema.ts';

/** A rubric is a few kilobytes; this leaves room for hundreds of questions. */
export const MAX_RUBRIC_CHARS = 256 * 1024;
/** Block quotes or list indentation deeper than this are no rubric, and make the Markdown parser slow. */
const MAX_QUOTE_MARKERS = 16;
const MAX_INDENT = 64;

/**
 * Refuses, before any parser sees it, a rubric the parsers would take minutes over: more than
 * `MAX_RUBRIC_CHARS`, or (Markdown) containers nested absurdly deep (`> > > …`, a list indented
 * hundreds of columns), where the CommonMark parser's cost grows faster than the input. `null`
 * when fine.
 */
export function checkRubricShape(file: string, text: string, markdown: boolean): Diagnostic | null {
  if (text.length > MAX_RUBRIC_CHARS) {
    const kb = Math.round(text.length / 1024);
    return {
      severity: 'error',
      file,
      line: 1,
      message: `expected a rubric of at most ${MAX_RUBRIC_CHARS / 1024} KB, got ${kb} KB`,
    };
  }
  let line = 1;
  for (let start = 0; markdown && start < text.length; line++) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    let quotes = 0;
    let indent = 0;
    for (let i = start; i < stop; i++) {
      const c = text[i];
      if (c === '>') quotes++;
      else if (c === ' ') indent++;
      else if (c === '\t') indent += 4;
      else break;
    }
    if (quotes > MAX_QUOTE_MARKERS || indent > MAX_INDENT) {
      const what =
        quotes > MAX_QUOTE_MARKERS ? `${quotes} nested block quotes` : `${indent} columns of indentation`;
      const message = `expected Markdown nested at most ${MAX_QUOTE_MARKERS} block quotes or ${MAX_INDENT} columns deep, got ${what}`;
      return { severity: 'error', file, line, message };
    }
    start = stop + 1;
  }
  return null;
}
