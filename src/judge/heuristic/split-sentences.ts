/** A verbatim slice of the answer: `answer.slice(start, start + text.length) === text`. */
export interface TextSpan {
  readonly text: string;
  readonly start: number;
}

/** Above this many words a "sentence" is usually unpunctuated speech and is cut into clauses. */
const MAX_WORDS = 40;

// Intl.Segmenter is the platform's Unicode (UAX #29) sentence splitter: abbreviations, decimals and
// closing quotes are its problem, not ours. It holds no state between calls.
const SENTENCES = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Splits an answer into sentence spans copied verbatim (trimmed), so that any of them can be
 * quoted as evidence. Over-long sentences (transcribed speech often has no full stops) are cut at
 * clause punctuation, or failing that every MAX_WORDS words.
 */
export function splitSentences(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const { segment, index } of SENTENCES.segment(text)) {
    const trimmed = trimSpan(segment, index);
    if (trimmed === undefined) continue;
    spans.push(...cutLongSpan(trimmed));
  }
  return spans;
}

function trimSpan(segment: string, start: number): TextSpan | undefined {
  const lead = segment.length - segment.trimStart().length;
  const text = segment.trim();
  return text.length === 0 ? undefined : { text, start: start + lead };
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

function cutLongSpan(span: TextSpan): TextSpan[] {
  if (countWords(span.text) <= MAX_WORDS) return [span];
  const cuts = [...span.text.matchAll(/[,;:\u2014]\s+/g)].map((match) => match.index + match[0].length);
  const pieces: TextSpan[] = [];
  let from = 0;
  let lastCut = 0;
  for (const cut of [...cuts, span.text.length]) {
    if (countWords(span.text.slice(from, cut)) > MAX_WORDS && lastCut > from) {
      pieces.push(...trimmedPiece(span, from, lastCut));
      from = lastCut;
    }
    lastCut = cut;
  }
  pieces.push(...trimmedPiece(span, from, span.text.length));
  return pieces.flatMap(cutByWords);
}

function trimmedPiece(span: TextSpan, from: number, to: number): TextSpan[] {
  const piece = trimSpan(span.text.slice(from, to), span.start + from);
  return piece === undefined ? [] : [piece];
}

/** Last resort for unpunctuated speech: fixed windows of words. */
function cutByWords(span: TextSpan): TextSpan[] {
  const words = [...span.text.matchAll(/\S+/g)];
  if (words.length <= MAX_WORDS) return [span];
  const pieces: TextSpan[] = [];
  for (let first = 0; first < words.length; first += MAX_WORDS) {
    const head = words[first];
    const tail = words[Math.min(first + MAX_WORDS, words.length) - 1];
    if (head === undefined || tail === undefined) continue;
    const end = tail.index + tail[0].length;
    pieces.push({ text: span.text.slice(head.index, end), start: span.start + head.index });
  }
  return pieces;
}
