import { randomBytes, randomUUID } from 'node:crypto';
import { linkSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { readSecretFile, writeSecretFile } from './secret-file.ts';

const FILE = 'secret.key';

/**
 * The per-user secret kept with the response cache (32 random bytes, hex). Runs never hold it:
 * each derives its own key from it (`deriveRunKey`), so a run directory that leaks (committed,
 * shared, attached to a ticket) says nothing about other rubrics' answer delimiters. Created on
 * first use, mode 600 in a 700 folder; `link` fails if the file already exists, so two processes
 * starting at once agree on one secret. A secret that others could have written is refused
 * (see `readSecretFile`).
 */
export function loadCacheSecret(dir: string): string {
  const path = join(dir, FILE);
  const existing = readSecretFile(path);
  if (existing !== undefined) return existing;
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const temp = join(dir, `.${FILE}.${process.pid}.${randomUUID()}.tmp`);
  writeSecretFile(temp, randomBytes(32).toString('hex'));
  try {
    linkSync(temp, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(temp, { force: true });
  }
  const secret = readSecretFile(path);
  if (secret === undefined) throw new Error(`${path} vanished right after it was created`);
  return secret;
}
