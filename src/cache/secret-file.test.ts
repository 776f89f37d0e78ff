import { chmodSync, chownSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UsageError } from '../errors.ts';
import { deriveRunKey } from './derive-run-key.ts';
import { readSecretFile, writeSecretFile } from './secret-file.ts';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rubricate-secret-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const SECRET = '0123456789abcdef'.repeat(4);

describe('readSecretFile / writeSecretFile', () => {
  it('is undefined when there is no file', () => {
    expect(readSecretFile(join(dir, 'none.key'))).toBeUndefined();
  });

  it('writes mode 600, reads it back, and never overwrites', () => {
    const path = join(dir, 'a.key');
    writeSecretFile(path, SECRET);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readSecretFile(path)).toBe(SECRET);
    expect(() => writeSecretFile(path, SECRET)).toThrow(/EEXIST/);
  });

  it.each([0o640, 0o644, 0o400])('accepts a secret nobody else can write (mode %o)', (mode) => {
    const path = join(dir, 'b.key');
    writeFileSync(path, `${SECRET}\n`);
    chmodSync(path, mode);
    expect(readSecretFile(path)).toBe(SECRET);
  });

  it.each([0o602, 0o660, 0o666, 0o777])('refuses a secret others can write (mode %o)', (mode) => {
    const path = join(dir, 'c.key');
    writeFileSync(path, SECRET);
    chmodSync(path, mode);
    expect(() => readSecretFile(path)).toThrow(UsageError);
    expect(() => readSecretFile(path)).toThrow(/writable by group or others/);
  });

  it.skipIf(process.getuid?.() !== 0)('refuses a secret owned by another user (needs root to set up)', () => {
    const path = join(dir, 'd.key');
    writeFileSync(path, SECRET, { mode: 0o600 });
    chownSync(path, 65534, 65534);
    expect(() => readSecretFile(path)).toThrow(/owned by user id 65534, not by you/);
  });
});

describe('deriveRunKey', () => {
  it('is stable for one scope, differs across scopes and from the secret', () => {
    const a = deriveRunKey(SECRET, ['rubric-v1', 'judge-v3']);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(deriveRunKey(SECRET, ['rubric-v1', 'judge-v3'])).toBe(a);
    expect(deriveRunKey(SECRET, ['rubric-v2', 'judge-v3'])).not.toBe(a);
    expect(deriveRunKey(SECRET, ['rubric-v1', 'judge-v4'])).not.toBe(a);
    // Scope parts are separated, so shifting text between them changes the key.
    expect(deriveRunKey(SECRET, ['rubric-v1judge', '-v3'])).not.toBe(a);
    expect(deriveRunKey('f'.repeat(64), ['rubric-v1', 'judge-v3'])).not.toBe(a);
    expect(a).not.toBe(SECRET);
  });
});
