import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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
    expect(findInputFiles([join(cwd, 'ts', 'b*.txt')], '/')).toEqual([join(cwd, 'ts', 'bo.txt')]);
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

describe('findInputFiles: links, loops and limits', () => {
  let root = '';
  const warnings: string[] = [];
  const find = (patterns: string[], options: { maxFiles?: number; maxDepth?: number } = {}) =>
    findInputFiles(patterns, root, { ...options, warn: (m) => warnings.push(m) });

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'rubricate-links-'));
    const put = (name: string, text: string) => {
      mkdirSync(join(root, dirname(name)), { recursive: true });
      writeFileSync(join(root, name), text);
    };
    put('.env', 'OPENAI_API_KEY=sk-live-0123456789\n');
    put('outside/other.vtt', 'WEBVTT\n');
    put('ts/a.vtt', 'WEBVTT\n');
    put('ts/deep/b.txt', 'Interviewer: hi\n');
    put('ts/c.meta.yaml', 'candidate: C\n');
    put('ts/c.txt', 'Interviewer: hi\n');
    // Links that stay inside the tree: read once, at their real place.
    symlinkSync('a.vtt', join(root, 'ts/latest.vtt'));
    symlinkSync('../a.vtt', join(root, 'ts/deep/again.vtt'));
    // Links that leave the tree, loops and broken links: skipped with a warning.
    symlinkSync('../.env', join(root, 'ts/env.txt'));
    symlinkSync(join(root, 'outside/other.vtt'), join(root, 'ts/other.vtt'));
    symlinkSync('.', join(root, 'ts/loop'));
    symlinkSync('..', join(root, 'ts/up'));
    symlinkSync('self.txt', join(root, 'ts/self.txt'));
    symlinkSync('ping.txt', join(root, 'ts/pong.txt'));
    symlinkSync('pong.txt', join(root, 'ts/ping.txt'));
    symlinkSync('missing.vtt', join(root, 'ts/broken.vtt'));
    symlinkSync('../outside', join(root, 'ts/linked-dir'));
    // A sidecar that links out is ignored, not read.
    symlinkSync('../../.env', join(root, 'ts/deep/b.meta.yaml'));
  });
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it.each([['ts'], ['ts/**/*'], ['ts/**/*.{vtt,txt}']])(
    '%s: each real file inside the tree once; links out, loops and broken links skipped',
    (pattern) => {
      warnings.length = 0;
      expect(find([pattern])).toEqual(['ts/a.vtt', 'ts/c.txt', 'ts/deep/b.txt']);
      const said = warnings.join('\n');
      for (const name of ['env.txt', 'other.vtt', 'self.txt', 'ping.txt', 'pong.txt', 'broken.vtt']) {
        expect(said).toContain(name);
      }
      expect(said).toMatch(/env\.txt: skipped: it links to a file outside ts/);
      expect(said).toMatch(/self\.txt: skipped: it is a link loop/);
      expect(said).toMatch(/broken\.vtt: skipped: it is a broken link/);
      expect(said).not.toContain('sk-live');
      expect(said).not.toMatch(/loop\/|up\/|linked-dir\//);
    },
  );

  it('skips a link named explicitly (as a shell glob would pass it) when it leads out of its folder', () => {
    warnings.length = 0;
    expect(find(['ts/a.vtt', 'ts/env.txt', 'ts/latest.vtt'])).toEqual(['ts/a.vtt']);
    expect(warnings).toEqual([
      expect.stringMatching(/^ts\/env\.txt: skipped: it links to a file outside ts/),
    ]);
  });

  it('caps the depth of a folder walk', () => {
    mkdirSync(join(root, 'nest/1/2/3'), { recursive: true });
    writeFileSync(join(root, 'nest/top.txt'), 'x');
    writeFileSync(join(root, 'nest/1/2/3/bottom.txt'), 'x');
    expect(find(['nest'], { maxDepth: 2 })).toEqual(['nest/top.txt']);
    expect(find(['nest'])).toEqual(['nest/1/2/3/bottom.txt', 'nest/top.txt']);
  });

  it('refuses more files than --max-files allows, naming the flag', () => {
    expect(() => find(['ts'], { maxFiles: 2 })).toThrow(UsageError);
    expect(() => find(['ts'], { maxFiles: 2 })).toThrow(
      /at most 2 transcript files .* matched 3.*--max-files 3/,
    );
    expect(find(['ts'], { maxFiles: 3 })).toHaveLength(3);
  });

  it('never reads a sidecar that links out of the transcript folder', () => {
    warnings.length = 0;
    const file = readInputFile('ts/deep/b.txt', root, { warn: (m) => warnings.push(m) });
    expect(file).not.toHaveProperty('sidecar');
    expect(warnings).toEqual([expect.stringMatching(/b\.meta\.yaml: ignored: it links to a file outside/)]);
    expect(readInputFile('ts/c.txt', root).sidecar).toBe('candidate: C\n');
  });
});
