import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { InputError } from '../errors.ts';
import { findInputFiles, readInputFile } from '../io/read-inputs.ts';
import type { RunInput } from '../report/schema.ts';
import { formatMegabytes, LIMIT_FLAGS, type ReadLimits } from '../transcript/limits.ts';
import { parseTranscript } from '../transcript/parse-transcript.ts';
import type { Transcript } from '../transcript/schema.ts';

/**
 * Finds, reads and parses every transcript. A file that cannot be read is recorded as a failed
 * input with its `file:line` message and the others go on; transcript ids are made unique.
 */
export async function readTranscripts(
  patterns: readonly string[],
  cwd: string,
  options: {
    readonly maxFiles: number;
    readonly limits: ReadLimits;
    readonly warn: (message: string) => void;
  },
): Promise<{ transcripts: Transcript[]; inputs: RunInput[] }> {
  const transcripts: Transcript[] = [];
  const inputs: RunInput[] = [];
  const taken = new Set<string>();
  for (const path of findInputFiles(patterns, cwd, options)) {
    // A file over the size limit is refused before it is read: a 2 GB log must not fill memory.
    const size = statSync(isAbsolute(path) ? path : join(cwd, path)).size;
    if (size > options.limits.maxFileBytes) {
      const error = `${path}: expected a transcript of at most ${formatMegabytes(options.limits.maxFileBytes)}; got ${formatMegabytes(size)} (raise the limit with ${LIMIT_FLAGS.maxFileBytes})`;
      inputs.push({ path, hash: '', transcript: null, format: null, status: 'failed', error, speakers: [] });
      continue;
    }
    const file = readInputFile(path, cwd, { warn: options.warn });
    const hash = createHash('sha256').update(file.bytes).digest('hex');
    try {
      const parsed = await parseTranscript(file, options.limits);
      const transcript = taken.has(parsed.id) ? { ...parsed, id: uniqueId(parsed.id, path, taken) } : parsed;
      taken.add(transcript.id);
      transcripts.push(transcript);
      inputs.push({
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
      });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      inputs.push({
        path,
        hash,
        transcript: null,
        format: null,
        status: 'failed',
        error: error.message,
        speakers: [],
      });
    }
  }
  return { transcripts, inputs };
}

function uniqueId(id: string, path: string, taken: ReadonlySet<string>): string {
  const fromPath = path.replace(/\.[^/.]+$/, '').replace(/[^\w.-]+/g, '_');
  if (!taken.has(fromPath)) return fromPath;
  let n = 2;
  while (taken.has(`${id}-${n}`)) n += 1;
  return `${id}-${n}`;
}
