import { splitSentences } from '../judge/heuristic/split-sentences.ts';
import type { InjectionSpan } from './schema.ts';

/** Sentence windows around spans are this long at most: sentence splitting is not linear on huge texts. */
const MATCH_WINDOW = 4000;

/**
 * The sentences (as `splitSentences` cuts them, which the heuristic judge compares against)
 * that hold a span. Split within a window around each span that starts and ends at a line or
 * sentence break, so a span in a huge answer does not split the whole answer.
 */
export function matchingSentences(text: string, spans: readonly InjectionSpan[]): string[] {
  const matches = new Set<string>();
  let covered = 0;
  let next = 0;
  for (const span of spans) {
    if (span.end <= covered) continue;
    const from = Math.max(covered, windowStart(text, span.start));
    const to = windowEnd(text, span.end);
    covered = to;
    // A long span is split in windows of at most MATCH_WINDOW too, each ending at a break.
    for (let at = from; at < to; ) {
      const cut = to - at <= MATCH_WINDOW ? to : breakBefore(text, at + MATCH_WINDOW, at);
      for (const sentence of splitSentences(text.slice(at, cut))) {
        const start = at + sentence.start;
        const end = start + sentence.text.length;
        // Spans are sorted and do not overlap: skip those that end before this sentence.
        while (next < spans.length && (spans[next]?.end ?? 0) <= start) next += 1;
        if ((spans[next]?.start ?? end) < end) matches.add(sentence.text);
      }
      at = cut;
    }
  }
  return [...matches];
}

/** Just after the last line or sentence break in (`floor`, `offset`), else `offset` itself. */
function breakBefore(text: string, offset: number, floor: number): number {
  for (let i = offset - 1; i > floor; i -= 1) {
    const c = text[i];
    if (c === '\n') return i + 1;
    if ((c === ' ' || c === '\t') && /[.!?]/.test(text[i - 1] ?? '')) return i + 1;
  }
  return offset;
}

function windowStart(text: string, offset: number): number {
  if (offset <= MATCH_WINDOW) return 0;
  const floor = offset - MATCH_WINDOW;
  const slice = text.slice(floor, offset);
  const cut = Math.max(slice.indexOf('\n'), slice.search(/[.!?]\s/) + 1);
  return cut > 0 ? floor + cut + 1 : 0;
}

function windowEnd(text: string, offset: number): number {
  if (text.length - offset <= MATCH_WINDOW) return text.length;
  const slice = text.slice(offset, offset + MATCH_WINDOW);
  const cut = slice.lastIndexOf('\n');
  return cut >= 0 ? offset + cut : text.length;
}
