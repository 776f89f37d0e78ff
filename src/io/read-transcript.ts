import { parseTranscript } from '../transcript/parse-transcript.ts';
import type { Transcript } from '../transcript/schema.ts';
import { readInputFile } from './read-inputs.ts';

/** Reads and parses one transcript file (with its sidecar metadata). Throws `InputError` on bad input. */
export async function readTranscript(path: string, cwd: string): Promise<Transcript> {
  return parseTranscript(readInputFile(path, cwd));
}
