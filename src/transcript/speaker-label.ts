import { readClockTime } from './read-clock-time.ts';
import { cleanSpeakerName } from './speaker-name.ts';

/** A line that opens with something shaped like a speaker label, split into its parts. */
export interface LabelledLine {
  /** The label, cleaned (`cleanSpeakerName`): pronouns, invisible characters and brackets gone. */
  readonly speaker: string;
  readonly text: string;
  /** Seconds, from a `[00:01:23]` timestamp before or after the label. */
  readonly start?: number;
  /** The label was written with Markdown emphasis (`**Name:**`, `__Name__:`). */
  readonly markdown: boolean;
  /**
   * The shape alone makes it a speaker label, without recurring: a timestamp with it, brackets
   * (`[SPEAKER_00]:`), a diarisation id (`SPEAKER_00`, `Speaker 2`) or a role word (`Interviewer`).
   */
  readonly strong: boolean;
}

/** Lower-case words that may sit inside a name (`Ludwig van Beethoven`, `iPhone de Ana`). */
const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'van',
  'von',
  'de',
  'da',
  'del',
  'della',
  'der',
  'den',
  'di',
  'do',
  'dos',
  'du',
  'la',
  'le',
  'bin',
  'ibn',
  'al',
  'el',
  'y',
  'e',
  'of',
  'the',
  'und',
]);

/** Labels that say a role rather than a name, in the languages of the corpus. */
export const ROLE_WORD =
  /^(?:interviewer|interviewee|candidate|applicant|speaker|host|co-host|guest|recruiter|moderator|panelist|hiring manager|question|answer|q|a|entrevistador|entrevistadora|entrevistado|entrevistada|candidato|candidata|intervieweur|intervieweuse|recruteur|recruteuse|candidat|интервьюер|кандидат|ведущий|гость|面试官|候选人|应聘者|主持人|嘉宾)(?:\s*\d{1,3})?$/i;

/** Role words that never head a line of prose: one is enough to count as a speaker label. */
const STRONG_ROLE =
  /^(?:interviewer|interviewee|candidate|applicant|recruiter|moderator|panelist|hiring manager|entrevistador|entrevistadora|entrevistado|entrevistada|candidato|candidata|intervieweur|intervieweuse|recruteur|recruteuse|candidat|интервьюер|кандидат|面试官|候选人|应聘者)(?:\s*\d{1,3})?$/i;

/** ASR diarisation ids: `SPEAKER_00`, `spk_1`, `Speaker 2`, `Speaker A`, `Spk 3`. */
const DIARISATION_ID = /^(?:speaker|spk|spkr)[ _-]?(?:\d{1,3}|[a-z])$/i;

