import { parseText } from 'media-captions';
import { parse as parseYaml } from 'yaml';
import { InputError } from '../errors.ts';
import { readYamlMetadata } from './read-metadata.ts';
import { scanCueBlocks } from './scan-cue-blocks.ts';
import type { TranscriptMetadata } from './schema.ts';
import type { Reading } from './segment.ts';
import { splitCueSpeakers } from './split-cue-speakers.ts';

const METADATA_KEYS = ['candidate', 'interviewer', 'roles', 'date', 'position', 'ratings'];

/** A WebVTT `NOTE` block holding YAML with at least one metadata key is the file's metadata. */
function readNoteMetadata(
  notes: readonly { readonly text: string; readonly firstLine: number }[],
  file: string,
): TranscriptMetadata | undefined {
  for (const note of notes) {
    let value: unknown;
    try {
      value = parseYaml(note.text);
    } catch {
      continue; // a free-text note, not metadata
    }
    if (typeof value === 'object' && value !== null && METADATA_KEYS.some((key) => key in value)) {
      return readYamlMetadata(note.text, file, note.firstLine);
    }
  }
  return undefined;
}

/**
 * Reads WebVTT or SRT with media-captions (vidstack's parser: pure JS, no dependencies, both
 * formats, and a tokenizer that exposes `<v Name>` voice spans). Its API is async, hence this
 * function is. A WebVTT body without its `WEBVTT` header is read with the SRT rules.
 */
export async function readCaptions(text: string, file: string): Promise<Reading> {
  const lines = text.split('\n');
  const first = Math.max(
    0,
    lines.findIndex((line) => line.trim() !== ''),
  );
  const kind = /^WEBVTT(?:[ \t]|$)/.test(lines[first] ?? '') ? 'vtt' : 'srt';
  const scan = scanCueBlocks(lines, file, kind);
  // The parser expects the header on line 1; leading blank lines are dropped and lines re-offset.
  const parsed = await parseText(lines.slice(first).join('\n'), { type: kind, errors: true });
  const error = parsed.errors[0];
  if (error) {
    throw new InputError(
      'transcript_invalid',
      file,
      error.line + first,
      `expected WebVTT or SRT cues; ${error.message}`,
    );
  }
  if (parsed.cues.length !== scan.timingLines.length) {
    const detail = `found ${scan.timingLines.length} cue timing lines, but the caption parser read ${parsed.cues.length} cues`;
    throw new InputError('transcript_invalid', file, undefined, detail);
  }
  const segments = parsed.cues.flatMap((cue, i) => splitCueSpeakers(cue, scan.timingLines[i] ?? first + 1));
  const metadata = readNoteMetadata(scan.notes, file);
  return metadata === undefined ? { segments } : { segments, metadata };
}
