/**
 * `text` without the given spans (offsets into `text`; overlapping or unsorted is fine): the
 * "stripped twin" of an answer, judged alongside the original so that steering text can never
 * raise a rating. Where a cut joins two words, one space is kept; nothing else changes, so
 * evidence quoted from the twin is still verbatim text of the original answer.
 */
export function removeSpans(
  text: string,
  spans: readonly { readonly start: number; readonly end: number }[],
): string {
  const merged = mergeSpans(spans, text.length);
  let out = '';
  let at = 0;
  for (const { start, end } of merged) {
    out += text.slice(at, start);
    const next = text[end] ?? '';
    if (out !== '' && !/\s$/.test(out) && next !== '' && !/\s/.test(next)) out += ' ';
    at = end;
  }
  return out + text.slice(at);
}

/** Spans clipped to `[0, length]`, sorted, overlapping and touching ones merged. */
export function mergeSpans(
  spans: readonly { readonly start: number; readonly end: number }[],
  length: number,
): { start: number; end: number }[] {
  const sorted = spans
    .map((s) => ({
      start: Math.max(0, Math.min(s.start, length)),
      end: Math.max(0, Math.min(s.end, length)),
    }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: { start: number; end: number }[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last !== undefined && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}
