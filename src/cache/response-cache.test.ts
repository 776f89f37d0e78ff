import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCacheSecret } from './cache-secret.ts';
import { createResponseCache, defaultCacheDir } from './response-cache.ts';
import { sampleRecord } from './test-fixtures/sample-record.ts';

const key = 'ab'.repeat(32);
const at = new Date('2025-01-01T00:00:00Z');
let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rubricate-cache-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function runPutter(label: string): Promise<number | null> {
  const script = join(import.meta.dirname, 'test-fixtures', 'put-forever.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', script, dir, key, label, '150'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', resolve);
  });
}

describe('createResponseCache', () => {
  it('returns what was put, and misses unknown keys', () => {
    const cache = createResponseCache(dir);
    const verdict = sampleRecord().verdict;
    expect(cache.get(key)).toBeUndefined();
    expect(cache.put(key, verdict, at)).toBe(true);
    expect(cache.get(key)).toEqual(verdict);
    expect(createResponseCache(dir).get(key)).toEqual(verdict);
  });

  it.each(['invalid', 'failed'] as const)('never caches an %s verdict', (outcome) => {
    const cache = createResponseCache(dir);
    const verdict = { outcome, judge: 'openai:m', model: 'm', sample: 0, error: 'bad' };
    expect(cache.put(key, verdict, at)).toBe(false);
    expect(cache.get(key)).toBeUndefined();
  });

  it('treats a corrupt or mismatched entry as a miss', () => {
    const cache = createResponseCache(dir);
    cache.put(key, sampleRecord().verdict, at);
    const file = join(dir, 'v1', key.slice(0, 2), `${key}.json`);
    writeFileSync(file, '{"key":');
    expect(cache.get(key)).toBeUndefined();
    const other = 'cd'.repeat(32);
    mkdirSync(join(dir, 'v1', other.slice(0, 2)), { recursive: true });
    writeFileSync(join(dir, 'v1', other.slice(0, 2), `${other}.json`), readFileSync(file, 'utf8'));
    expect(cache.get(other)).toBeUndefined();
  });

  it('rejects keys that are not hex (no path tricks)', () => {
    expect(() => createResponseCache(dir).get('../../etc/passwd')).toThrow(/hex request key/);
  });

  it('two processes writing the same key at once leave one whole, valid entry', async () => {
    const cache = createResponseCache(dir);
    const file = join(dir, 'v1', key.slice(0, 2), `${key}.json`);
    const labels = new Set<string>();
    let reads = 0;
    let torn = 0;
    let done = false;
    const writers = Promise.all([runPutter('A'), runPutter('B')]).finally(() => {
      done = true;
    });
    while (!done) {
      // Read the raw file, not through get(): a torn write must show up as a parse failure.
      const text = readOrUndefined(file);
      if (text !== undefined) {
        reads += 1;
        try {
          labels.add(JSON.parse(text).verdict.body.rationale.slice(0, 2));
        } catch {
          torn += 1;
        }
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await writers).toEqual([0, 0]);
    expect(torn).toBe(0);
    expect(reads).toBeGreaterThan(10);
    for (const label of labels) expect(['A:', 'B:']).toContain(label);
    const final = cache.get(key);
    expect(final?.outcome === 'ok' ? final.body.rationale.slice(0, 2) : '').toMatch(/^[AB]:$/);
    // No temp files are left behind.
    expect(readdirSync(join(dir, 'v1', key.slice(0, 2)))).toEqual([`${key}.json`]);
    // Entries quote answers: owner-only files in owner-only folders.
    expect(statSync(join(dir, 'v1', key.slice(0, 2), `${key}.json`)).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'v1', key.slice(0, 2))).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, 'v1')).mode & 0o777).toBe(0o700);
  });
});

function readOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

describe('defaultCacheDir', () => {
  it.each([
    [{ XDG_CACHE_HOME: '/x/cache' }, '/x/cache/rubricate'],
    [{ XDG_CACHE_HOME: 'relative/cache' }, '/home/u/.cache/rubricate'],
    [{ XDG_CACHE_HOME: '' }, '/home/u/.cache/rubricate'],
    [{}, '/home/u/.cache/rubricate'],
  ])('%o → %s', (env, expected) => {
    expect(defaultCacheDir(env, '/home/u')).toBe(expected);
  });
});

describe('loadCacheSecret', () => {
  it('creates a 256-bit secret once and returns the same one after', () => {
    const first = loadCacheSecret(join(dir, 'nested'));
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(loadCacheSecret(join(dir, 'nested'))).toBe(first);
    expect(readdirSync(join(dir, 'nested'))).toEqual(['secret.key']);
  });
});
