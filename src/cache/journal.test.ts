import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openJournal, readJournal } from './journal.ts';
import { sampleRecord } from './test-fixtures/sample-record.ts';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rubricate-journal-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('journal', () => {
  it('round-trips appended records; a missing file reads as empty', () => {
    const path = join(dir, 'calls.jsonl');
    expect(readJournal(path)).toEqual({ records: [], tornTail: false, invalid: [] });
    const journal = openJournal(path);
    journal.append(sampleRecord({ key: '1'.repeat(64) }));
    journal.append(sampleRecord({ key: '2'.repeat(64), outcome: 'failed', error: 'server: 503' }));
    journal.close();
    const { records, tornTail, invalid } = readJournal(path);
    expect(records.map((r) => r.key)).toEqual(['1'.repeat(64), '2'.repeat(64)]);
    expect(records[1]?.error).toBe('server: 503');
    expect(tornTail).toBe(false);
    expect(invalid).toEqual([]);
  });

  it('ignores a torn last line, and cuts it before appending again', () => {
    const path = join(dir, 'calls.jsonl');
    const whole = JSON.stringify(sampleRecord({ key: '1'.repeat(64) }));
    writeFileSync(path, `${whole}\n${whole.slice(0, 40)}`);
    expect(readJournal(path)).toMatchObject({ tornTail: true, invalid: [] });
    expect(readJournal(path).records).toHaveLength(1);

    const journal = openJournal(path);
    journal.append(sampleRecord({ key: '3'.repeat(64) }));
    journal.close();
    const after = readJournal(path);
    expect(after.records.map((r) => r.key)).toEqual(['1'.repeat(64), '3'.repeat(64)]);
    expect(after.tornTail).toBe(false);
    expect(readFileSync(path, 'utf8').endsWith('\n')).toBe(true);
  });

  it('reports invalid complete lines with their line numbers instead of throwing', () => {
    const path = join(dir, 'calls.jsonl');
    const whole = JSON.stringify(sampleRecord());
    appendFileSync(path, `${whole}\nnot json\n{"key":"x"}\n${whole}\n`);
    const { records, invalid } = readJournal(path);
    expect(records).toHaveLength(2);
    expect(invalid.map((i) => i.line)).toEqual([2, 3]);
  });

  it('validates records on append', () => {
    const journal = openJournal(join(dir, 'calls.jsonl'));
    expect(() => journal.append({ ...sampleRecord(), attempts: -1 })).toThrow();
    journal.close();
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
