import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { InputError } from '../errors.ts';
import { findInputFiles, readInputFile } from '../io/read-inputs.ts';
import type { RunInput } from '../report/schema.ts';
import { formatMegabytes, LIMIT_FLAGS, type ReadLimits } from '../transcript/limits.ts';
import { parseTranscript } from '../transcript/parse-transcript.ts';
import type { Transcript } from '../transcript/schema.ts';

/** Where the transcript readers get their files, limits and warnings. */
export interface ReadOptions {
  readonly maxFiles: number;
  readonly limits: ReadLimits;
  readonly warn: (message: string) => void;
  /** Told how many files were found, before the first is read. */
  readonly onFound?: (files: number) => void;
}

/** One input file as read: its manifest entry, and the transcript when it could be read. */
export interface ReadInput {
  readonly input: RunInput;
  readonly transcript: Transcript | null;
}

/**
 * Finds, reads and parses every transcript. A file that cannot be read is recorded as a failed
 * input with its `file:line` message and the others go on; transcript ids are made unique.
 */
export async function readTranscripts(
  patterns: readonly string[],
  cwd: string,
  options: ReadOptions,
): Promise<{ transcripts: Transcript[]; inputs: RunInput[] }> {
  const transcripts: Transcript[] = [];
  const inputs: RunInput[] = [];
  for await (const read of streamTranscripts(patterns, cwd, options)) {
    inputs.push(read.input);
    if (read.transcript !== null) transcripts.push(read.transcript);
  }
  return { transcripts, inputs };
}

/**
 * `readTranscripts` one file at a time, in the same order, so a run holds one parsed transcript
 * per file in progress rather than all of them. The file list is found first (globs resolved).
 */
export async function* streamTranscripts(
  patterns: readonly string[],
  cwd: string,
  options: ReadOptions,
): AsyncGenerator<ReadInput> {
  const taken = new Set<string>();
  const files = findInputFiles(patterns, cwd, options);
  options.onFound?.(files.length);
  for (const path of files) {
    // A file over the size limit is refused before it is read: a 2 GB log must not fill memory.
    const size = statSync(isAbsolute(path) ? path : join(cwd, path)).size;
    if (size > options.limits.maxFileBytes) {
      const error = `${path}: expected a transcript of at most ${formatMegabytes(options.limits.maxFileBytes)}; got ${formatMegabytes(size)} (raise the limit with ${LIMIT_FLAGS.maxFileBytes})`;
      yield {
        input: { path, hash: '', transcript: null, format: null, status: 'failed', error, speakers: [] },
        transcript: null,
      };
      continue;
    }
    const file = readInputFile(path, cwd, { warn: options.warn });
    const hash = createHash('sha256').update(file.bytes).digest('hex');
    let read: ReadInput;
    try {
      const parsed = await parseTranscript(file, options.limits);
      const transcript = taken.has(parsed.id) ? { ...parsed, id: uniqueId(parsed.id, path, taken) } : parsed;
      taken.add(transcript.id);
      read = {
        transcript,
        input: {
          path,
          hash,
          transcript: transcript.id,
          format: transcript.source.format,
          status: 'ok',
          speakers: transcript.speakers,
          roles: transcript.roles,
          metadata: transcript.metadata,
          ...(transcript.warnings === undefined || transcript.warnings.length === 0
            ? {}
            : { warnings: transcript.warnings }),
        },
      };
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      read = {
        transcript: null,
        input: {
          path,
          hash,
          transcript: null,
          format: null,
          status: 'failed',
          error: error.message,
          speakers: [],
        },
      };
    }
    yield read;
  }
}

function uniqueId(id: string, path: string, taken: ReadonlySet<string>): string {
  const fromPath = path.replace(/\.[^/.]+$/, '').replace(/[^\w.-]+/g, '_');
  if (!taken.has(fromPath)) return fromPath;
  let n = 2;
  while (taken.has(`${id}-${n}`)) n += 1;
  return `${id}-${n}`;
}
