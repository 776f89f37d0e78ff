import type { LineSource } from './line-source.ts';
import { type CaptionKind, findIgnoredSettings, parseCueTiming } from './parse-cue-timing.ts';
import type { WarningLog } from './reader-warnings.ts';

/** One cue as the file gives it: timings, raw cue text (tags and entities still in it), lines. */
export interface RawCue {
  readonly start: number;
  readonly end: number;
  /** Cue text lines joined with `\n`, as written. */
  readonly text: string;
  /** 1-based line of the timing line. */
  readonly line: number;
}

/** What the scan found: the cues in file order (the caller's to use up) and the `NOTE` blocks. */
export interface CaptionScan {
  readonly cues: RawCue[];
  /** The first block skipped (a bad timing line, text outside any cue), for the refusal message. */
  readonly firstSkipped?: { readonly line: number; readonly text: string; readonly timing: boolean };
  readonly notes: readonly { readonly text: string; readonly firstLine: number }[];
}

const EXAMPLE: Record<CaptionKind, string> = {
  vtt: '`00:00:01.000 --> 00:00:04.000`',
  srt: '`00:00:01,000 --> 00:00:04,000`',
};

/** Blank for block structure: empty, or only whitespace (a separator players forgive). */
const isBlank = (line: string | undefined): boolean => line === undefined || line.trim() === '';
const hasArrow = (line: string | undefined): boolean => line?.includes('-->') === true;
const shown = (text: string): string => (text.length > 80 ? `${text.slice(0, 77)}…` : text);

/** A lone cue number: in SRT every cue has one; a number alone never is speech in a caption file. */
const CUE_NUMBER = /^\s*\d{1,9}\s*$/;

/**
 * Walks a WebVTT or SRT file the way the WebVTT spec's parser collects blocks (a line with `-->`
 * opens a cue when it is the block's first or second line, and otherwise ends the block before
 * it), with what real caption files need on top, each reported as a warning naming the line:
 * - a cue whose timing line cannot be read is skipped, and the file goes on;
 * - invalid cue settings are ignored;
 * - a missing blank line between cues does not put the next cue's number or timing into speech;
 * - in SRT, a blank line inside a cue's text (common there) does not lose the text after it: a
 *   block that opens no cue continues the cue before it (in WebVTT, as in browsers, it is
 *   skipped);
 * - a whitespace-only line separates blocks like an empty one.
 *
 * Hand-written rather than a library: media-captions refused whole files over one bad cue and
 * reports no line numbers; the W3C reference parser (webvtt-parser) says it is "not intended to
 * be fast", keeps no line per cue and reads no SRT. This follows the spec's block rules, and the
 * conformance test holds it to the reference parsers' outputs. Cue texts are slices of the
 * file's text (`LineSource.join`), not copies.
 */
