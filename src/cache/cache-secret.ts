import { randomBytes, randomUUID } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FILE = 'secret.key';

/**
 * The per-user secret kept with the response cache (32 random bytes, hex), e.g. to derive the
 * prompt's answer-delimiter nonce by HMAC: unpredictable to a candidate, yet stable across runs,
 * so retries, cache and resume see identical prompts. Created on first use; `link` fails if the
 * file already exists, so two processes starting at once agree on one secret.
 */
export function loadCacheSecret(dir: string): string {
  const path = join(dir, FILE);
  const existing = readSecret(path);
  if (existing !== undefined) return existing;
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `.${FILE}.${process.pid}.${randomUUID()}.tmp`);
  writeFileSync(temp, randomBytes(32).toString('hex'), { mode: 0o600 });
  try {
    linkSync(temp, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(temp, { force: true });
  }
  const secret = readSecret(path);
  if (secret === undefined)
    throw new Error(`Expected a 64-hex-digit secret in ${path}, found something else`);
  return secret;
}

function readSecret(path: string): string | undefined {
  try {
    const text = readFileSync(path, 'utf8').trim();
    return /^[0-9a-f]{64}$/.test(text) ? text : undefined;
  } catch {
    return undefined;
  }
}
