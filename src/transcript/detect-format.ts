import { detectTextLayout } from './detect-text-layout.ts';
import { isMarkdownDecoration } from './is-markdown-decoration.ts';
import { skipFrontMatter } from './read-front-matter.ts';
import type { TranscriptFormat } from './schema.ts';
import { splitLabelledLine } from './speaker-label.ts';

/** The formats that come as JSON. */
export type JsonFormat = Extract<TranscriptFormat, 'whisper' | 'assemblyai' | 'deepgram' | 'native'>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A cue timing line, `00:00:01.000 --> 00:00:04.000` (WebVTT) or `00:00:01,000 --> …` (SRT). */
export const CUE_TIMING = /^\s*(?:\d+:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?\s*-->/;

/**
 * Whether the text starts like JSON: an object, or an array of objects, arrays or strings. A bare
 * `[` is not enough, since text transcripts open with `[00:00:01] Speaker: …`.
 */
export function looksLikeJson(text: string): boolean {
  return /^\s*(?:\{|\[\s*(?:[[{"\]]|$))/.test(text);
}

/** Which transcript JSON this parsed value is, by the keys each tool writes; `null` if none. */
export function classifyJson(value: unknown): JsonFormat | null {
  if (Array.isArray(value)) return 'native';
  if (!isRecord(value)) return null;
  if ('turns' in value) return 'native';
  if (isRecord(value.results)) return 'deepgram';
  if ('segments' in value) return 'whisper';
  if ('utterances' in value || ('words' in value && 'text' in value)) return 'assemblyai';
  return null;
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
 * `text` or `markdown` when the body has `Speaker: text` lines or speaker headers (see
 * `detectTextLayout`); `null` when it has neither.
 */
function detectLabelledText(lines: readonly string[], pathHint: string | undefined): TranscriptFormat | null {
  const from = skipFrontMatter(lines);
  if (detectTextLayout(lines, from) === null) return null;
  const markdown = lines.slice(from).some((line) => {
    const trimmed = line.trim();
    return splitLabelledLine(trimmed)?.markdown === true || isMarkdownDecoration(trimmed);
  });
  return markdown || /\.(?:md|markdown)$/i.test(pathHint ?? '') ? 'markdown' : 'text';
}

/**
 * Detects a transcript's format by its content; the path's extension only breaks ties (a
 * header-less `.vtt` is WebVTT, a `.md` file with plain `Speaker:` lines is Markdown).
 * Returns `null` when the text is none of the formats.
 */
export function detectFormat(text: string, pathHint?: string): TranscriptFormat | null {
  const body = text.replace(/^\uFEFF/, '');
  if (looksLikeJson(body)) {
    try {
      return classifyJson(JSON.parse(body));
    } catch {
      return null;
    }
  }
  const lines = body.split(/\r\n?|\n/);
  const first = lines[firstContentIndex(lines)] ?? '';
  if (/^WEBVTT(?:[ \t]|$)/.test(first)) return 'webvtt';
  if (startsWithCue(lines)) return /\.vtt$/i.test(pathHint ?? '') ? 'webvtt' : 'srt';
  return detectLabelledText(lines, pathHint);
}
