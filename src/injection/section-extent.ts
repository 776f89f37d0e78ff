/** Where a span that opens a section of its own ends, and the lines around a hit. */

/** How far a section's closer (`<|im_end|>`, `</tag>`, a closing fence) is looked for. */
const CLOSER_WINDOW = 2000;

/** Offsets of every newline, ascending. */
export function newlineOffsets(text: string): number[] {
  const offsets: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) offsets.push(i);
  return offsets;
}

/** The first newline at or after `offset` (binary search), or the end of the text. */
function lineEndAfter(lineEnds: readonly number[], offset: number, length: number): number {
  let lo = 0;
  let hi = lineEnds.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((lineEnds[mid] ?? length) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lineEnds[lo] ?? length;
}

/** The rest of the line from `offset`, and the next non-empty line (a marker may stand alone). */
export function nextLines(text: string, offset: number): string {
  const rest = text.slice(offset, offset + 400);
  const lines = rest.split('\n');
  const first = lines[0] ?? '';
  return first.trim() !== '' ? first : `${first}\n${lines.slice(1).find((l) => l.trim() !== '') ?? ''}`;
}

/** Where a section opened at `hit` ends: its closer within reach, else the end of its line. */
export function sectionEnd(
  text: string,
  hit: { readonly start: number; readonly end: number },
  lineEnds: readonly number[],
): number {
  const eol = lineEndAfter(lineEnds, hit.end, text.length);
  const opener = text.slice(hit.start, hit.end);
  const closer = closerOf(opener);
  if (closer === null) return Math.max(hit.end, eol);
  const window = text.slice(hit.end, hit.end + CLOSER_WINDOW);
  const found = closer.exec(window);
  return Math.max(eol, found === null ? hit.end : hit.end + found.index + found[0].length);
}

function closerOf(opener: string): RegExp | null {
  if (/<\|/.test(opener)) return /<\|(?:im_end|eot_id|end|endoftext)\|>/i;
  if (/\[inst\]/i.test(opener)) return /\[\/inst\]/i;
  if (/<<sys>>/i.test(opener)) return /<<\/sys>>/i;
  if (/```/.test(opener)) return /```/;
  if (/<!--/.test(opener)) return /-->/;
  const tag = /<\s{0,3}([\w-]{1,40})/.exec(opener)?.[1];
  if (tag !== undefined && !opener.includes('</')) return new RegExp(`</\\s{0,3}${tag}\\s{0,3}>`, 'i');
  return null;
}
