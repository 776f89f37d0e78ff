import { allMatches } from '../text/all-matches.ts';
import type { Detector, PiiSpan } from './pii-class.ts';

/**
 * Runs every detector over `text` and returns the spans to redact, in text order, without
 * overlaps: where two detectors claim the same characters the higher priority wins (an SSN over
 * the phone number it also looks like), then the earlier, then the longer. Linear in the text
 * for linear detectors: claimed characters are marked once in a bitmap.
 */
export function findPii(text: string, detectors: readonly Detector[]): PiiSpan[] {
  const candidates: (PiiSpan & { priority: number })[] = [];
  const present = new Map<RegExp, boolean>();
  for (const detector of detectors) {
    const { requires } = detector;
    if (requires !== undefined) {
      let found = present.get(requires);
      if (found === undefined) {
        found = requires.test(text);
        present.set(requires, found);
      }
      if (!found) continue;
    }
    for (const [start, end] of rangesOf(detector, text)) {
      const value = text.slice(start, end).replace(/[.,;:!?]+$/, '');
      if (value.trim() === '') continue;
      if (detector.accept && !detector.accept(value, text, start, start + value.length)) continue;
      candidates.push({
        start,
        end: start + value.length,
        cls: detector.cls,
        key: detector.key ? detector.key(value) : value.toLowerCase(),
        priority: detector.priority,
      });
    }
  }
  candidates.sort((a, b) => b.priority - a.priority || a.start - b.start || b.end - a.end);
  const claimed = new Uint8Array(text.length);
  const kept: PiiSpan[] = [];
  for (const { priority: _, ...span } of candidates) {
    if (claimed.subarray(span.start, span.end).includes(1)) continue;
    claimed.fill(1, span.start, span.end);
    kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function* rangesOf(detector: Detector, text: string): Iterable<readonly [number, number]> {
  const { pattern } = detector;
  if (typeof pattern === 'function') {
    yield* pattern(text);
    return;
  }
  pattern.lastIndex = 0;
  for (const match of allMatches(pattern, text)) {
    const range = match.indices?.[detector.group ?? 0] ?? match.indices?.[0];
    if (range !== undefined) yield range;
  }
}
