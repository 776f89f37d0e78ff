import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError, UsageError } from '../../errors.ts';
import { loadConfigFile } from './load-config-file.ts';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rubricate-config-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function inputErrorOf(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

describe('loadConfigFile', () => {
  it('returns null when there is no config file and none was asked for', () => {
    expect(loadConfigFile(dir, undefined)).toBeNull();
  });

  it.each([
    ['rubricate.config.yaml', 'concurrency: 3\nreview:\n  interviewerGap: 1\n'],
    ['rubricate.config.yml', 'concurrency: 3\nreview: { interviewerGap: 1 }\n'],
    ['rubricate.config.json', '{ "concurrency": 3, "review": { "interviewerGap": 1 } }\n'],
  ])('finds %s in the working directory', (name, text) => {
    writeFileSync(join(dir, name), text);
    expect(loadConfigFile(dir, undefined)).toEqual({
      path: name,
      values: { concurrency: 3, review: { interviewerGap: 1 } },
    });
  });

  it('prefers the YAML file when several exist', () => {
    writeFileSync(join(dir, 'rubricate.config.json'), '{ "samples": 2 }');
    writeFileSync(join(dir, 'rubricate.config.yaml'), 'samples: 5\n');
    expect(loadConfigFile(dir, undefined)?.values).toEqual({ samples: 5 });
  });

  it('reads --config relative to the working directory, or absolute', () => {
    mkdirSync(join(dir, 'conf'));
    writeFileSync(join(dir, 'conf', 'ci.yaml'), 'quiet: true\n');
    expect(loadConfigFile(dir, 'conf/ci.yaml')).toEqual({ path: 'conf/ci.yaml', values: { quiet: true } });
    const absolute = join(dir, 'conf', 'ci.yaml');
    expect(loadConfigFile('/nonexistent', absolute)?.values).toEqual({ quiet: true });
  });

  it('reads an empty file as no settings', () => {
    writeFileSync(join(dir, 'rubricate.config.yaml'), '# nothing yet\n');
    expect(loadConfigFile(dir, undefined)).toEqual({ path: 'rubricate.config.yaml', values: {} });
  });

  it('is a usage error when --config names a missing file', () => {
    expect(() => loadConfigFile(dir, 'missing.yaml')).toThrow(UsageError);
    expect(() => loadConfigFile(dir, 'missing.yaml')).toThrow(/missing\.yaml/);
  });

  it.each([
    ['an unclosed flow sequence', 'model: gpt-4o\nconcurrency: 2\nformat: [md, html\nquiet: true\n', 4],
    ['a bad indent', 'model: gpt-4o\nreview:\n  interviewerGap: 1\n disagreementSpread: 2\n', 4],
    ['a duplicate key', 'samples: 1\nmodel: a\nsamples: 2\n', 3],
    ['broken JSON', '{\n  "samples": 1,\n  "model": "a"\n  "quiet": true\n}\n', 4],
  ])('names the file and line of a syntax error: %s', (_, text, line) => {
    writeFileSync(join(dir, 'rubricate.config.yaml'), text);
    const error = inputErrorOf(() => loadConfigFile(dir, undefined));
    expect(error.code).toBe('config_invalid');
    expect(error.file).toBe('rubricate.config.yaml');
    expect(error.line).toBe(line);
    expect(error.message).toMatch(new RegExp(`^rubricate\\.config\\.yaml:${line}: expected YAML or JSON`));
  });

  it.each([
    ['a list', '- concurrency: 2\n'],
    ['a scalar', 'just text\n'],
  ])('rejects %s at the top level', (_, text) => {
    writeFileSync(join(dir, 'c.yaml'), text);
    const error = inputErrorOf(() => loadConfigFile(dir, 'c.yaml'));
    expect(error.file).toBe('c.yaml');
    expect(error.detail).toContain('mapping');
  });
});
