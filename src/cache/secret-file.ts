import { closeSync, constants, fstatSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { UsageError } from '../errors.ts';

/** A secret is 32 random bytes written as 64 lowercase hex digits. */
const SECRET = /^[0-9a-f]{64}$/;
/** Group- or world-writable: someone else could have chosen the secret. */
const WRITABLE_BY_OTHERS = 0o022;

/**
 * Reads a secret file, or undefined when there is none. A secret someone else could have
 * written or chosen is refused, with the fix in the message: a file that is not a regular file
 * (a symlink is not followed), is writable by group or others, or is owned by another user.
 * Whoever plants the secret of a shared cache can predict every answer delimiter made from it.
 * The checks run on the opened descriptor, so the file cannot be swapped between check and read.
 */
export function readSecretFile(path: string): string | undefined {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'ELOOP') throw refuse(path, 'it is a symbolic link');
    throw error;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw refuse(path, 'it is not a regular file');
    if ((stat.mode & WRITABLE_BY_OTHERS) !== 0) {
      throw refuse(path, `it is writable by group or others (mode ${(stat.mode & 0o777).toString(8)})`);
    }
    const uid = process.getuid?.();
    if (uid !== undefined && stat.uid !== uid) {
      throw refuse(path, `it is owned by user id ${stat.uid}, not by you (${uid})`);
    }
    const text = readFileSync(fd, 'utf8').trim();
    if (!SECRET.test(text)) throw refuse(path, 'it does not hold a 64-hex-digit secret');
    return text;
  } finally {
    closeSync(fd);
  }
}

/** Writes a new secret file, readable by its owner only; fails if the file already exists. */
export function writeSecretFile(path: string, secret: string): void {
  if (!SECRET.test(secret)) throw new Error('Expected a 64-hex-digit secret');
  writeFileSync(path, secret, { mode: 0o600, flag: 'wx' });
}

function refuse(path: string, why: string): UsageError {
  return new UsageError(
    `Refusing the secret file ${path}: ${why}. Delete it so rubricate creates a private one (mode 600), or fix its owner and mode.`,
  );
}
