import type { ReadLimits } from '../transcript/limits.ts';
import { parseTranscript } from '../transcript/parse-transcript.ts';
import type { Transcript } from '../transcript/schema.ts';
import { readInputFile } from './read-inputs.ts';

/**
 * Reads and parses one transcript file (with its sidecar metadata), within `limits` (defaults:
 * `DEFAULT_READ_LIMITS`). Throws `InputError` on bad input or a limit exceeded.
 */
export async function readTranscript(
  path: string,
  cwd: string,
  limits?: Partial<ReadLimits>,
): Promise<Transcript> {
  return parseTranscript(readInputFile(path, cwd), limits);
}
