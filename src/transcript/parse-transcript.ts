import { createHash } from 'node:crypto';
import { InputError } from '../errors.ts';
import { checkJsonDepth } from './check-json-depth.ts';
import { classifyJson, type JsonFormat, SUPPORTED_JSON } from './classify-json.ts';
import { declaredSpeakers } from './declared-speakers.ts';
import { decodeText, EXPECTED_TRANSCRIPT } from './decode-text.ts';
import { detectCaptions, looksLikeJson } from './detect-format.ts';
import { inferRoles } from './infer-roles.ts';
import { formatMegabytes, LIMIT_FLAGS, type ReadLimits, resolveReadLimits } from './limits.ts';
import { mergeSegments, type SpokenTurn } from './merge-segments.ts';
import { parseJsonText } from './parse-json-text.ts';
import { readAssemblyAi } from './read-assemblyai.ts';
import { readAwsTranscribe } from './read-aws-transcribe.ts';
import { readCaptions } from './read-captions.ts';
import { readDeepgram } from './read-deepgram.ts';
import { readGoogleStt } from './read-google-stt.ts';
import { readYamlMetadata } from './read-metadata.ts';
import { readNative } from './read-native.ts';
import { readRevJson } from './read-rev-json.ts';
import { readTextLines } from './read-text-lines.ts';
import { readWhisper } from './read-whisper.ts';
import { WarningLog } from './reader-warnings.ts';
import type { Role, Transcript, TranscriptFormat, Turn } from './schema.ts';
import type { Reading, Segment } from './segment.ts';
import { sidecarPathFor, transcriptIdFor } from './transcript-id.ts';
import { unifySpeakers } from './unify-speakers.ts';

/** One transcript file as the caller read it; `sidecar` is the text of `<id>.meta.yaml`, if any. */
export interface TranscriptInput {
  readonly path: string;
  readonly bytes: Uint8Array;
  readonly sidecar?: string;
}

type JsonReader = (value: unknown, text: string, file: string) => Reading;

const JSON_READERS: Readonly<Record<JsonFormat, JsonReader>> = {
  whisper: readWhisper,
  whisperx: readWhisper,
  assemblyai: readAssemblyAi,
  deepgram: readDeepgram,
  native: readNative,
  'aws-transcribe': readAwsTranscribe,
  rev: readRevJson,
  'google-stt': readGoogleStt,
};

/** Names what was found in a JSON value that is no transcript, for the error message. */
function describeJson(value: unknown): string {
  if (Array.isArray(value)) return 'a JSON list';
  if (typeof value !== 'object' || value === null) return `the JSON value \`${String(value).slice(0, 40)}\``;
  const keys = Object.keys(value).slice(0, 8);
  return keys.length === 0 ? 'an empty JSON object' : `a JSON object with keys ${keys.join(', ')}`;
}

function readJson(text: string, file: string): { format: TranscriptFormat; reading: Reading } {
  checkJsonDepth(text, file, 'transcript_invalid');
  const value = parseJsonText(text, file);
  const format = classifyJson(value);
  if (format === null) {
    const expected = `expected transcript JSON in a supported shape: ${SUPPORTED_JSON}`;
    throw new InputError('transcript_invalid', file, 1, `${expected}; got ${describeJson(value)}`);
  }
  return { format, reading: JSON_READERS[format](value, text, file) };
}

/** The "not a transcript" refusal, quoting the first line with content. */
function notATranscript(text: string, file: string): InputError {
  const lines = text.split('\n', 10_000);
  const index = Math.max(
    0,
    lines.findIndex((line) => line.trim() !== ''),
  );
  const got = (lines[index] ?? '').trim();
  const shown = got.length > 60 ? `${got.slice(0, 57)}…` : got;
  const why =
    'no speaker labels recognised (a label counts when it recurs, alternates with another or is named in metadata)';
  return new InputError(
    'transcript_invalid',
    file,
    index + 1,
    `${EXPECTED_TRANSCRIPT}; ${why}; got \`${shown}\``,
  );
}

