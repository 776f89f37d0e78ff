import { spawn } from 'node:child_process';
import { appendFileSync, fsyncSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openJournal } from './journal.ts';
import { indexJournal } from './journal-index.ts';
import { readJournal } from './test-fixtures/read-journal.ts';
import { sampleRecord } from './test-fixtures/sample-record.ts';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rubricate-journal-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('journal', () => {
  it('round-trips appended records; a missing file reads as empty', async () => {
    const path = join(dir, 'calls.jsonl');
    expect(readJournal(path)).toEqual({ records: [], tornTail: false, invalid: [] });
    const journal = openJournal(path);
    journal.append(sampleRecord({ key: '1'.repeat(64) }));
    journal.append(sampleRecord({ key: '2'.repeat(64), outcome: 'failed', error: 'server: 503' }));
    await journal.close();
    const { records, tornTail, invalid } = readJournal(path);
    expect(records.map((r) => r.key)).toEqual(['1'.repeat(64), '2'.repeat(64)]);
    expect(records[1]?.error).toBe('server: 503');
    expect(tornTail).toBe(false);
    expect(invalid).toEqual([]);
  });

  it('ignores a torn last line, and cuts it before appending again', async () => {
    const path = join(dir, 'calls.jsonl');
    const whole = JSON.stringify(sampleRecord({ key: '1'.repeat(64) }));
    writeFileSync(path, `${whole}\n${whole.slice(0, 40)}`);
    expect(readJournal(path)).toMatchObject({ tornTail: true, invalid: [] });
    expect(readJournal(path).records).toHaveLength(1);

    const journal = openJournal(path);
    journal.append(sampleRecord({ key: '3'.repeat(64) }));
    await journal.close();
    const after = readJournal(path);
    expect(after.records.map((r) => r.key)).toEqual(['1'.repeat(64), '3'.repeat(64)]);
    expect(after.tornTail).toBe(false);
    expect(readFileSync(path, 'utf8').endsWith('\n')).toBe(true);
  });

  it('cuts a torn line longer than the chunk it reads the end by, and a file that is all torn', async () => {
    const path = join(dir, 'calls.jsonl');
    const whole = JSON.stringify(sampleRecord({ key: '1'.repeat(64) }));
    // Many lines, then a torn line of 200 KB (a long evidence quote cut mid-write).
    writeFileSync(path, `${`${whole}\n`.repeat(500)}${whole.slice(0, 30)}${'x'.repeat(200_000)}`);
    const journal = openJournal(path);
    journal.append(sampleRecord({ key: '4'.repeat(64) }));
    await journal.close();
    const after = readJournal(path);
    expect(after.records).toHaveLength(501);
    expect(after.records.at(-1)?.key).toBe('4'.repeat(64));
    expect(after.tornTail).toBe(false);

    const allTorn = join(dir, 'torn.jsonl');
    writeFileSync(allTorn, whole.slice(0, 50));
    await openJournal(allTorn).close();
    expect(readFileSync(allTorn, 'utf8')).toBe('');
  });

  it('reports invalid complete lines with their line numbers instead of throwing', () => {
    const path = join(dir, 'calls.jsonl');
    const whole = JSON.stringify(sampleRecord());
    appendFileSync(path, `${whole}\nnot json\n{"key":"x"}\n${whole}\n`);
    const { records, invalid } = readJournal(path);
    expect(records).toHaveLength(2);
    expect(invalid.map((i) => i.line)).toEqual([2, 3]);
  });

  it('validates records on append', async () => {
    const journal = openJournal(join(dir, 'calls.jsonl'));
    expect(() => journal.append({ ...sampleRecord(), attempts: -1 })).toThrow();
    await journal.close();
  });

  it('loses no acknowledged record when the writer is SIGKILLed mid-stream', async () => {
    const path = join(dir, 'calls.jsonl');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'test-fixtures', 'append-forever.ts'), path],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let acknowledged = -1;
    let buffer = '';
    await new Promise<void>((resolve, reject) => {
      child.on('error', reject);
      child.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        for (const line of lines) acknowledged = Math.max(acknowledged, Number(line));
        if (acknowledged >= 200 && child.exitCode === null && !child.killed) {
          child.kill('SIGKILL');
          resolve();
        }
      });
    });
    await new Promise((resolve) => child.on('exit', resolve));
    const { records, invalid } = readJournal(path);
    expect(invalid).toEqual([]);
    expect(records.length).toBeGreaterThanOrEqual(acknowledged + 1);
    expect(records.map((r) => r.latencyMs).slice(0, acknowledged + 1)).toEqual(
      Array.from({ length: acknowledged + 1 }, (_, i) => i),
    );
  });
});

