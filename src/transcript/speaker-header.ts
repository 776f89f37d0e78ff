import { readClockTime } from './read-clock-time.ts';
import { isNameLike, isSpeakerLabel } from './speaker-label.ts';
import { cleanSpeakerName } from './speaker-name.ts';

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
/** A time at the very end of a (short) tail of the line. */
const END_TIME = new RegExp(`(${TIME})$`);
const BRACKET_NAME_TIME = new RegExp(String.raw`^\[([^\]]{1,80})\][ \t]{1,8}(${TIME})$`);
const PAREN_TIME_COLON = new RegExp(String.raw`[([](${TIME})[)\]][ \t]{0,4}:`);
const TIME_LINE = new RegExp(String.raw`^[[(]?${TIME}[)\]]?$`);
/** Bare trailing times need hours (`00:01:23`): a bare `10:30` ending a sentence is more often speech. */
const TRAILING_TIME = new RegExp(String.raw`\s([[(]${TIME}[)\]]|\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?)$`);
/** Header lines are short; longer lines are never read as one, which bounds the cost per line. */
const MAX_HEADER = 160;

/**
 * A speaker name as a header carries it: a speaker label (see `isSpeakerLabel`) that reads as a
 * name (capitalised, a role word or a diarisation id), so `2020`, `12:30` or `We scaled to`
 * never name one. With `loose`, any label shape passes (lower-case names), for callers that
 * then keep only names that recur.
 */
export function isHeaderName(name: string, loose = false): boolean {
  return /\p{L}/u.test(name) && isSpeakerLabel(name) && (loose || isNameLike(name));
}

/** `Dana Lee  0:03` (two+ spaces, or a tab, before the time): name and time, or `undefined`. */
function splitNameTime(line: string): { readonly name: string; readonly time: string } | undefined {
  const match = END_TIME.exec(line.slice(-16));
  if (!match?.[1]) return undefined;
  const at = line.length - match[1].length;
  let gap = at;
  while (gap > 0 && /[ \t\u00a0]/.test(line[gap - 1] ?? '')) gap--;
  const separator = line.slice(gap, at);
  if (gap === 0 || (separator.length < 2 && !separator.includes('\t'))) return undefined;
  return { name: line.slice(0, gap), time: match[1] };
}

/** `Speaker 1 (00:00): text`: name, time and the text after the colon, or `undefined`. */
function splitNameParenTime(line: string): { name: string; time: string; text: string } | undefined {
  const match = PAREN_TIME_COLON.exec(line.slice(0, 100));
  if (!match?.[1] || match.index === 0) return undefined;
  return {
    name: line.slice(0, match.index),
    time: match[1],
    text: line.slice(match.index + match[0].length),
  };
}

/** Reads `line` as a one-line header of `style` (`loose`: see `isHeaderName`); `undefined` when it is not one. */
export function readHeaderLine(
  line: string,
  style: LineHeaderStyle,
  loose = false,
): SpeakerHeader | undefined {
  const trimmed = line.trim();
  if (trimmed.length > MAX_HEADER && style !== 'name-paren-time') return undefined;
  let parts: { name: string; time: string; text?: string } | undefined;
  if (style === 'name-time') parts = splitNameTime(trimmed);
  else if (style === 'bracket-name-time') {
    const match = BRACKET_NAME_TIME.exec(trimmed);
    parts = match ? { name: match[1] ?? '', time: match[2] ?? '' } : undefined;
  } else parts = splitNameParenTime(trimmed);
  if (!parts) return undefined;
  const speaker = cleanSpeakerName(parts.name);
  const start = readClockTime(parts.time);
  if (start === undefined || !isHeaderName(speaker, loose)) return undefined;
  return { speaker, start, text: (parts.text ?? '').trim(), span: 1 };
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
  const name = cleanSpeakerName(lines[index + 1] ?? '');
  const said = (lines[index + 2] ?? '').trim();
  if (!isHeaderName(name) || /[.…]$/.test(name) || readTimestampLine(name) !== undefined) return undefined;
  if (said === '' || readTimestampLine(said) !== undefined) return undefined;
  return { speaker: name, start, text: '', span: 2 };
}

/** Splits a trailing ` [00:01:23]`, ` (01:23)` or ` 00:01:23` off `text` (Descript-style lines). */
export function splitTrailingTime(text: string): { readonly text: string; readonly start?: number } {
  const tail = text.slice(-24);
  const match = TRAILING_TIME.exec(tail);
  const start = match?.[1] === undefined ? undefined : readClockTime(match[1]);
  if (match === null || start === undefined) return { text };
  return { text: text.slice(0, text.length - tail.length + match.index).trimEnd(), start };
}
