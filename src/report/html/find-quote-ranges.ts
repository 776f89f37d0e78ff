/** A half-open `[start, end)` range of UTF-16 indices into the original text. */
export type TextRange = readonly [number, number];

interface Folded {
  /** Letters and digits lowercased without accents, every run of anything else folded to one space. */
  readonly text: string;
  /** For each unit of `text`: where it starts and ends in the original. */
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
// Combining marks belong to the letter before them: dropped, but they do not split a word.
const MARK = /\p{M}/u;

function fold(original: string): Folded {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let gap = false;
  let index = 0;
  for (const char of original) {
    const next = index + char.length;
    const code = char.charCodeAt(0);
    if (code < 128) {
      // ASCII fast path (most of any answer): no accents to drop, lowercasing is one step.
      const isWord = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
      if (!isWord) gap = true;
      else {
        if (gap && text.length > 0) {
          text += ' ';
          starts.push(index);
          ends.push(index);
        }
        gap = false;
        text += code <= 90 && code >= 65 ? String.fromCharCode(code + 32) : char;
        starts.push(index);
        ends.push(next);
      }
      index = next;
      continue;
    }
    if (WORD_CHAR.test(char)) {
      if (gap && text.length > 0) {
        text += ' ';
        starts.push(index);
        ends.push(index);
      }
      gap = false;
      // Decomposing and lowercasing can change length ("É" → "e" + U+0301, "İ" → "i" + U+0307):
      // keep the letters, drop the accents, and map every unit kept to the source character.
      for (const lower of char.normalize('NFD').toLowerCase()) {
        if (!WORD_CHAR.test(lower)) continue;
        for (let k = 0; k < lower.length; k += 1) {
          text += lower[k];
          starts.push(index);
          ends.push(next);
        }
      }
    } else if (MARK.test(char)) {
      // Keep a combining mark inside the highlight of the letter it modifies.
      if (!gap && ends.length > 0) ends[ends.length - 1] = next;
    } else {
      gap = true;
    }
    index = next;
  }
  return { text, starts, ends };
}

/**
 * Where a judge's quote occurs in the answer, tolerating differences in case, accents, whitespace
 * and punctuation (curly vs straight quotes, line breaks), matching whole words only. Returns
 * ranges in the original answer; empty when the quote does not occur.
 */
export function findQuoteRanges(answer: string, quote: string): TextRange[] {
  return createQuoteFinder(answer)(quote);
}

/**
 * `findQuoteRanges` for many quotes in one answer: the answer is folded once (folding is the
 * costly part, and an item has a quote per flag and judge).
 */
export function createQuoteFinder(answer: string): (quote: string) => TextRange[] {
  let hay: Folded | null = null;
  return (quote) => {
    const needle = fold(quote).text;
    if (needle === '') return [];
    hay ??= fold(answer);
    return locate(hay, needle);
  };
}

function locate(hay: Folded, needle: string): TextRange[] {
  const ranges: TextRange[] = [];
  let from = 0;
  for (;;) {
    const at = hay.text.indexOf(needle, from);
    if (at < 0) break;
    const last = at + needle.length - 1;
    const wordStart = at === 0 || hay.text[at - 1] === ' ';
    const wordEnd = last === hay.text.length - 1 || hay.text[last + 1] === ' ';
    const start = hay.starts[at];
    const end = hay.ends[last];
    if (wordStart && wordEnd && start !== undefined && end !== undefined) ranges.push([start, end]);
    from = at + 1;
  }
  return ranges;
}
