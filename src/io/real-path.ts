import { lstatSync, realpathSync, statSync } from 'node:fs';
import { sep } from 'node:path';

/** Where a path really leads, or why it leads nowhere usable. */
export type RealFile =
  | { readonly ok: true; readonly real: string; readonly isLink: boolean }
  | { readonly ok: false; readonly why: string };

/** Whether `path` is `root` or lies under it (both real, absolute paths). */
export function isInside(path: string, root: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : `${root}${sep}`);
}

/** The real path of a folder, or undefined when it cannot be resolved. */
export function realFolder(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Resolves `path` (absolute) to the regular file it names, following links, and says whether it
 * was a link. Broken links, link loops (`a -> b -> a`, `self -> self`) and links to folders or
 * devices are reasons, not throws: discovery skips them with a warning.
 */
export function resolveRealFile(path: string): RealFile {
  let isLink: boolean;
  try {
    isLink = lstatSync(path).isSymbolicLink();
  } catch {
    return { ok: false, why: 'it vanished while the folder was being read' };
  }
  let real: string;
  try {
    real = realpathSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, why: code === 'ELOOP' ? 'it is a link loop' : 'it is a broken link' };
  }
  try {
    if (!statSync(real).isFile()) return { ok: false, why: 'it is not a regular file' };
  } catch {
    return { ok: false, why: 'it cannot be read' };
  }
  return { ok: true, real, isLink };
}
