import { parseVTTTimestamp } from 'media-captions';
import { InputError } from '../errors.ts';

/** What the caption parser would skip silently, found first so the user hears of it with a line. */
export interface CueScan {
  /** 1-based line of each cue's timing line, in file order (one per cue the parser returns). */
  readonly timingLines: readonly number[];
  /** WebVTT `NOTE` blocks: their text after the `NOTE` line, and the 1-based line it starts on. */
  readonly notes: readonly { readonly text: string; readonly firstLine: number }[];
}

type CaptionKind = 'vtt' | 'srt';

const EXAMPLE: Record<CaptionKind, string> = {
  vtt: '`00:00:01.000 --> 00:00:04.000`',
  srt: '`00:00:01,000 --> 00:00:04,000`',
};

function cueError(file: string, line: number, kind: CaptionKind, got: string): InputError {
  const shown = got.length > 80 ? `${got.slice(0, 77)}…` : got;
  return new InputError(
    'transcript_invalid',
    file,
    line,
    `expected a cue timing line like ${EXAMPLE[kind]}, got \`${shown}\``,
  );
}

/** Checks a timing line as media-captions reads it: both times valid, the end after the start. */
function checkTiming(text: string, line: number, file: string, kind: CaptionKind): void {
  const [startText = '', rest = ''] = (kind === 'srt' ? text.replace(/,/g, '.') : text).split(/\s*-->\s+/);
  const start = parseVTTTimestamp(startText.trim());
  const end = parseVTTTimestamp(rest.trim().split(/\s+/)[0] ?? '');
  if (start === null || end === null) throw cueError(file, line, kind, text);
  if (end <= start) {
    throw new InputError(
      'transcript_invalid',
      file,
      line,
      `expected a cue that ends after it starts, got \`${text.trim()}\` (the caption parser would drop it)`,
    );
  }
}

/**
 * Walks the blank-line-separated blocks of a WebVTT or SRT file the way media-captions does and
 * rejects what it would drop without a word: a block with no timing line, a bad or empty time
 * range, a cue glued to the header. Hand-written because the parser reports no line numbers for
 * these; the parsing itself stays with the library.
 */
export function scanCueBlocks(lines: readonly string[], file: string, kind: CaptionKind): CueScan {
  const timingLines: number[] = [];
  const notes: { text: string; firstLine: number }[] = [];
  let i = lines.findIndex((line) => line.trim() !== '');
  if (kind === 'vtt') {
    for (i++; i < lines.length && (lines[i] ?? '').trim() !== ''; i++) {
      const line = lines[i] ?? '';
      if (line.includes('-->')) {
        const detail = `expected a blank line between the WEBVTT header and the first cue, got \`${line.trim()}\``;
        throw new InputError('transcript_invalid', file, i + 1, detail);
      }
    }
  }
  while (i >= 0 && i < lines.length) {
    while (i < lines.length && (lines[i] ?? '').trim() === '') i++;
    if (i >= lines.length) break;
    const start = i;
    while (i < lines.length && (lines[i] ?? '').trim() !== '') i++;
    const block = lines.slice(start, i);
    const first = block[0] ?? '';
    if (kind === 'vtt' && /^NOTE(?:[ \t]|$)/.test(first)) {
      notes.push({ text: block.slice(1).join('\n'), firstLine: start + 2 });
      continue;
    }
    if (kind === 'vtt' && (/^STYLE[ \t]*$/.test(first) || /^REGION(?:[ \t]|$)/.test(first))) continue;
    const at = first.includes('-->') ? 0 : (block[1] ?? '').includes('-->') ? 1 : -1;
    if (at === -1) {
      const bad = block.length > 1 && /^\S+$/.test(first) ? 1 : 0;
      throw cueError(file, start + bad + 1, kind, block[bad] ?? first);
    }
    checkTiming(block[at] ?? '', start + at + 1, file, kind);
    timingLines.push(start + at + 1);
  }
  return { timingLines, notes };
}
