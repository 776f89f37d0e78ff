import type { TranscriptFormat } from './schema.ts';

/** The formats that come as JSON. */
export type JsonFormat = Extract<
  TranscriptFormat,
  'whisper' | 'whisperx' | 'assemblyai' | 'deepgram' | 'native' | 'aws-transcribe' | 'rev' | 'google-stt'
>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A Google Speech-to-Text result: `alternatives` and nothing of a turn. */
const isGoogleResult = (value: unknown): boolean =>
  isRecord(value) && Array.isArray(value.alternatives) && !('text' in value) && !('speaker' in value);

const hasSpeaker = (value: unknown): boolean =>
  isRecord(value) && value.speaker !== undefined && value.speaker !== null;

/** Whisper segments that a diarizer (WhisperX, pyannote) labelled: on the segment or its words. */
function isWhisperX(value: Record<string, unknown>, segments: readonly unknown[]): boolean {
  if (Array.isArray(value.word_segments)) return true;
  return segments.some(
    (s) => hasSpeaker(s) || (isRecord(s) && Array.isArray(s.words) && s.words.some(hasSpeaker)),
  );
}

/**
 * Which transcript JSON a parsed value is, by the shape each tool writes rather than by one key
 * (AWS Transcribe and Deepgram both have `results`); `null` if none:
 * - ours: `turns`, or a list of turns;
 * - AWS Transcribe: `results.transcripts` and `results.items`;
 * - Deepgram: `results.channels` or `results.utterances`;
 * - Rev.ai: `monologues`;
 * - Google Speech-to-Text: `results` (or a bare list) of `{ alternatives }`;
 * - WhisperX: `segments` with speakers, or `word_segments`; Whisper: `segments`;
 * - AssemblyAI: `utterances`, or `words` with `text`.
 */
export function classifyJson(value: unknown): JsonFormat | null {
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every(isGoogleResult)) return 'google-stt';
    return value.every(isRecord) ? 'native' : null;
  }
  if (!isRecord(value)) return null;
  if ('turns' in value) return 'native';
  const results = value.results;
  if (Array.isArray(results) && results.length > 0 && results.every(isGoogleResult)) return 'google-stt';
  if (isRecord(results)) {
    if (Array.isArray(results.transcripts) || Array.isArray(results.items)) return 'aws-transcribe';
    if (Array.isArray(results.channels) || Array.isArray(results.utterances)) return 'deepgram';
    return null;
  }
  if (Array.isArray(value.monologues)) return 'rev';
  if (Array.isArray(value.segments)) return isWhisperX(value, value.segments) ? 'whisperx' : 'whisper';
  if ('utterances' in value || (Array.isArray(value.words) && 'text' in value)) return 'assemblyai';
  return null;
}

/** The supported JSON shapes, for the message when a JSON file matches none. */
export const SUPPORTED_JSON =
  'ours (`turns`), Whisper or WhisperX (`segments`), AssemblyAI (`utterances` or `words`), Deepgram (`results.channels` or `results.utterances`), AWS Transcribe (`results.transcripts` and `results.items`), Rev.ai (`monologues`) or Google Speech-to-Text (`results[].alternatives`)';
