import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { UsageError } from '../errors.ts';
import { parseTranscript } from '../transcript/parse-transcript.ts';
import type { Transcript } from '../transcript/schema.ts';
import { readInputFile } from './read-inputs.ts';

/** Reads and parses one transcript file (with its sidecar metadata). Throws `InputError` on bad input. */
export async function readTranscript(path: string, cwd: string): Promise<Transcript> {
  assertExists(path, isAbsolute(path) ? path : join(cwd, path), 'a transcript file');
  const file = readInputFile(path, cwd);
  return parseTranscript(file);
}

/** Throws a usage error naming `path` when it does not exist. */
export function assertExists(path: string, full: string, what: string): void {
  if (!existsSync(full)) throw new UsageError(`Expected ${what} at \`${path}\`, but it does not exist.`);
}
