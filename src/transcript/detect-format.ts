import { classifyJson } from './classify-json.ts';
import { detectTextLayout } from './detect-text-layout.ts';
import { isMarkdownDecoration } from './is-markdown-decoration.ts';
import { skipFrontMatter } from './read-front-matter.ts';
import type { TranscriptFormat } from './schema.ts';
import { splitLabelledLine } from './speaker-label.ts';

export { classifyJson, type JsonFormat } from './classify-json.ts';

/** A cue timing line, `00:00:01.000 --> 00:00:04.000` (WebVTT) or `00:00:01,000 --> …` (SRT). */
export const CUE_TIMING = /^\s*(?:\d+:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?\s*-->/;

/**
 * Whether the text starts like JSON: an object, or an array of objects, arrays or strings. A bare
 * `[` is not enough, since text transcripts open with `[00:00:01] Speaker: …`.
 */
export function looksLikeJson(text: string): boolean {
  return /^\s*(?:\{|\[\s*(?:[[{"\]]|$))/.test(text);
}

/** The first line with content, i.e. not blank. */
function firstContentIndex(lines: readonly string[]): number {
  return lines.findIndex((line) => line.trim() !== '');
}

/** SRT (or a WebVTT body without its header): the first block is `[id]` then a timing line. */
function startsWithCue(lines: readonly string[]): boolean {
  const first = firstContentIndex(lines);
  if (first === -1) return false;
  return CUE_TIMING.test(lines[first] ?? '') || CUE_TIMING.test(lines[first + 1] ?? '');
}

/**
 * Whether a text transcript is Markdown: a `**Name:**` label, a heading or a rule in its body
 * (from line index `from`), or a `.md` name. `labels: false` skips the label check, for a
 * caller that already knows its labels.
 */
export function isMarkdownText(
  lines: readonly string[],
  from: number,
  pathHint: string | undefined,
  labels = true,
): boolean {
  if (/\.(?:md|markdown)$/i.test(pathHint ?? '')) return true;
  for (let i = from; i < lines.length; i++) {
    const trimmed = (lines[i] ?? '').trim();
    if (isMarkdownDecoration(trimmed) || (labels && splitLabelledLine(trimmed)?.markdown === true))
      return true;
  }
  return false;
}

/** Which caption format a non-JSON text is, by its first lines; `null` when it is none. */
export function detectCaptions(text: string, pathHint?: string): 'webvtt' | 'srt' | null {
  const lines = text
    .replace(/^\uFEFF/, '')
    .slice(0, 4096)
    .split(/\r\n?|\n/);
  const first = lines[firstContentIndex(lines)] ?? '';
  if (/^WEBVTT(?:[ \t]|$)/.test(first)) return 'webvtt';
  if (startsWithCue(lines)) return /\.vtt$/i.test(pathHint ?? '') ? 'webvtt' : 'srt';
  return null;
}

/**
 * Detects a transcript's format by its content; the path's extension only breaks ties (a
 * header-less `.vtt` is WebVTT, a `.md` file with plain `Speaker:` lines is Markdown).
 * `declared` are speaker names from metadata. Returns `null` when the text is none of the formats.
 */
export function detectFormat(
  text: string,
  pathHint?: string,
  declared: readonly string[] = [],
): TranscriptFormat | null {
  const body = text.replace(/^\uFEFF/, '');
  if (looksLikeJson(body)) {
    try {
      return classifyJson(JSON.parse(body));
    } catch {
      return null;
    }
  }
  const captions = detectCaptions(body, pathHint);
  if (captions) return captions;
  const lines = body.split(/\r\n?|\n/);
  const from = skipFrontMatter(lines);
  if (detectTextLayout(lines, from, declared) === null) return null;
  return isMarkdownText(lines, from, pathHint) ? 'markdown' : 'text';
}