const BAD_LABEL_CHARS = /[;?!"“”„«»*[\]{}<>=|\\@$%^~`#/:：]/;
/** One trailing `(…)` group: a role (`Hiring Manager (Sam)`) or pronouns, already dropped. */
const LABEL_SHAPE = /^[^()]+(?:\([^()]{1,30}\))?$/;
/** A year in brackets (`Note (2020):`) marks a citation or an aside, never a speaker. */
const BRACKETED_YEAR = /[([]\d{4}[)\]]/;
const TIME = String.raw`(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?`;
const BARE_TIMESTAMP = new RegExp(String.raw`^${TIME}(?=\s)`);
const BRACKETED_TIMESTAMP = new RegExp(String.raw`^[[(]${TIME}[\])]`);
const TRAILING_TIMESTAMP = new RegExp(String.raw`\s*([[(]${TIME}[\])])$`);
/** Only this much of a line is looked at for a label: it keeps every line's cost constant. */
const HEAD = 160;

/**
 * Whether `label` has the shape of a speaker label rather than the start of a sentence with a
 * colon: one to five words (plus one trailing `(…)`), at most 60 characters, a letter somewhere,
 * no sentence punctuation; a comma only as `Last, First`. Lower case and any script pass here:
 * whether a label really names a speaker is decided per file (`acceptLabels`), by recurrence.
 */
export function isSpeakerLabel(label: string): boolean {
  if (label === '' || label.length > 60 || !/\p{L}/u.test(label)) return false;
  if (BAD_LABEL_CHARS.test(label) || BRACKETED_YEAR.test(label) || !LABEL_SHAPE.test(label)) return false;
  const name = label.replace(/\([^()]*\)$/, '').trim();
  const commas = name.split(',');
  if (commas.length > 2) return false;
  if (commas.length === 2) return commas.every((part) => isNamePart(part.trim(), 3) && isCapitalised(part));
  return isNamePart(name, 5);
}

function isNamePart(part: string, maxWords: number): boolean {
  const words = part.split(/\s+/).filter((w) => w !== '');
  return words.length > 0 && words.length <= maxWords && words.every((w) => w.length <= 25);
}

/** Every word starts with a capital (or has one, as `iPhone`), is a particle, a digit or uncased script. */
function isCapitalised(label: string): boolean {
  return label
    .split(/\s+/)
    .filter((w) => w !== '')
    .every((word) => {
      const bare = word.replace(/^[('’-]+/, '');
      if (NAME_PARTICLES.has(bare.toLowerCase()) && bare === bare.toLowerCase()) return true;
      return /^\P{Ll}/u.test(bare) || /\p{Lu}/u.test(bare.slice(0, 3));
    });
}

/**
 * Whether a label reads as a name on its own, for a label seen only once: capitalised words or
 * particles (`Dana Lee`, `iPhone de Ana`, `李雷`), a role word or a diarisation id. `the answer`
 * or `so my point is` do not.
 */
export function isNameLike(label: string): boolean {
  return ROLE_WORD.test(label) || DIARISATION_ID.test(label) || isCapitalised(label);
}

/** Splits a leading `[00:01:23]` (or, where `bare`, `00:01:23 `) off `text`. */
function takeTimestamp(text: string, bare: boolean): { readonly start?: number; readonly rest: string } {
  const token = (BRACKETED_TIMESTAMP.exec(text) ?? (bare ? BARE_TIMESTAMP.exec(text) : null))?.[0];
  const start = token === undefined ? undefined : readClockTime(token);
  if (token === undefined || start === undefined) return { rest: text };
  return { start, rest: text.slice(token.length).trimStart() };
}

interface RawLabel {
  readonly label: string;
  readonly text: string;
  readonly bracketed: boolean;
}

/** `**Name:** text`, `**Name**: text`, `__Name:__ text`: the label and the text after it. */
function splitMarkdownLabel(line: string): RawLabel | undefined {
  const fence = line.startsWith('**') ? '**' : line.startsWith('__') ? '__' : undefined;
  if (!fence) return undefined;
  const close = line.indexOf(fence, 2);
  if (close === -1 || close > HEAD) return undefined;
  const inner = line.slice(2, close).trim();
  const after = line.slice(close + 2);
  if (inner.endsWith(':') || inner.endsWith('：'))
    return { label: inner.slice(0, -1), text: after, bracketed: false };
  const colon = /^\s*[:：]/.exec(after);
  if (colon) return { label: inner, text: after.slice(colon[0].length), bracketed: false };
  return undefined;
}

/** `[SPEAKER_00]: text` or `[Dana Lee]: text` (WhisperX and some editors write labels so). */
function splitBracketLabel(line: string): RawLabel | undefined {
  if (!line.startsWith('[')) return undefined;
  const close = line.indexOf(']');
  if (close === -1 || close > 64) return undefined;
  const colon = /^\s*[:：]/.exec(line.slice(close + 1));
  if (!colon) return undefined;
  return { label: line.slice(1, close), text: line.slice(close + 1 + colon[0].length), bracketed: true };
}

/**
 * `Name: text`, where the colon is followed by a space or ends the line (so `10:30` is no
 * label), or the full-width `：` of CJK text, within the first few dozen characters.
 */
function splitPlainLabel(line: string): RawLabel | undefined {
  const head = line.slice(0, 96);
  const colon = /[:：](?=\s|$)|：/.exec(head);
  if (!colon) return undefined;
  return { label: line.slice(0, colon.index), text: line.slice(colon.index + 1), bracketed: false };
}

/**
 * Reads a line that opens with a speaker-label-shaped prefix: `Speaker: text`, `**Speaker:** text`,
 * `[SPEAKER_00]: text`, `Last, First: text`, `Dana Lee (she/her): text`, with an optional list
 * bullet, quote marker or dialogue dash, and an optional `[hh:mm:ss]` timestamp before the label
 * (also before a bold one: `[00:00] **Name:**`), between label and colon, or after the colon.
 * Returns `undefined` when the line has no such prefix. Looks at a bounded head of the line, so
 * its cost does not grow with the line.
 */
export function splitLabelledLine(line: string): LabelledLine | undefined {
  const full = line.trim();
  const lead = takeTimestamp(full.slice(0, HEAD), true);
  const unbulleted = lead.rest.replace(/^(?:[-+>–—•]|\*(?!\*))\s+/, '');
  const second = lead.start === undefined ? takeTimestamp(unbulleted, false) : { rest: unbulleted };
  const body = second.rest;
  const markdown = splitMarkdownLabel(body);
  const parts = markdown ?? splitBracketLabel(body) ?? splitPlainLabel(body);
  if (!parts) return undefined;
  const inner = takeTimestamp(parts.label.trim(), false); // `**[00:00] Name:**`
  const trailing = TRAILING_TIMESTAMP.exec(inner.rest);
  const labelTime = trailing?.[1] === undefined ? undefined : readClockTime(trailing[1]);
  const raw = (labelTime === undefined ? inner.rest : inner.rest.slice(0, trailing?.index)).trim();
  const speaker = cleanSpeakerName(raw);
  if (!isSpeakerLabel(speaker)) return undefined;
  // Only lines longer than the head need their tail put back; others keep a slice, not a copy.
  const rest = full.length > HEAD ? `${parts.text}${full.slice(HEAD)}` : parts.text;
  const after = takeTimestamp(rest.trim(), false);
  const start = lead.start ?? second.start ?? inner.start ?? labelTime ?? after.start;
  const strong =
    start !== undefined || parts.bracketed || DIARISATION_ID.test(speaker) || STRONG_ROLE.test(speaker);
  return {
    speaker,
    text: after.rest,
    markdown: markdown !== undefined,
    strong,
    ...(start === undefined ? {} : { start }),
  };
}
