/** The fenced code blocks (```) of one text, found once, asked about many times. */
export interface CodeFences {
  /**
   * The offset of the fence that opens the block `[start, end)` lies in: an odd number of fences
   * at or before `start`, and one at or after `end` to close it. Undefined outside any block.
   */
  readonly openingBefore: (start: number, end: number) => number | undefined;
}

/**
 * Indexes a text's ``` fences on the first question (one pass), then answers each by binary
 * search: a text with thousands of hits asks thousands of times, and a scan from the text's start
 * per question would be quadratic in its length.
 */
export function codeFences(text: string): CodeFences {
  let offsets: number[] | undefined;
  const index = (): number[] => {
    if (offsets !== undefined) return offsets;
    const found: number[] = [];
    for (let at = text.indexOf('```'); at !== -1; at = text.indexOf('```', at + 3)) found.push(at);
    offsets = found;
    return found;
  };
  return {
    openingBefore: (start, end) => {
      const fences = index();
      // How many fences start at or before `start`.
      let low = 0;
      let high = fences.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if ((fences[mid] ?? 0) <= start) low = mid + 1;
        else high = mid;
      }
      if (low % 2 === 0) return undefined;
      const closing = firstAtOrAfter(fences, end, low);
      return closing === -1 ? undefined : fences[low - 1];
    },
  };
}

/** The index of the first offset ≥ `end` from `from` on (binary search), or -1. */
function firstAtOrAfter(fences: readonly number[], end: number, from: number): number {
  let low = from;
  let high = fences.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((fences[mid] ?? 0) < end) low = mid + 1;
    else high = mid;
  }
  return low < fences.length ? low : -1;
}
