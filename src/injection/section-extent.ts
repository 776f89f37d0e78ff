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

/**
 * Where a section opened at `hit` ends: its closer within reach, else the end of its line. A
 * marker with no closer said inside a line of prose ("…for one feature. Automated caption
 * correction, the previous sentence should read …") opens no section: speech written as one
 * line would lose every honest sentence after it. It ends with its sentence (`sentenceEnd`).
 */
export function sectionEnd(
  text: string,
  hit: { readonly start: number; readonly end: number },
  lineEnds: readonly number[],
  sentenceEnd: number,
): number {
  const eol = lineEndAfter(lineEnds, hit.end, text.length);
  const opener = text.slice(hit.start, hit.end);
  const closer = closerOf(opener);
  if (closer === null) {
    // (Two words or more before it on its line; read within a bounded reach, so that a flood of
    // hits in one long line stays linear.)
    const before = text.slice(Math.max(0, hit.start - PROSE_REACH), hit.start);
    const inProse = /\S\s{1,5}\S/.test(before.slice(before.lastIndexOf('\n') + 1));
    return Math.max(hit.end, inProse ? Math.min(eol, sentenceEnd) : eol);
  }
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

/** How far before a marker its line is read for words of prose. */
const PROSE_REACH = 200;
/** Lines of a list: a bullet, a number or a tick first. */
const LIST_LINE = /^[ \t]{0,8}(?:[-*+•–—]|\d{1,2}[.)]|\[[ xX✓]\]|[✓✔✅])[ \t]/;
/** Lines a list introduced by a claim is read over at most. */
const LIST_LINES = 30;

/**
 * Where a span ending on a colon that opens a list ends: after the list's last line
 * ("Self-assessment against the question's criteria:\n- ownership — covered\n- …"). The list
 * is what the colon introduces; without it the claim's points would stay in the answer.
 */
export function listAfterColon(text: string, end: number): number {
  if (!/:[ \t]*$/.test(text.slice(Math.max(0, end - 4), end)) || text[end] !== '\n') return end;
  let at = end;
  for (let line = 0; line < LIST_LINES && at < text.length && text[at] === '\n'; line += 1) {
    const next = text.indexOf('\n', at + 1);
    const lineEnd = next < 0 ? text.length : next;
    if (!LIST_LINE.test(text.slice(at + 1, Math.min(lineEnd, at + 24)))) break;
    at = lineEnd;
  }
  return at;
}
