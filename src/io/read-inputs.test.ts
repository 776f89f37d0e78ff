import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../errors.ts';
import { findInputFiles, readInputFile } from './read-inputs.ts';

let cwd = '';
const FILES: Readonly<Record<string, string>> = {
  'ts/alex.vtt': 'WEBVTT\n',
  'ts/alex.meta.yaml': 'candidate: Alex Rivera\n',
  'ts/bo.txt': 'Interviewer: hi\n',
  'ts/bo.meta.yml': 'candidate: Bo\n',
  'ts/GMT2024_Recording.transcript.vtt': 'WEBVTT\n',
  'ts/GMT2024_Recording.meta.yaml': 'candidate: Cy\n',
  'ts/sub/cy.srt': '1\n',
  'ts/.hidden.txt': 'x',
  'ts/LICENSE': 'MIT License\n',
  'ts/notes.docx': 'binary',
  'ts/UPPER.VTT': 'WEBVTT\n',
  'other/dee.json': '{}',
};

beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), 'rubricate-inputs-'));
  for (const [name, text] of Object.entries(FILES)) {
    mkdirSync(join(cwd, dirname(name)), { recursive: true });
    writeFileSync(join(cwd, name), text);
  }
});
afterAll(() => {
  rmSync(cwd, { recursive: true, force: true });
});

// A folder yields its transcript-like files only: not LICENSE, not notes.docx.
const TS_FILES = [
  'ts/GMT2024_Recording.transcript.vtt',
  'ts/UPPER.VTT',
  'ts/alex.vtt',
  'ts/bo.txt',
  'ts/sub/cy.srt',
];

describe('findInputFiles', () => {
  it.each<[string, string[], string[]]>([
    ['a directory expands to its files, recursively, without sidecars or dot-files', ['ts'], TS_FILES],
    ['a directory with a trailing slash', ['ts/'], TS_FILES],
    ['a directory written with ./', ['./ts'], TS_FILES],
    ['a glob', ['ts/*.vtt'], ['ts/GMT2024_Recording.transcript.vtt', 'ts/alex.vtt']],
    ['a recursive glob', ['**/*.{srt,json}'], ['other/dee.json', 'ts/sub/cy.srt']],
    ['a plain path', ['ts/bo.txt'], ['ts/bo.txt']],
    ['a file named explicitly is read whatever its extension', ['ts/LICENSE'], ['ts/LICENSE']],
    ['several patterns, merged and sorted', ['other/dee.json', 'ts/*.txt'], ['other/dee.json', 'ts/bo.txt']],
    ['the same file twice', ['ts/bo.txt', 'ts/bo.txt', 'ts/*.txt'], ['ts/bo.txt']],
    [
      'the same file spelled two ways',
      ['./ts/alex.vtt', 'ts/*.vtt'],
      ['ts/GMT2024_Recording.transcript.vtt', 'ts/alex.vtt'],
    ],
  ])('%s', (_, patterns, expected) => {
    expect(findInputFiles(patterns, cwd)).toEqual(expected);
  });

  it('keeps absolute patterns absolute', () => {
    expect(findInputFiles([join(cwd, 'ts', 'bo.txt')], '/')).toEqual([join(cwd, 'ts', 'bo.txt')]);
    expect(findInputFiles([join(cwd, 'other')], '/')).toEqual([join(cwd, 'other', 'dee.json')]);
  });

  it.each([['nope/*.txt'], ['missing.vtt'], ['ts/*.meta.yaml'], ['ts/alex.meta.yaml']])(
    'is a usage error naming a pattern that matches no transcript: %s',
    (pattern) => {
      expect(() => findInputFiles(['ts/bo.txt', pattern], cwd)).toThrow(UsageError);
      expect(() => findInputFiles([pattern], cwd)).toThrow(`\`${pattern}\` matched none`);
    },
  );
});

describe('readInputFile', () => {
  it.each<[string, string | undefined]>([
    ['ts/alex.vtt', 'candidate: Alex Rivera\n'],
    ['ts/bo.txt', 'candidate: Bo\n'],
    ['ts/GMT2024_Recording.transcript.vtt', 'candidate: Cy\n'],
    ['ts/sub/cy.srt', undefined],
  ])('reads %s with its sidecar, if any', (path, sidecar) => {
    const file = readInputFile(path, cwd);
    expect(file.path).toBe(path);
    expect(new TextDecoder().decode(file.bytes)).toBe(FILES[path]);
    expect(file.sidecar).toBe(sidecar);
    if (sidecar === undefined) expect(file).not.toHaveProperty('sidecar');
  });

  it('reads absolute paths', () => {
    expect(readInputFile(join(cwd, 'ts', 'alex.vtt'), '/').sidecar).toBe('candidate: Alex Rivera\n');
  });
});
