import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';

/**
 * Writes a whole file or nothing: to a temporary sibling first, flushed to disk, then renamed
 * over the target (rename is atomic on one filesystem), so a crash never leaves half a file.
 * Mode 600 unless `options.mode` says otherwise: what rubricate writes (reports, results,
 * cache entries) quotes candidates, so it is the owner's alone. The temporary file is created
 * with the final mode, so the content is never readable by others, not even for a moment.
 */
export function writeFileAtomic(path: string, content: string, options: { mode?: number } = {}): void {
  const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const fd = openSync(tmp, 'wx', options.mode ?? 0o600);
    try {
      writeSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}
