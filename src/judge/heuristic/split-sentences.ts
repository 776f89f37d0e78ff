import { allMatches } from '../../text/all-matches.ts';
import { pushAll } from '../../text/push-all.ts';

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
 * V8's segmenter takes time quadratic in the length of the text it iterates (a 300 KB answer
 * takes ~15 s), so it is only ever given chunks of about this many characters, cut at a sentence
 * end (or else a space) found by a linear scan.
 */
const CHUNK = 2_000;

/**
 * Splits an answer into sentence spans copied verbatim (trimmed), so that any of them can be
 * quoted as evidence. Over-long sentences (transcribed speech often has no full stops) are cut at
 * clause punctuation, or failing that every MAX_WORDS words. Linear in the answer's length.
 */
export function splitSentences(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const [from, to] of chunksOf(text)) {
    for (const { segment, index } of SENTENCES.segment(text.slice(from, to))) {
      const trimmed = trimSpan(segment, from + index);
      if (trimmed === undefined) continue;
      pushAll(spans, cutLongSpan(trimmed));
    }
  }
  return spans;
}

/** `[from, to)` ranges covering `text`, each at most ~2 × CHUNK long, ending after a sentence end where possible. */
function chunksOf(text: string): Array<readonly [number, number]> {
  if (text.length <= 2 * CHUNK) return [[0, text.length]];
  const chunks: Array<readonly [number, number]> = [];
  let from = 0;
  while (text.length - from > 2 * CHUNK) {
    const cut = cutPoint(text, from + CHUNK, from + 2 * CHUNK);
    chunks.push([from, cut]);
    from = cut;
  }
  chunks.push([from, text.length]);
  return chunks;
}

const UPPER = /\p{Lu}/u;

/**
 * The first position in `[at, limit)` where the segmenter itself would break (`. ! ?`, one space,
 * then a capital letter: the start of that letter), else after a line break, else after any
 * whitespace, else `limit`.
 */
function cutPoint(text: string, at: number, limit: number): number {
  let newline = -1;
  let space = -1;
  for (let i = at; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9) continue;
    const before = text[i - 1];
    const after = text[i + 1] ?? '';
    if ((before === '.' || before === '!' || before === '?') && UPPER.test(after)) return i + 1;
    if (c === 10 && newline < 0) newline = i + 1;
    if (space < 0) space = i + 1;
  }
  if (newline > 0) return newline;
  return space > 0 ? space : limit;
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
  const cuts = allMatches(/[,;:\u2014]\s+/g, span.text).map((match) => match.index + match[0].length);
  const pieces: TextSpan[] = [];
  let from = 0;
  let lastCut = 0;
  let lastWords = 0;
  for (const cut of [...cuts, span.text.length]) {
    // Words between the piece start and this cut, counted incrementally (linear, not per cut).
    const words = lastWords + countWords(span.text.slice(lastCut, cut));
    if (words > MAX_WORDS && lastCut > from) {
      pushAll(pieces, trimmedPiece(span, from, lastCut));
      from = lastCut;
      lastWords = countWords(span.text.slice(lastCut, cut));
    } else lastWords = words;
    lastCut = cut;
  }
  pushAll(pieces, trimmedPiece(span, from, span.text.length));
  return pieces.flatMap(cutByWords);
}

function trimmedPiece(span: TextSpan, from: number, to: number): TextSpan[] {
  const piece = trimSpan(span.text.slice(from, to), span.start + from);
  return piece === undefined ? [] : [piece];
}

/** Last resort for unpunctuated speech: fixed windows of words. */
function cutByWords(span: TextSpan): TextSpan[] {
  const words = allMatches(/\S+/g, span.text);
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
