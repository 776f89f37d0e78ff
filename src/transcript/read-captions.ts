import { parse as parseYaml } from 'yaml';
import { InputError } from '../errors.ts';
import { acceptLabels } from './accept-labels.ts';
import { declaredSpeakers } from './declared-speakers.ts';
import { linesOf } from './line-source.ts';
import type { CaptionKind } from './parse-cue-timing.ts';
import { readYamlMetadata } from './read-metadata.ts';
import type { WarningLog } from './reader-warnings.ts';
import { type RawCue, scanCaptionBlocks } from './scan-caption-blocks.ts';
import type { TranscriptMetadata } from './schema.ts';
import type { Reading } from './segment.ts';
import { collectCueLabels, splitCueSpeakers } from './split-cue-speakers.ts';
import { cleanSrtText, tokenizeCueText } from './tokenize-cue-text.ts';

const METADATA_KEYS = ['candidate', 'interviewer', 'roles', 'date', 'position', 'ratings'];

/** A WebVTT `NOTE` block holding YAML with at least one metadata key is the file's metadata. */
function readNoteMetadata(
  notes: readonly { readonly text: string; readonly firstLine: number }[],
  file: string,
): TranscriptMetadata | undefined {
  for (const note of notes) {
    let value: unknown;
    try {
      value = parseYaml(note.text, { maxAliasCount: 100 });
    } catch {
      continue; // a free-text note, not metadata
    }
    if (typeof value === 'object' && value !== null && METADATA_KEYS.some((key) => key in value)) {
      return readYamlMetadata(note.text, file, note.firstLine);
    }
  }
  return undefined;
}

/** What a cue slot holds once the cue has been split into segments. */
const RELEASED: RawCue = Object.freeze({ start: 0, end: 0, text: '', line: 0 });

/** The caption dialect of a text: WebVTT when it opens with the `WEBVTT` signature, else SRT. */
function captionKind(text: string): CaptionKind {
  return /^\s*\uFEFF?WEBVTT(?:[ \t\n]|$)/.test(text.slice(0, 4096)) ? 'vtt' : 'srt';
}

/** Scans the text's blocks; cue texts are slices of `text` (see `linesOf`). */
const scanText = (text: string, kind: CaptionKind, log: WarningLog) =>
  scanCaptionBlocks(linesOf(text), kind, log);

/**
 * The cues of a WebVTT or SRT text as a browser would show them: times and plain text (tags
 * dropped, entities decoded, ruby annotations kept), in file order. What the conformance tests
 * compare with the reference parsers; speakers are not split here.
 */
export function readCaptionCues(
  text: string,
  log: WarningLog,
): { start: number; end: number; text: string }[] {
  const kind = captionKind(text);
  return scanText(text, kind, log).cues.map((cue) => ({
    start: cue.start,
    end: cue.end,
    text:
      kind === 'vtt'
        ? tokenizeCueText(cue.text)
            .map((p) => p.text)
            .join('')
        : cleanSrtText(cue.text),
  }));
}

/**
 * Reads WebVTT (spec rules) or SRT (as players read it) with `scanCaptionBlocks`: bad cues are
 * skipped with a warning, and the file is refused only when no cue is left. Speakers come from
 * `<v Name>` voice tags or from `Name:` line prefixes that recur or alternate (`acceptLabels`);
 * `declared` names (metadata) count as speakers even when seen once.
 */
export function readCaptions(
  text: string,
  file: string,
  log: WarningLog,
  declared: readonly string[] = [],
): Reading {
  const kind = captionKind(text);
  const scan = scanText(text, kind, log);
  const skipped = scan.firstSkipped;
  if (scan.cues.length === 0 && skipped) {
    const example = kind === 'vtt' ? '`00:00:01.000 --> 00:00:04.000`' : '`00:00:01,000 --> 00:00:04,000`';
    const got = skipped.text.trim().slice(0, 80);
    const detail = `expected a cue timing line like ${example}, got \`${got}\`; no cue in the file could be read`;
    throw new InputError('transcript_invalid', file, skipped.line, detail);
  }
  const metadata = readNoteMetadata(scan.notes, file);
  const { occurrences, contentLines, voices } = collectCueLabels(scan.cues, kind);
  const named = [...declared, ...voices, ...declaredSpeakers(metadata ?? {})];
  const accepted = acceptLabels(occurrences, contentLines, named);
  // Lazy: each cue is split while the turns are merged, so no list of all segments is built.
  const cues = scan.cues;
  const segments = (function* () {
    for (let i = 0; i < cues.length; i++) {
      const cue = cues[i] ?? RELEASED;
      // Let each cue go once it is split: a million cues need not outlive their turns.
      cues[i] = RELEASED;
      yield* splitCueSpeakers(cue, kind, accepted);
    }
  })();
  return metadata === undefined ? { segments } : { segments, metadata };
}
