import { InputError } from '../errors.ts';
import { parseRubric } from '../rubric/parse-rubric.ts';
import type { Diagnostic, Rubric } from '../rubric/schema.ts';
import { readUserFile } from './read-user-file.ts';

/** Reads and compiles a rubric file; diagnostics are returned, not printed. */
export function readRubricFile(
  path: string,
  cwd: string,
): { rubric: Rubric | null; diagnostics: Diagnostic[] } {
  const bytes = readUserFile(path, cwd, 'a rubric file');
  // Binary files are diagnosed by the compiler; decoding here keeps invalid bytes visible as U+FFFD.
  return parseRubric({ path, text: bytes.toString('utf8') });
}

/** Like `readRubricFile`, but a rubric with errors is an `InputError` naming the first one. */
export function loadRubric(path: string, cwd: string): { rubric: Rubric; diagnostics: Diagnostic[] } {
  const { rubric, diagnostics } = readRubricFile(path, cwd);
  const error = diagnostics.find((d) => d.severity === 'error');
  if (rubric === null || error) {
    const d = error ?? {
      file: path,
      line: undefined,
      message: 'expected a rubric with at least one question',
    };
    const more = diagnostics.filter((x) => x.severity === 'error').length - 1;
    throw new InputError(
      'rubric_invalid',
      d.file,
      d.line,
      `${d.message}${more > 0 ? ` (and ${more} more error(s); run \`rubricate compile --check ${path}\`)` : ''}`,
    );
  }
  return { rubric, diagnostics };
}