export function scanCaptionBlocks(lines: LineSource, kind: CaptionKind, log: WarningLog): CaptionScan {
  const cues: RawCue[] = [];
  let firstSkipped: { line: number; text: string; timing: boolean } | undefined;
  const notes: { text: string; firstLine: number }[] = [];
  let i = 0;
  while (i < lines.length && isBlank(lines.at(i))) i++;
  if (i === lines.length) i = 0;
  if (kind === 'vtt') {
    // The header: the WEBVTT line and any lines up to the first blank one, unless a cue starts.
    for (i++; i < lines.length && !isBlank(lines.at(i)); i++) {
      if (hasArrow(lines.at(i))) {
        log.add(
          i + 1,
          'expected a blank line between the WEBVTT header and the first cue; read the cue anyway',
        );
        break;
      }
    }
  }
  // After the last cue: how the blank lines that followed it looked, for a block that opens no cue.
  let gap: 'none' | 'whitespace' | 'empty' = 'none';
  let lastCue: RawCue | undefined;
  while (i < lines.length) {
    if (isBlank(lines.at(i))) {
      if (lastCue && gap !== 'empty') gap = lines.at(i) === '' ? 'empty' : 'whitespace';
      i++;
      continue;
    }
    const start = i;
    const first = lines.at(i) ?? '';
    const timingAt = hasArrow(first)
      ? i
      : !isBlank(lines.at(i + 1)) && hasArrow(lines.at(i + 1))
        ? i + 1
        : -1;
    if (timingAt === -1) {
      // A block that opens no cue: NOTE/STYLE/REGION, or text cut off from its cue.
      let end = i;
      while (end < lines.length && !isBlank(lines.at(end)) && (end === i || !hasArrow(lines.at(end)))) end++;
      // `…text\n5\n00:00:24,500 --> …`: the number is the next cue's id, not text.
      if (hasArrow(lines.at(end))) {
        log.add(end + 1, 'expected a blank line before this cue; read it as a new cue', 'missing blank line');
        if (end - i > 1 && CUE_NUMBER.test(lines.at(end - 1) ?? '')) end--;
      }
      const block = Array.from({ length: end - i }, (_, k) => lines.at(i + k) ?? '');
      i = end;
      if (kind === 'vtt' && /^NOTE(?:[ \t]|$)/.test(first)) {
        notes.push({ text: block.slice(1).join('\n'), firstLine: start + 2 });
        lastCue = undefined;
        continue;
      }
      if (kind === 'vtt' && /^(?:STYLE|REGION)[ \t]*$/.test(first)) continue;
      if (!lastCue || kind === 'vtt') firstSkipped ??= { line: start + 1, text: first, timing: false };
      lastCue = continueCue(cues, block, start, lastCue, gap, kind, log);
      gap = 'none';
      continue;
    }
    const timingLine = lines.at(timingAt) ?? '';
    const timing = parseCueTiming(timingLine, kind);
    i = timingAt + 1;
    const textFrom = i;
    while (i < lines.length && !isBlank(lines.at(i)) && !hasArrow(lines.at(i))) i++;
    if (hasArrow(lines.at(i))) {
      log.add(i + 1, 'expected a blank line before this cue; read it as a new cue', 'missing blank line');
      // `…text\n2\n00:00:05.000 --> …`: the number is the next cue's id, not speech.
      if (i > textFrom && CUE_NUMBER.test(lines.at(i - 1) ?? '')) i--;
    }
    if (!timing) {
      firstSkipped ??= { line: timingAt + 1, text: timingLine, timing: true };
      log.add(
        timingAt + 1,
        `skipped a cue: expected a cue timing line like ${EXAMPLE[kind]}, got \`${shown(timingLine.trim())}\``,
        'bad timing',
      );
      lastCue = undefined;
      continue;
    }
    if (timing.end < timing.start) {
      log.add(
        timingAt + 1,
        `a cue that ends before it starts (\`${shown(timingLine.trim())}\`); read it anyway`,
      );
    }
    for (const setting of kind === 'vtt' ? findIgnoredSettings(timing.settings) : []) {
      const name = setting.split(':')[0] ?? setting;
      log.add(
        timingAt + 1,
        `ignored the cue setting \`${shown(setting)}\`: not valid WebVTT`,
        `setting ${name}`,
      );
    }
    const text = lines.join(textFrom, i);
    lastCue = { start: timing.start, end: timing.end, text, line: timingAt + 1 };
    cues.push(lastCue);
    gap = 'none';
  }
  return firstSkipped ? { cues, notes, firstSkipped } : { cues, notes };
}

/**
 * A block with no timing line. In SRT its text continues the cue right before it (a blank line
 * inside the cue's text) unless it is only a cue number, which is dropped. In WebVTT, and when
 * no cue comes right before it, it is skipped with a warning, as the WebVTT parser skips it.
 * Returns the cue that later text would continue.
 */
function continueCue(
  cues: RawCue[],
  block: readonly string[],
  start: number,
  lastCue: RawCue | undefined,
  gap: 'none' | 'whitespace' | 'empty',
  kind: CaptionKind,
  log: WarningLog,
): RawCue | undefined {
  if (block.length === 1 && CUE_NUMBER.test(block[0] ?? '')) {
    log.add(start + 1, `skipped the cue number \`${block[0]?.trim()}\`: expected a cue timing line after it`);
    return lastCue;
  }
  if (!lastCue || kind === 'vtt') {
    const got = shown((block[0] ?? '').trim());
    log.add(
      start + 1,
      `skipped text outside any cue: expected a cue timing line like ${EXAMPLE[kind]}, got \`${got}\``,
      'orphan text',
    );
    return undefined;
  }
  // A whitespace-only line inside cue text is cue text to the spec: nothing to report.
  if (gap === 'empty') {
    log.add(
      start + 1,
      `a blank line inside the cue at line ${lastCue.line}; read the text after it as part of that cue`,
      'blank in cue',
    );
  }
  const merged = { ...lastCue, text: `${lastCue.text}\n${block.join('\n')}` };
  cues[cues.length - 1] = merged;
  return merged;
}
