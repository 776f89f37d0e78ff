import { createHash } from 'node:crypto';
import { InputError } from '../errors.ts';
import { decodeText, EXPECTED_TRANSCRIPT } from './decode-text.ts';
import { classifyJson, detectFormat, looksLikeJson } from './detect-format.ts';
import { inferRoles } from './infer-roles.ts';
import { mergeSegments } from './merge-segments.ts';
import { parseJsonText } from './parse-json-text.ts';
import { readAssemblyAi } from './read-assemblyai.ts';
import { readCaptions } from './read-captions.ts';
import { readDeepgram } from './read-deepgram.ts';
import { readYamlMetadata } from './read-metadata.ts';
import { readNative } from './read-native.ts';
import { readTextLines } from './read-text-lines.ts';
import { readWhisper } from './read-whisper.ts';
import { type Transcript, type TranscriptFormat, TranscriptSchema } from './schema.ts';
import type { Reading } from './segment.ts';
import { sidecarPathFor, transcriptIdFor } from './transcript-id.ts';

/** One transcript file as the caller read it; `sidecar` is the text of `<id>.meta.yaml`, if any. */
export interface TranscriptInput {
  readonly path: string;
  readonly bytes: Uint8Array;
  readonly sidecar?: string;
}

const JSON_READERS = {
  whisper: readWhisper,
  assemblyai: readAssemblyAi,
  deepgram: readDeepgram,
  native: readNative,
};

/** Names what was found in a JSON value that is no transcript, for the error message. */
function describeJson(value: unknown): string {
  if (Array.isArray(value)) return 'a JSON list';
  if (typeof value !== 'object' || value === null) return `the JSON value \`${JSON.stringify(value)}\``;
  const keys = Object.keys(value).slice(0, 8);
  return keys.length === 0 ? 'an empty JSON object' : `a JSON object with keys ${keys.join(', ')}`;
}

function readJson(text: string, file: string): { format: TranscriptFormat; reading: Reading } {
  const value = parseJsonText(text, file);
  const format = classifyJson(value);
  if (format === null) {
    const expected =
      'expected transcript JSON: `turns` (ours), `segments` (Whisper), `utterances`/`words` (AssemblyAI) or `results` (Deepgram)';
    throw new InputError('transcript_invalid', file, 1, `${expected}; got ${describeJson(value)}`);
  }
  return { format, reading: JSON_READERS[format](value, text, file) };
}

async function readText(text: string, file: string): Promise<{ format: TranscriptFormat; reading: Reading }> {
  const format = detectFormat(text, file);
  if (format === null) {
    const lines = text.split('\n');
    const index = Math.max(
      0,
      lines.findIndex((line) => line.trim() !== ''),
    );
    const got = (lines[index] ?? '').trim();
    const shown = got.length > 60 ? `${got.slice(0, 57)}…` : got;
    throw new InputError('transcript_invalid', file, index + 1, `${EXPECTED_TRANSCRIPT}; got \`${shown}\``);
  }
  if (format === 'webvtt' || format === 'srt') return { format, reading: await readCaptions(text, file) };
  return { format, reading: readTextLines(text, file) };
}

/**
 * Reads one transcript file of any supported format (detected by content; the extension is only
 * a hint): decodes it, parses it, merges consecutive segments of one speaker into turns, reads
 * its metadata (embedded, overridden key by key by the sidecar) and assigns roles. Async because
 * the caption parser is. Throws `InputError('transcript_invalid', path, line, …)` on input it
 * cannot read, including a file with no turns.
 */
export async function parseTranscript(input: TranscriptInput): Promise<Transcript> {
  const { path, bytes } = input;
  const text = decodeText(bytes, path);
  const { format, reading } = looksLikeJson(text) ? readJson(text, path) : await readText(text, path);
  const turns = mergeSegments(reading.segments);
  if (turns.length === 0) {
    throw new InputError(
      'transcript_invalid',
      path,
      undefined,
      `expected at least one turn of speech in this ${format} file; found none`,
    );
  }
  const sidecar = input.sidecar === undefined ? {} : readYamlMetadata(input.sidecar, sidecarPathFor(path), 1);
  const metadata = { ...reading.metadata, ...sidecar };
  const { roles, inference } = inferRoles(turns, metadata);
  return TranscriptSchema.parse({
    id: transcriptIdFor(path),
    source: { path, format, hash: createHash('sha256').update(bytes).digest('hex') },
    metadata,
    speakers: [...new Set(turns.map((t) => t.speaker))],
    turns: turns.map((turn) => ({ ...turn, role: roles[turn.speaker] ?? 'unknown' })),
    roles: inference,
  });
}
