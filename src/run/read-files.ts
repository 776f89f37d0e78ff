import { loadRubric } from '../io/load-rubric.ts';
import { readTranscript as readTranscriptFile } from '../io/read-transcript.ts';
import type { Diagnostic, Rubric } from '../rubric/schema.ts';
import type { Transcript } from '../transcript/schema.ts';

/**
 * Compiles a rubric file (Markdown, YAML or JSON) into the `Rubric` a run uses: stable ids,
 * content hashes, the version hash. Warnings come back as diagnostics; an error throws
 * `InputError` (code `rubric_invalid`) naming the file and line.
 */
export function compileRubric(
  path: string,
  options: { readonly cwd?: string } = {},
): { rubric: Rubric; diagnostics: Diagnostic[] } {
  return loadRubric(path, options.cwd ?? process.cwd());
}

/**
 * Reads one transcript file (any supported format, with its `.meta.yaml` sidecar) into turns with
 * speakers and roles. Bad input throws `InputError` (code `transcript_invalid`) naming file and line.
 */
export function readTranscript(path: string, options: { readonly cwd?: string } = {}): Promise<Transcript> {
  return readTranscriptFile(path, options.cwd ?? process.cwd());
}
