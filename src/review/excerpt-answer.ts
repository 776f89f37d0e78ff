import type { TextRange } from '../report/html/find-quote-ranges.ts';
import { findQuoteRanges } from '../report/html/find-quote-ranges.ts';
import { type Marker, sanitizeTerminalText } from './terminal-text.ts';

/** Characters of context kept on each side of a piece of evidence in a long answer. */
const CONTEXT = 240;

/**
 * The answer for a terminal, with every quoted piece of evidence marked. An answer up to `max`
 * characters is shown whole; a longer one as windows of context around the evidence (joined by
 * ` … `), or its beginning when no quote could be placed, so the reviewer sees what the judges
 * relied on first. Control characters in the answer are neutralised.
 */
export function excerptAnswer(
  answer: string,
  quotes: readonly string[],
  marker: Marker,
  max = 1500,
): { text: string; cut: boolean } {
  const ranges = mergeRanges(quotes.flatMap((quote) => findQuoteRanges(answer, quote)));
  const windows: TextRange[] =
    answer.length <= max
      ? [[0, answer.length]]
      : ranges.length === 0
        ? [[0, max]]
        : capWindows(
            mergeRanges(
              ranges.map(([start, end]) => [
                Math.max(0, start - CONTEXT),
                Math.min(answer.length, end + CONTEXT),
              ]),
            ),
            max,
          );
  const parts = windows.map(([from, to]) => markRange(answer, from, to, ranges, marker));
  const first = windows[0];
  const last = windows[windows.length - 1];
  const cut =
    windows.length > 1 ||
    (first !== undefined && first[0] > 0) ||
    (last !== undefined && last[1] < answer.length);
  const lead = first !== undefined && first[0] > 0 ? '… ' : '';
  const tail = last !== undefined && last[1] < answer.length ? ' …' : '';
  return { text: `${lead}${parts.join(' … ')}${tail}`, cut };
}

function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** Keeps whole windows while they fit in `max` characters (always at least the first). */
function capWindows(windows: readonly TextRange[], max: number): TextRange[] {
  const kept: TextRange[] = [];
  let used = 0;
  for (const window of windows) {
    const size = window[1] - window[0];
    if (kept.length > 0 && used + size > max) break;
    kept.push(kept.length === 0 ? [window[0], Math.min(window[1], window[0] + max)] : window);
    used += size;
  }
  return kept;
}

function markRange(
  answer: string,
  from: number,
  to: number,
  ranges: readonly TextRange[],
  marker: Marker,
): string {
  let out = '';
  let at = from;
  for (const [start, end] of ranges) {
    if (end <= from || start >= to) continue;
    const s = Math.max(start, from);
    const e = Math.min(end, to);
    out += sanitizeTerminalText(answer.slice(at, s));
    out += `${marker.open}${sanitizeTerminalText(answer.slice(s, e))}${marker.close}`;
    at = e;
  }
  return out + sanitizeTerminalText(answer.slice(at, to));
}
