import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { UsageError } from '../errors.ts';

/**
 * Reads a file the user named, relative to `cwd` unless absolute. A missing path or a folder is a
 * usage error saying what was expected (`what`, e.g. "a rubric file") and what was found.
 */
export function readUserFile(path: string, cwd: string, what: string): Buffer {
  const full = isAbsolute(path) ? path : join(cwd, path);
  let isFile: boolean;
  try {
    isFile = statSync(full).isFile();
  } catch {
    throw new UsageError(`Expected ${what} at \`${path}\`, but it does not exist.`);
  }
  if (!isFile) throw new UsageError(`Expected ${what} at \`${path}\`, but it is a directory.`);
  return readFileSync(full);
}
