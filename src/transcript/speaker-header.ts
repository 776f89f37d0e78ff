import { readClockTime } from './read-clock-time.ts';
import { isSpeakerLabel } from './speaker-label.ts';

/**
 * The "header line, then the text below" layouts that transcription tools export:
 * - `name-time`: Otter.ai and Microsoft Teams, `Dana Whitfield  0:03` (two+ spaces or a tab);
 * - `bracket-name-time`: Zoom's saved transcript, `[Dana Whitfield] 10:00:01`;
 * - `name-paren-time`: Rev, Temi, Trint, `Speaker 1 (00:00):`, text below or on the same line;
 * - `time-name`: Teams copied from Word, a `0:03` line, then a `Dana Whitfield` line, then the text.
 */
export type HeaderStyle = 'name-time' | 'bracket-name-time' | 'name-paren-time' | 'time-name';

/** The styles whose header is one line. */
export type LineHeaderStyle = Exclude<HeaderStyle, 'time-name'>;

/** A header that opens a turn: who speaks, from when, and any speech on the header line itself. */
export interface SpeakerHeader {
  readonly speaker: string;
  /** Seconds, as the header gives them (Zoom writes the time of day). */
  readonly start: number;
  /** Speech after the header on the same line (`Name (00:01): Hi`); usually empty. */
  readonly text: string;
  /** How many lines the header takes: 2 for `time-name`, else 1. */
  readonly span: 1 | 2;
}

const TIME = String.raw`(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?`;
const LINE_PATTERNS: Readonly<Record<LineHeaderStyle, RegExp>> = {
  'name-time': new RegExp(String.raw`^(.+?)(?:[ \u00a0]{2,}|\t)[ \t\u00a0]*(${TIME})$`),
  'bracket-name-time': new RegExp(String.raw`^\[([^\]]+)\][ \t]+(${TIME})$`),
  'name-paren-time': new RegExp(String.raw`^(.+?)[ \t]*([([]${TIME}[)\]])[ \t]*:(?:\s+(.*))?$`),
};
const TIME_LINE = new RegExp(String.raw`^[[(]?${TIME}[)\]]?$`);
/** Bare trailing times need hours (`00:01:23`): a bare `10:30` ending a sentence is more often speech. */
const TRAILING_TIME = new RegExp(String.raw`\s+([[(]${TIME}[)\]]|\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?)$`);

/**
 * A speaker name as a header carries it: a plausible speaker label (1–5 capitalised words or a
 * role word, see `isSpeakerLabel`) with at least one letter, so `2020` or `12:30` never names one.
 */
export function isHeaderName(name: string): boolean {
  return /\p{L}/u.test(name) && isSpeakerLabel(name);
}

/** Reads `line` as a one-line header of `style`; `undefined` when it is not one. */
export function readHeaderLine(line: string, style: LineHeaderStyle): SpeakerHeader | undefined {
  const match = LINE_PATTERNS[style].exec(line.trim());
  if (!match) return undefined;
  const [, name = '', time = '', text = ''] = match;
  const speaker = name.trim();
  const start = readClockTime(time);
  if (start === undefined || !isHeaderName(speaker)) return undefined;
  return { speaker, start, text: text.trim(), span: 1 };
}

/** Seconds of a line that holds only a timestamp (`00:01:23`, `[00:01:23]`, `(1:23)`), else `undefined`. */
export function readTimestampLine(line: string): number | undefined {
  const trimmed = line.trim();
  return TIME_LINE.test(trimmed) ? readClockTime(trimmed) : undefined;
}

/**
 * Reads the `time-name` header at `lines[index]`: a timestamp line, a name line (no sentence
 * punctuation at its end) and at least one line of speech after it. `undefined` when it is not one.
 */
export function readTimeNameHeader(lines: readonly string[], index: number): SpeakerHeader | undefined {
  const start = readTimestampLine(lines[index] ?? '');
  if (start === undefined) return undefined;
  const name = (lines[index + 1] ?? '').trim();
  const said = (lines[index + 2] ?? '').trim();
  if (!isHeaderName(name) || /[.…]$/.test(name) || readTimestampLine(name) !== undefined) return undefined;
  if (said === '' || readTimestampLine(said) !== undefined) return undefined;
  return { speaker: name, start, text: '', span: 2 };
}

/** Splits a trailing ` [00:01:23]`, ` (01:23)` or ` 00:01:23` off `text` (Descript-style lines). */
export function splitTrailingTime(text: string): { readonly text: string; readonly start?: number } {
  const match = TRAILING_TIME.exec(text);
  const start = match?.[1] === undefined ? undefined : readClockTime(match[1]);
  if (match === null || start === undefined) return { text };
  return { text: text.slice(0, match.index), start };
}
