import { isFieldWord } from './accept-labels.ts';
import { declaredSpeakers } from './declared-speakers.ts';
import { decodeSpeech } from './decode-speech.ts';
import { isMarkdownText } from './detect-format.ts';
import { detectTextLayout } from './detect-text-layout.ts';
import { isSilentLine } from './is-silent-line.ts';
import { findFrontMatter } from './read-front-matter.ts';
import { readYamlMetadata } from './read-metadata.ts';
import type { TranscriptMetadata } from './schema.ts';
import type { Reading, Segment } from './segment.ts';
import { readTimestampLine, type SpeakerHeader, splitTrailingTime } from './speaker-header.ts';
import { type LabelledLine, splitLabelledLine } from './speaker-label.ts';

/** Otter.ai signs its text exports; the signature is nobody's speech. */
const OTTER_FOOTER = /^transcribed by https?:\/\/otter\.ai\/?$/i;
/** A list item: before the first speaker, lists are an agenda or contents, not speech. */
const LIST_ITEM = /^(?:[-*+•]|\d{1,3}[.)])\s/;

/** A line with speech on it: not blank and not document structure. */
const isSpeech = (line: string): boolean => line !== '' && !isSilentLine(line) && !OTTER_FOOTER.test(line);

/**
 * Before anyone speaks, a list (agenda, contents) or a `Date: …`/`Location: …` line is the
 * document's header, not speech.
 */
function isPreamble(line: string): boolean {
  if (LIST_ITEM.test(line)) return true;
  const label = splitLabelledLine(line);
  return label !== undefined && isFieldWord(label.speaker);
}

/** A list item inside a turn is speech; its bullet is not. */
const unbullet = (line: string): string => line.replace(LIST_ITEM, '').trimStart();

/**
 * `Speaker: text` lines, each unlabelled line continuing the turn before it. A line holding only a
 * timestamp (Google Meet, Descript) gives its time to the label line right after it when that line
 * opens a new turn: Meet stamps every few minutes, mid-turn too, and a time from the middle of a
 * turn is not when it started.
 */
function readLabelledLines(
  lines: readonly string[],
  from: number,
  labels: ReadonlyMap<number, LabelledLine>,
  trailingTimes: boolean,
): Segment[] {
  const segments: Segment[] = [];
  let marker: number | undefined;
  let previous: string | undefined;
  for (let i = from; i < lines.length; i++) {
    const trimmed = (lines[i] ?? '').trim();
    const stamp = readTimestampLine(trimmed);
    if (stamp !== undefined) marker = stamp;
    if (!isSpeech(trimmed)) continue;
    const pending = marker;
    marker = undefined;
    const labelled = labels.get(i);
    if (!labelled) {
      if (previous !== undefined || !isPreamble(trimmed))
        segments.push({ text: unbullet(trimmed), line: i + 1 });
      continue;
    }
    const trail = trailingTimes ? splitTrailingTime(labelled.text) : { text: labelled.text };
    const start = labelled.start ?? trail.start ?? (labelled.speaker === previous ? undefined : pending);
    previous = labelled.speaker;
    segments.push({
      speaker: labelled.speaker,
      text: trail.text,
      line: i + 1,
      ...(start === undefined ? {} : { start }),
    });
  }
  return segments;
}

/** Header layouts: each header opens a turn; every other line with speech continues it. */
function readHeaderBlocks(
  lines: readonly string[],
  from: number,
  headers: ReadonlyMap<number, SpeakerHeader>,
  clockTimes: boolean,
): Segment[] {
  const segments: Segment[] = [];
  // Zoom's saved transcript stamps the time of day: count from the first header instead, so
  // `start` means seconds into the recording as in every other format.
  let origin = Number.POSITIVE_INFINITY;
  if (clockTimes) for (const h of headers.values()) origin = Math.min(origin, h.start);
  const offset = Number.isFinite(origin) ? origin : 0;
  let opened = false;
  for (let i = from; i < lines.length; i++) {
    const header = headers.get(i);
    if (header) {
      const { speaker, text } = header;
      segments.push({ speaker, text, start: header.start - offset, line: i + 1 });
      i += header.span - 1;
      opened = true;
      continue;
    }
    const trimmed = (lines[i] ?? '').trim();
    if (isSpeech(trimmed) && (opened || !LIST_ITEM.test(trimmed)))
      segments.push({ text: trimmed, line: i + 1 });
  }
  return segments;
}

/**
 * Reads a plain-text or Markdown transcript in the layout `detectTextLayout` finds: `Speaker: text`
 * or `**Speaker:** text` lines (optional `[00:01:23]` timestamps before, inside or, file-wide,
 * after them), or a speaker header per turn with the text below (Otter, Teams, Zoom, Rev), plus
 * optional YAML front matter. Headings, tables, contents lists and other document structure are
 * not speech; entities and Markdown escapes in speech are decoded. `declared` names speakers the
 * sidecar metadata knows; `markdown` says whether the file is Markdown (`isMarkdownText`).
 */
export function readTextLines(
  text: string,
  file: string,
  declared: readonly string[] = [],
): Reading & { readonly segments: readonly Segment[]; readonly markdown: boolean } {
  const lines = text.split('\n');
  const frontMatter = findFrontMatter(lines, file);
  const from = frontMatter?.bodyIndex ?? 0;
  const metadata: TranscriptMetadata | undefined = frontMatter
    ? readYamlMetadata(frontMatter.yaml, file, frontMatter.firstLine)
    : undefined;
  const layout = detectTextLayout(lines, from, [...declared, ...declaredSpeakers(metadata ?? {})]);
  const raw =
    layout === null
      ? readLabelledLines(lines, from, new Map(), false)
      : layout.kind === 'headers'
        ? readHeaderBlocks(lines, from, layout.headers, layout.style === 'bracket-name-time')
        : readLabelledLines(lines, from, layout.labels, layout.trailingTimes);
  // Decoded in place: the segments are this function's own, and a copy of each would double them.
  for (const segment of raw) segment.text = decodeSpeech(segment.text, true);
  const segments = raw;
  const markdown =
    (layout?.kind === 'labelled' && [...layout.labels.values()].some((l) => l.markdown)) ||
    isMarkdownText(lines, from, file, false);
  return metadata === undefined ? { segments, markdown } : { segments, metadata, markdown };
}
