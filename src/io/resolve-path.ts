import { isAbsolute, join } from 'node:path';

/** A user-given path, relative to the working directory unless absolute. */
export function resolvePath(cwd: string, path: string): string {
  return isAbsolute(path) ? path : join(cwd, path);
}
