/** Rubrics nest a handful of levels; 100 is generous and keeps every parser's recursion shallow. */
export const MAX_NESTING = 100;

const OPENERS = new Set(['[', '{']);
const CLOSERS = new Set([']', '}']);

/**
 * The 1-based line where YAML or JSON flow collections (`[`, `{`) first nest deeper than
 * `MAX_NESTING`, or `undefined`. Checked before parsing because the YAML parser, given
 * `[` × 5,000, exhausts the stack or the heap instead of failing cleanly. One linear pass: quoted
 * strings and comments are skipped, and outside a flow collection a bracket counts only where a
 * value starts (line start, after `:`, `-`, `?` or `,`), so `- Mentions [sic` in a plain scalar
 * is text.
 */
export function findExcessiveNesting(text: string): number | undefined {
  let depth = 0;
  let line = 1;
  let valueStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (c === '\n') {
      line++;
      if (depth === 0) valueStart = true;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') continue;
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1] ?? ''))) {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
      continue;
    }
    if ((c === '"' || c === "'") && (valueStart || depth > 0)) {
      i = skipQuoted(text, i, c);
      valueStart = false;
      continue;
    }
    if (OPENERS.has(c) && (valueStart || depth > 0)) {
      if (++depth > MAX_NESTING) return line;
      valueStart = true;
      continue;
    }
    if (CLOSERS.has(c) && depth > 0) {
      depth--;
      valueStart = false;
      continue;
    }
    valueStart = c === ':' || c === '-' || c === '?' || (c === ',' && depth > 0);
  }
  return undefined;
}

/** Index of the closing quote of the string opening at `at` (JSON/YAML escapes and `''`). */
function skipQuoted(text: string, at: number, quote: string): number {
  for (let i = at + 1; i < text.length; i++) {
    const c = text[i];
    if (quote === '"' && c === '\\') i++;
    else if (c === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return text.length;
}
