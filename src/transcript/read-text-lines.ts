import { detectTextLayout } from './detect-text-layout.ts';
import { isMarkdownDecoration } from './is-markdown-decoration.ts';
import { findFrontMatter } from './read-front-matter.ts';
import { readYamlMetadata } from './read-metadata.ts';
import type { Reading, Segment } from './segment.ts';
import { readTimestampLine, type SpeakerHeader, splitTrailingTime } from './speaker-header.ts';
import { splitLabelledLine } from './speaker-label.ts';

/** Otter.ai signs its text exports; the signature is nobody's speech. */
const OTTER_FOOTER = /^transcribed by https?:\/\/otter\.ai\/?$/i;

/** A line that carries no speech: blank, Markdown structure, or a timestamp alone. */
const isSilent = (line: string): boolean =>
  line === '' || isMarkdownDecoration(line) || readTimestampLine(line) !== undefined;

/**
 * `Speaker: text` lines, each unlabelled line continuing the turn before it. A line holding only a
 * timestamp (Google Meet, Descript) gives its time to the label line right after it when that line
 * opens a new turn: Meet stamps every few minutes, mid-turn too, and a time from the middle of a
 * turn is not when it started.
 */
function readLabelledLines(lines: readonly string[], from: number, trailingTimes: boolean): Segment[] {
  const segments: Segment[] = [];
  let marker: number | undefined;
  let previous: string | undefined;
  for (let i = from; i < lines.length; i++) {
    const trimmed = (lines[i] ?? '').trim();
    const stamp = readTimestampLine(trimmed);
    if (stamp !== undefined) marker = stamp;
    if (isSilent(trimmed)) continue;
    const pending = marker;
    marker = undefined;
    const labelled = splitLabelledLine(trimmed);
    if (!labelled) {
      segments.push({ text: trimmed, line: i + 1 });
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
  const origin = clockTimes ? Math.min(...[...headers.values()].map((h) => h.start ?? Infinity)) : 0;
  const offset = Number.isFinite(origin) ? origin : 0;
  for (let i = from; i < lines.length; i++) {
    const header = headers.get(i);
    if (header) {
      const { speaker, text } = header;
      const start = header.start === undefined ? undefined : header.start - offset;
      segments.push({ speaker, text, start, line: i + 1 });
      i += header.span - 1;
      continue;
    }
    const trimmed = (lines[i] ?? '').trim();
    if (!isSilent(trimmed) && !OTTER_FOOTER.test(trimmed)) segments.push({ text: trimmed, line: i + 1 });
  }
  return segments;
}

/**
 * Reads a plain-text or Markdown transcript in the layout `detectTextLayout` finds: `Speaker: text`
 * or `**Speaker:** text` lines (optional `[00:01:23]` timestamps before, inside or, file-wide,
 * after them), or a speaker header per turn with the text below (Otter, Teams, Zoom, Rev), plus
 * optional YAML front matter.
 */
export function readTextLines(text: string, file: string): Reading {
  const lines = text.split('\n');
  const frontMatter = findFrontMatter(lines, file);
  const from = frontMatter?.bodyIndex ?? 0;
  const layout = detectTextLayout(lines, from);
  const segments =
    layout?.kind === 'headers'
      ? readHeaderBlocks(lines, from, layout.headers, layout.style === 'bracket-name-time')
      : readLabelledLines(lines, from, layout?.kind === 'labelled' && layout.trailingTimes);
  if (!frontMatter) return { segments };
  return { segments, metadata: readYamlMetadata(frontMatter.yaml, file, frontMatter.firstLine) };
}
