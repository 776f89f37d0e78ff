import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ItemResult } from '../aggregate/schema.ts';
import { InputError, UsageError } from '../errors.ts';
import type { RunManifest } from '../report/schema.ts';
import { DEFAULT_RULE, DEFAULT_SCALE, type Rubric } from '../rubric/schema.ts';
import { createRunDir, RUN_FILES, readRun, writeJson, writeResults } from './run-store.ts';

let root = '';
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'rubricate-runs-'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

const manifest: RunManifest = {
  tool: { name: 'rubricate', version: '0.1.0' },
  rubric: { id: 'r', path: 'r.md', version: 'v1', hash: 'v1' },
  promptVersion: 'p1',
  judge: {
    kind: 'heuristic',
    models: [],
    samples: 1,
    temperature: null,
    seed: null,
    baseUrl: null,
    crossCheck: false,
  },
  inputs: [],
  startedAt: '2024-01-01T00:00:00.000Z',
  finishedAt: null,
  status: 'running',
  incompleteReasons: [],
  incompleteHints: [],
};

const rubric: Rubric = {
  id: 'r',
  title: 'R',
  version: 'v1',
  sections: [],
  questions: [
    { id: 'q1', number: 1, section: null, text: 'Q?', greenFlags: [], redFlags: [], aliases: [], hash: 'h' },
  ],
  scale: DEFAULT_SCALE,
  rule: DEFAULT_RULE,
  source: { path: 'r.md', format: 'markdown' },
};

const item = (transcript: string): ItemResult => ({
  key: `${transcript}#q1`,
  transcript,
  transcriptPath: `${transcript}.txt`,
  question: 'q1',
  status: 'not_asked',
  alignment: {
    question: 'q1',
    status: 'not_asked',
    turns: null,
    askedAt: null,
    confidence: 1,
    method: 'none',
    answer: '',
  },
  verdicts: [],
  findings: [],
  rating: null,
  ratingLabel: 'not_asked',
  ratingSpread: 0,
  interviewerRating: null,
  needsReview: false,
  reviewReasons: [],
  reviewNotes: [],
  reviewPriority: 0,
});

function writeRun(dir: string, items: readonly ItemResult[] = [item('t1'), item('t2')]): void {
  mkdirSync(dir, { recursive: true });
  writeJson(dir, RUN_FILES.manifest, manifest);
  writeJson(dir, RUN_FILES.rubric, rubric);
  writeResults(dir, items);
}

function inputErrorOf(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

describe('createRunDir', () => {
  it('creates a new directory, parents included', () => {
    const dir = join(root, 'runs', 'a');
    createRunDir(dir);
    expect(existsSync(dir)).toBe(true);
  });

  it('accepts an existing empty directory', () => {
    expect(() => createRunDir(root)).not.toThrow();
  });

  it('refuses a directory that holds a run, pointing at --resume', () => {
    writeRun(root);
    expect(() => createRunDir(root)).toThrow(UsageError);
    expect(() => createRunDir(root)).toThrow(`--resume ${root}`);
  });

  it('refuses a directory with other files in it, and leaves them alone', () => {
    writeFileSync(join(root, 'notes.txt'), 'mine');
    expect(() => createRunDir(root)).toThrow(/new or empty directory/);
    expect(readFileSync(join(root, 'notes.txt'), 'utf8')).toBe('mine');
  });
});

describe('readRun', () => {
  it('reads back what was written', () => {
    const items = [item('t1'), item('t2')];
    writeRun(root, items);
    expect(readRun(root)).toEqual({ manifest, rubric, items });
    expect(readFileSync(join(root, RUN_FILES.results), 'utf8').split('\n')).toHaveLength(3);
  });

  it('reads a run with no results yet as no items', () => {
    writeRun(root);
    rmSync(join(root, RUN_FILES.results));
    expect(readRun(root).items).toEqual([]);
  });

  it('skips blank lines but keeps counting them', () => {
    writeRun(root);
    const path = join(root, RUN_FILES.results);
    const lines = readFileSync(path, 'utf8').split('\n');
    writeFileSync(path, `\n${lines[0]}\n\n${lines[1]}\n\n`);
    expect(readRun(root).items.map((i) => i.transcript)).toEqual(['t1', 't2']);
    writeFileSync(path, `\n${lines[0]}\n\n{oops\n`);
    expect(inputErrorOf(() => readRun(root)).line).toBe(4);
  });

  it('is a usage error when the directory holds no run', () => {
    expect(() => readRun(root)).toThrow(UsageError);
    expect(() => readRun(join(root, 'nope'))).toThrow(/run\.json/);
  });

  it('names a missing rubric.json', () => {
    writeRun(root);
    rmSync(join(root, RUN_FILES.rubric));
    const error = inputErrorOf(() => readRun(root));
    expect(error.code).toBe('run_invalid');
    expect(error.file).toBe(join(root, RUN_FILES.rubric));
  });

  it('names file and line of a corrupt results.jsonl line', () => {
    writeRun(root, [item('t1'), item('t2'), item('t3')]);
    const path = join(root, RUN_FILES.results);
    const lines = readFileSync(path, 'utf8').split('\n');
    lines[2] = (lines[2] ?? '').slice(0, 40);
    writeFileSync(path, lines.join('\n'));
    const error = inputErrorOf(() => readRun(root));
    expect(error.code).toBe('run_invalid');
    expect(error.file).toBe(path);
    expect(error.line).toBe(3);
    expect(error.message).toMatch(
      new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3: expected JSON`),
    );
  });

  it('names file, line and field of a results line that is JSON but not a result', () => {
    writeRun(root);
    const path = join(root, RUN_FILES.results);
    const lines = readFileSync(path, 'utf8').split('\n');
    lines[1] = JSON.stringify({ ...item('t2'), rating: 'high' });
    writeFileSync(path, lines.join('\n'));
    const error = inputErrorOf(() => readRun(root));
    expect([error.file, error.line]).toEqual([path, 2]);
    expect(error.detail).toContain('`rating`');
  });

  it('names the line of a syntax error inside a pretty-printed run.json', () => {
    writeRun(root);
    const path = join(root, RUN_FILES.manifest);
    const text = readFileSync(path, 'utf8').replace('"promptVersion": "p1",', '"promptVersion": "p1"');
    writeFileSync(path, text);
    const error = inputErrorOf(() => readRun(root));
    expect(error.file).toBe(path);
    const expected = text.split('\n').findIndex((l) => l.includes('"promptVersion"')) + 2;
    expect(error.line).toBe(expected);
  });

  it('names the field of a run.json that does not match the schema', () => {
    writeRun(root);
    writeJson(root, RUN_FILES.manifest, { ...manifest, status: 'weird' });
    const error = inputErrorOf(() => readRun(root));
    expect(error.file).toBe(join(root, RUN_FILES.manifest));
    expect(error.detail).toContain('`status`');
  });
});
