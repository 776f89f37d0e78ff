import { readClockTime } from './read-clock-time.ts';

/** A line that opens with a speaker label, split into its parts. */
export interface LabelledLine {
  readonly speaker: string;
  readonly text: string;
  /** Seconds, from a `[00:01:23]` timestamp before or after the label. */
  readonly start?: number;
  /** The label was written with Markdown emphasis (`**Name:**`, `__Name__:`). */
  readonly markdown: boolean;
}

/** Lower-case words that may sit inside a name (`Ludwig van Beethoven`) or make up a role label. */
const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'van',
  'von',
  'de',
  'da',
  'del',
  'della',
  'der',
  'di',
  'du',
  'la',
  'le',
  'bin',
  'al',
  'y',
]);
const ROLE_WORD =
  /^(?:interviewer|interviewee|candidate|applicant|speaker|host|recruiter|moderator|panelist|question|answer|q|a)$/i;
const BAD_LABEL_CHARS = /[,;:?!"“”*[\]{}<>=|\\@$%^~`]/;
/** A year in brackets (`Note (2020):`) marks a citation or an aside, never a speaker. */
const BRACKETED_YEAR = /[([]\d{4}[)\]]/;
const BARE_TIMESTAMP = /^(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?(?=\s)/;
const BRACKETED_TIMESTAMP = /^[[(](?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?[\])]/;

/**
 * Whether `label` reads like a speaker label rather than the start of a sentence with a colon in
 * it: at most five words, no sentence punctuation, and every word capitalised (or a digit, a
 * name particle, or a role word such as `interviewer`/`speaker 2`). A heuristic by necessity:
 * plain-text transcripts carry no other marker of who speaks.
 */
export function isSpeakerLabel(label: string): boolean {
  const words = label.split(/\s+/).filter((w) => w !== '');
  if (words.length === 0 || words.length > 5 || label.length > 50) return false;
  if (BAD_LABEL_CHARS.test(label) || BRACKETED_YEAR.test(label)) return false;
  return words.every((word, i) => {
    const first = word.replace(/^[('’-]+/, '').charAt(0);
    if (first === '') return false;
    return !/\p{Ll}/u.test(first) || NAME_PARTICLES.has(word) || (i === 0 && ROLE_WORD.test(word));
  });
}

/** Splits a leading `[00:01:23]` (or, where `bare`, `00:01:23 `) off `text`. */
function takeTimestamp(text: string, bare: boolean): { readonly start?: number; readonly rest: string } {
  const token = (BRACKETED_TIMESTAMP.exec(text) ?? (bare ? BARE_TIMESTAMP.exec(text) : null))?.[0];
  const start = token === undefined ? undefined : readClockTime(token);
  if (token === undefined || start === undefined) return { rest: text };
  return { start, rest: text.slice(token.length).trimStart() };
}

/** `**Name:** text`, `**Name**: text`, `__Name:__ text`: label and the text after it. */
function splitMarkdownLabel(line: string): { readonly label: string; readonly text: string } | undefined {
  const match = /^(\*\*|__)(.+?)\1\s*(.*)$/.exec(line);
  if (!match) return undefined;
  const [, , inner = '', after = ''] = match;
  if (inner.endsWith(':')) return { label: inner.slice(0, -1), text: after };
  if (after.startsWith(':')) return { label: inner, text: after.slice(1) };
  return undefined;
}

/** `Name: text` where the colon is followed by a space or ends the line (so `10:30` is no label). */
function splitPlainLabel(line: string): { readonly label: string; readonly text: string } | undefined {
  const colon = /:(?:\s|$)/.exec(line);
  if (!colon) return undefined;
  return { label: line.slice(0, colon.index), text: line.slice(colon.index + 1) };
}

/**
 * Reads `Speaker: text` (plain) or `**Speaker:** text` (Markdown), with an optional list bullet or
 * quote marker and an optional `[hh:mm:ss]` timestamp before the label, between label and colon,
 * or right after the colon. Returns `undefined` for a line that has no speaker label.
 */
export function splitLabelledLine(line: string): LabelledLine | undefined {
  const lead = takeTimestamp(line.trim(), true);
  const unbulleted = lead.rest.replace(/^(?:[-+>]\s+)/, '');
  const markdown = splitMarkdownLabel(unbulleted);
  const parts = markdown ?? splitPlainLabel(unbulleted);
  if (!parts) return undefined;
  const trailing = /\s*([[(][\d:.,]+[\])])$/.exec(parts.label);
  const labelTime = trailing?.[1] === undefined ? undefined : readClockTime(trailing[1]);
  const label = (labelTime === undefined ? parts.label : parts.label.slice(0, trailing?.index)).trim();
  if (!isSpeakerLabel(label)) return undefined;
  const after = takeTimestamp(parts.text.trim(), false);
  const start = lead.start ?? labelTime ?? after.start;
  return {
    speaker: label,
    text: after.rest,
    markdown: markdown !== undefined,
    ...(start === undefined ? {} : { start }),
  };
}