function readText(
  text: string,
  file: string,
  log: WarningLog,
  declared: readonly string[],
): { format: TranscriptFormat; reading: Reading } {
  const captions = detectCaptions(text, file);
  if (captions) return { format: captions, reading: readCaptions(text, file, log, declared) };
  const reading = readTextLines(text, file, declared);
  if (!reading.segments.some((s) => s.speaker !== undefined)) throw notATranscript(text, file);
  return { format: reading.markdown ? 'markdown' : 'text', reading };
}

function checkSize(bytes: Uint8Array, file: string, limits: ReadLimits): void {
  if (bytes.length <= limits.maxFileBytes) return;
  const detail = `expected a transcript of at most ${formatMegabytes(limits.maxFileBytes)}; got ${formatMegabytes(bytes.length)} (raise the limit with ${LIMIT_FLAGS.maxFileBytes})`;
  throw new InputError('transcript_invalid', file, undefined, detail);
}

/** Passes segments through, refusing the file as soon as there are more than the limit allows. */
function* limitSegments(segments: Iterable<Segment>, file: string, limits: ReadLimits): Generator<Segment> {
  let count = 0;
  for (const segment of segments) {
    if (++count > limits.maxSegments) {
      const detail = `expected at most ${limits.maxSegments.toLocaleString('en-US')} segments (cues, lines, utterances or words); got more (raise the limit with ${LIMIT_FLAGS.maxSegments})`;
      throw new InputError('transcript_invalid', file, segment.line, detail);
    }
    yield segment;
  }
}

/**
 * Gives a freshly merged turn its role in place: the turns are this function's own, and a copy
 * of a million of them would double the memory reading takes.
 */
function withRole(turn: SpokenTurn, role: Role): Turn {
  return Object.assign(turn, { role });
}

/**
 * Reads one transcript file of any supported format (detected by content; the extension is only
 * a hint): decodes it, parses it, merges consecutive segments of one speaker into turns, reads
 * its metadata (embedded, overridden key by key by the sidecar) and assigns roles. What the
 * readers skipped or guessed comes back as `warnings`. Throws
 * `InputError('transcript_invalid', path, line, …)` only when nothing usable is left (including
 * a file with no turns) or a `limits` value is exceeded; the message names the flag that raises it.
 */
export async function parseTranscript(
  input: TranscriptInput,
  limits?: Partial<ReadLimits>,
): Promise<Transcript> {
  const { path, bytes } = input;
  const resolved = resolveReadLimits(limits);
  checkSize(bytes, path, resolved);
  const log = new WarningLog(path);
  const sidecar = input.sidecar === undefined ? {} : readYamlMetadata(input.sidecar, sidecarPathFor(path), 1);
  const text = decodeText(bytes, path, log);
  const { format, reading } = looksLikeJson(text)
    ? readJson(text, path)
    : readText(text, path, log, declaredSpeakers(sidecar));
  const turns = mergeSegments(unifySpeakers(limitSegments(reading.segments, path, resolved)));
  if (turns.length === 0) {
    throw new InputError(
      'transcript_invalid',
      path,
      undefined,
      `expected at least one turn of speech in this ${format} file; found none`,
    );
  }
  const metadata = { ...reading.metadata, ...sidecar };
  const { roles, inference } = inferRoles(turns, metadata);
  // Built as the schema's type rather than parsed by it: a million turns need no second copy.
  return {
    id: transcriptIdFor(path),
    source: { path, format, hash: createHash('sha256').update(bytes).digest('hex') },
    metadata,
    speakers: [...new Set(turns.map((t) => t.speaker))],
    turns: turns.map((turn): Turn => withRole(turn, roles[turn.speaker] ?? 'unknown')),
    roles: inference,
    warnings: log.list(),
  } satisfies Transcript;
}