describe('journal group commit', () => {
  /** An fsync that records how many lines the file held when it started, and answers when told. */
  function recordingFsync(path: string, options: { hold?: boolean; fail?: boolean } = {}) {
    const seen: number[] = [];
    const held: Array<() => void> = [];
    const fsync = (fd: number, done: (error: NodeJS.ErrnoException | null) => void) => {
      seen.push(readJournal(path).records.length);
      const finish = () => {
        if (options.fail) return done(Object.assign(new Error('EIO: i/o error'), { code: 'EIO' }));
        // The real call: it throws EBADF if the journal closed the file under a running flush.
        fsyncSync(fd);
        done(null);
      };
      if (options.hold) held.push(finish);
      else setImmediate(finish);
    };
    return {
      fsync,
      seen,
      release: () => {
        for (const f of held.splice(0)) f();
      },
    };
  }

  it('writes each line at once but shares one fsync among many lines', async () => {
    const path = join(dir, 'calls.jsonl');
    const disk = recordingFsync(path);
    const journal = openJournal(path, { fsync: disk.fsync, maxLines: 100, maxDelayMs: 1_000 });
    for (let i = 0; i < 1_000; i++) {
      journal.append(sampleRecord({ key: i.toString(16).padStart(64, '0'), latencyMs: i }));
      // Readable by another process right away: a SIGKILL now would not lose it.
      if (i % 97 === 0) expect(readJournal(path).records).toHaveLength(i + 1);
    }
    await journal.flush();
    // Synchronous appends: the first batch's fsync starts at line 100, the rest wait for flush().
    expect(disk.seen.length).toBeLessThanOrEqual(10);
    expect(disk.seen.at(-1)).toBe(1_000);
    await journal.close();
    expect(readJournal(path).records.map((r) => r.latencyMs)).toEqual(
      Array.from({ length: 1_000 }, (_, i) => i),
    );
  });

  it('flushes a lone line after at most maxDelayMs, without being asked', async () => {
    const path = join(dir, 'calls.jsonl');
    const disk = recordingFsync(path);
    const journal = openJournal(path, { fsync: disk.fsync, maxDelayMs: 5 });
    journal.append(sampleRecord());
    expect(disk.seen).toEqual([]);
    await vi.waitFor(() => expect(disk.seen).toEqual([1]), { timeout: 5_000 });
    await journal.close();
  });

  it('covers lines written during a running fsync with the next one', async () => {
    const path = join(dir, 'calls.jsonl');
    const disk = recordingFsync(path, { hold: true });
    const journal = openJournal(path, { fsync: disk.fsync, maxLines: 2, maxDelayMs: 1_000 });
    journal.append(sampleRecord({ key: 'a'.repeat(64) }));
    journal.append(sampleRecord({ key: 'b'.repeat(64) }));
    expect(disk.seen).toEqual([2]);
    journal.append(sampleRecord({ key: 'c'.repeat(64) }));
    const flushed = journal.flush();
    disk.release();
    await vi.waitFor(() => expect(disk.seen).toEqual([2, 3]));
    disk.release();
    await flushed;
    // close() waits for a running fsync before closing the file (the held one would hit EBADF).
    journal.append(sampleRecord({ key: 'd'.repeat(64) }));
    const closing = journal.close();
    await vi.waitFor(() => expect(disk.seen).toEqual([2, 3, 4]));
    disk.release();
    await closing;
    expect(() => journal.append(sampleRecord())).toThrow(/closed/);
  });

  it('reports a failed fsync on flush and refuses further appends', async () => {
    const path = join(dir, 'calls.jsonl');
    const disk = recordingFsync(path, { fail: true });
    const journal = openJournal(path, { fsync: disk.fsync });
    journal.append(sampleRecord());
    await expect(journal.flush()).rejects.toThrow(/could not flush .*EIO/);
    expect(() => journal.append(sampleRecord())).toThrow(/could not flush/);
    await expect(journal.close()).rejects.toThrow(/could not flush/);
  });
});

describe('indexJournal', () => {
  it('is empty for a missing file', () => {
    const index = indexJournal(join(dir, 'none.jsonl'));
    expect(index.calls.size).toBe(0);
    expect(index.tornTail).toBe(false);
  });

  it('gives what reading the whole journal gives: the last record per key, read back from the file', async () => {
    const path = join(dir, 'calls.jsonl');
    const journal = openJournal(path);
    const keys = Array.from({ length: 3000 }, (_, i) => i.toString(16).padStart(64, '0'));
    // Long records so the file spans several read chunks; a key retried: failed, then ok.
    for (const key of keys)
      journal.append(sampleRecord({ key, outcome: 'failed', error: `server: 503 ${'x'.repeat(400)}` }));
    for (const key of keys.slice(0, 1000)) journal.append(sampleRecord({ key }));
    await journal.close();
    writeFileSync(path, 'not json\n{"key":"torn', { flag: 'a' });

    const whole = readJournal(path);
    const index = indexJournal(path);
    const lastOf = new Map(whole.records.map((r) => [r.key, r]));
    expect(index.calls.size).toBe(lastOf.size);
    for (const key of [keys[0], keys[999], keys[1000], keys[2999]] as string[])
      expect(index.calls.get(key)).toEqual(lastOf.get(key));
    expect([...index.calls.keys()]).toEqual([...lastOf.keys()]);
    expect([...index.calls.values()].filter((r) => r.outcome === 'ok')).toHaveLength(1000);
    expect(index.unfinished.size).toBe(3000);
    expect(index.tornTail).toBe(whole.tornTail);
    expect(index.invalid.map((i) => i.line)).toEqual(whole.invalid.map((i) => i.line));
    expect(index.calls.get('f'.repeat(64))).toBeUndefined();
  });

  it('reads multi-byte text at the right places', async () => {
    const path = join(dir, 'calls.jsonl');
    const journal = openJournal(path);
    journal.append(sampleRecord({ key: 'a'.repeat(64), outcome: 'failed', error: 'ошибка 😀 çà' }));
    journal.append(sampleRecord({ key: 'b'.repeat(64), outcome: 'failed', error: '漢字'.repeat(50) }));
    await journal.close();
    const index = indexJournal(path);
    expect(index.calls.get('b'.repeat(64))?.error).toBe('漢字'.repeat(50));
    expect(index.calls.get('a'.repeat(64))?.error).toBe('ошибка 😀 çà');
  });
});
