/**
 * Normalises text for evidence matching: Unicode compatibility forms, case, punctuation and
 * runs of whitespace all fold to single spaces. Punctuation becomes a word break, so
 * "back-off" matches "back off" but not "backoff": a quote must still be the answer's words.
 */
export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * True when `quote` occurs in `answer` after normalising whitespace, case and punctuation.
 * An empty quote is never evidence.
 */
export function verifyEvidence(quote: string, answer: string): boolean {
  return createEvidenceCheck(answer)(quote);
}

/**
 * `verifyEvidence` against one answer for many quotes: the answer is normalised once, on the
 * first quote (an item's judges quote it a dozen times or more).
 */
export function createEvidenceCheck(answer: string): (quote: string) => boolean {
  let normalized: string | undefined;
  return (quote) => {
    const q = normalizeForMatch(quote);
    if (q.length === 0) return false;
    normalized ??= ` ${normalizeForMatch(answer)} `;
    return normalized.includes(` ${q} `);
  };
}
