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
  writeChunksAtomic(path, [content], options);
}

/** Characters gathered before a write: few syscalls, and never the whole file in one string. */
const CHUNK_CHARS = 1024 * 1024;

/**
 * `writeFileAtomic` for content that comes in pieces (a report of 100,000 items is tens of MB):
 * each piece is written as it comes, so the whole file is never one string in memory. All or
 * nothing, like `writeFileAtomic`: a throw while rendering leaves no file behind.
 */
export function writeChunksAtomic(
  path: string,
  chunks: Iterable<string>,
  options: { mode?: number } = {},
): void {
  const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const fd = openSync(tmp, 'wx', options.mode ?? 0o600);
    try {
      let pending = '';
      for (const chunk of chunks) {
        pending += chunk;
        if (pending.length >= CHUNK_CHARS) {
          writeSync(fd, pending);
          pending = '';
        }
      }
      if (pending !== '') writeSync(fd, pending);
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
