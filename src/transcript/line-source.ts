/**
 * The lines of a text, read by index without splitting it into an array of strings: one 4-byte
 * offset per line, and each line sliced when asked for. A 20 MB caption file has 650,000 lines;
 * as strings they would take as much memory again as the file.
 */
export interface LineSource {
  readonly length: number;
  /** Line `i` (0-based) without its `\n`, or `undefined` past the end. */
  at(i: number): string | undefined;
  /** Lines `from` (inclusive) to `to` (exclusive) joined by `\n`: one slice of the text. */
  join(from: number, to: number): string;
}

/** A `LineSource` over `text` (LF line ends). */
export function linesOf(text: string): LineSource {
  let count = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  const starts = new Int32Array(count + 1);
  for (let line = 1, i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts[line++] = i + 1;
  starts[count] = text.length + 1;
  return {
    length: count,
    at: (i) => (i >= 0 && i < count ? text.slice(starts[i], (starts[i + 1] ?? 0) - 1) : undefined),
    join: (from, to) => (to <= from ? '' : text.slice(starts[from], (starts[to] ?? 0) - 1)),
  };
}

/** A `LineSource` over lines already split (tests, small inputs). */
export function linesOfArray(lines: readonly string[]): LineSource {
  return {
    length: lines.length,
    at: (i) => lines[i],
    join: (from, to) => lines.slice(from, to).join('\n'),
  };
}
