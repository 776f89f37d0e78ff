import { acceptLabels } from './accept-labels.ts';
import { isSilentLine } from './is-silent-line.ts';
import {
  type HeaderStyle,
  type LineHeaderStyle,
  readHeaderLine,
  readTimeNameHeader,
  readTimestampLine,
  type SpeakerHeader,
  splitTrailingTime,
} from './speaker-header.ts';
import { isNameLike, type LabelledLine, splitLabelledLine } from './speaker-label.ts';
import { speakerKey } from './speaker-name.ts';

/**
 * How a plain-text transcript marks who speaks, decided once per file:
 * - `labelled`: `Speaker: text` lines; `labels` maps 0-based line indices to the lines whose
 *   label counts as a speaker (see `acceptLabels`); `trailingTimes` when most of them end in a
 *   timestamp (`Name: text [00:01:23]`), which is then read as the start rather than as speech;
 * - `headers`: a header line per turn and the speech below it; `headers` maps 0-based line
 *   indices to the headers that open turns, every other line being speech.
 */
export type TextLayout =
  | {
      readonly kind: 'labelled';
      readonly labels: ReadonlyMap<number, LabelledLine>;
      readonly trailingTimes: boolean;
    }
  | {
      readonly kind: 'headers';
      readonly style: HeaderStyle;
      readonly headers: ReadonlyMap<number, SpeakerHeader>;
    };

type Headers = ReadonlyMap<number, SpeakerHeader>;

const LINE_STYLES: readonly LineHeaderStyle[] = ['name-time', 'bracket-name-time', 'name-paren-time'];

/** Whether line `index` starts a block: the body's first line, or after a blank line or a heading. */
function opensBlock(lines: readonly string[], index: number, from: number): boolean {
  const before = (lines[index - 1] ?? '').trim();
  return index === from || before === '' || isSilentLine(before);
}

/**
 * Exports that put a blank line between turns (most do) give a header-like line inside a turn
 * away: it does not open a block. There a header counts only if it opens a block or names a
 * speaker who also has a header that does, so `Around  3:00` mid-paragraph stays speech. Files
 * without blank lines between turns give no such clue, and keep every header.
 */
function keepBlockOpeners(headers: Headers, lines: readonly string[], from: number): Headers {
  const openers = [...headers].filter(([index]) => opensBlock(lines, index, from));
  // The body's first line opens a block in every file, so it says nothing about blank lines.
  const afterBlank = openers.filter(([index]) => index !== from).length;
  const later = headers.size - (headers.has(from) ? 1 : 0);
  if (afterBlank * 2 < later || later === 0) return headers;
  const names = new Set(openers.map(([, header]) => header.speaker));
  return new Map([...headers].filter(([index, h]) => opensBlock(lines, index, from) || names.has(h.speaker)));
}

/** A header's name must read as a name (`Dana Lee`) or recur (`dana`, twice): one-off phrases are speech. */
function keepNamedHeaders(headers: Headers): Headers {
  const counts = new Map<string, number>();
  for (const h of headers.values())
    counts.set(speakerKey(h.speaker), (counts.get(speakerKey(h.speaker)) ?? 0) + 1);
  return new Map(
    [...headers].filter(([, h]) => isNameLike(h.speaker) || (counts.get(speakerKey(h.speaker)) ?? 0) >= 2),
  );
}

function findLineHeaders(lines: readonly string[], from: number, style: LineHeaderStyle): Headers {
  const headers = new Map<number, SpeakerHeader>();
  for (let i = from; i < lines.length; i++) {
    const header = readHeaderLine(lines[i] ?? '', style, true);
    if (header) headers.set(i, header);
  }
  return keepBlockOpeners(keepNamedHeaders(headers), lines, from);
}

/**
 * `time-name` blocks (timestamp line, name line, speech) count only when the file is made of them:
 * at least two, at least 80% of its timestamp lines opening one, and some speaker named twice
 * (an interview has few speakers and many turns), so timestamped paragraphs whose first line
 * happens to be capitalised are not read as names.
 */
function findTimeNameHeaders(lines: readonly string[], from: number): Headers {
  const headers = new Map<number, SpeakerHeader>();
  let stamps = 0;
  for (let i = from; i < lines.length; i++) {
    if (readTimestampLine(lines[i] ?? '') === undefined) continue;
    stamps++;
    const header = readTimeNameHeader(lines, i);
    if (header) headers.set(i, header);
  }
  const names = new Set([...headers.values()].map((h) => speakerKey(h.speaker)));
  const consistent = headers.size >= 2 && headers.size * 5 >= stamps * 4 && names.size < headers.size;
  return consistent ? headers : new Map();
}

/** The `Speaker: text` lines whose labels count as speakers in this file (`acceptLabels`). */
function findLabels(lines: readonly string[], from: number, declared: readonly string[]) {
  const candidates = new Map<number, LabelledLine>();
  let content = 0;
  for (let i = from; i < lines.length; i++) {
    const trimmed = (lines[i] ?? '').trim();
    if (trimmed === '' || isSilentLine(trimmed)) continue;
    content++;
    const label = splitLabelledLine(trimmed);
    if (label) candidates.set(i, label);
  }
  const accepted = acceptLabels([...candidates.values()], content, declared);
  for (const [index, label] of candidates)
    if (!accepted.has(speakerKey(label.speaker))) candidates.delete(index);
  return candidates;
}

/**
 * Decides a text transcript's layout by counting, over the body (`lines` from index `from`, i.e.
 * after any front matter), the lines each layout would read as speaker labels or headers. A
 * header layout wins when its headers outnumber the `Speaker: text` lines that are not also its
 * headers; otherwise accepted `Speaker: text` lines make the file `labelled`. `null` when the
 * text has neither. `declared` are speaker names from metadata, which count even when seen once.
 */
export function detectTextLayout(
  lines: readonly string[],
  from = 0,
  declared: readonly string[] = [],
): TextLayout | null {
  const labels = findLabels(lines, from, declared);
  const candidates: [HeaderStyle, Headers][] = [
    ...LINE_STYLES.map((style): [HeaderStyle, Headers] => [style, findLineHeaders(lines, from, style)]),
    ['time-name', findTimeNameHeaders(lines, from)],
  ];
  const [style, headers] = candidates.reduce((best, next) => (next[1].size > best[1].size ? next : best));
  const outside = [...labels.keys()].filter((index) => !headers.has(index)).length;
  if (headers.size > 0 && headers.size > outside) return { kind: 'headers', style, headers };
  if (labels.size === 0) return null;
  const trailing = [...labels.values()].filter((l) => splitTrailingTime(l.text).start !== undefined).length;
  return { kind: 'labelled', labels, trailingTimes: trailing * 2 > labels.size };
}
