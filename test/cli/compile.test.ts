import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './run-cli.ts';

describe('rubricate compile', () => {
  it('compiles the bundled rubric exactly as written, with the prompt of every question', async () => {
    const { code, stdout } = await cli(['compile', 'rubrics/interview-rubric.md']);
    expect(code).toBe(0);
    const compiled = JSON.parse(stdout);
    expect(compiled.questions.map((q: { id: string }) => q.id)).toEqual([
      'q1',
      'q2',
      'q3',
      'q4',
      'q5',
      'q6',
      'q7',
      'q8',
      'q9',
      'q10',
      'q11',
    ]);
    const q8 = compiled.questions[7];
    expect(q8.section).toBe('Distributed Systems');
    expect(q8.text).toMatch(/^Walk me through how you detect and recover from partial failures/);
    expect(compiled.questions[0].redFlags[0].text).toBe('“I just put functions in a file.”');
    expect(Object.keys(compiled.prompts)).toHaveLength(11);
    expect(compiled.prompts.q5.user).toContain('[q5.g1]');
    expect(compiled.promptVersion).toMatch(/^judge-v\d+/);
  });

  it('--check exits 2 naming file and line for a bad rubric, and writes nothing to stdout', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'bad.md'),
      '# Rubric\n\n## Section\n\n### 1. A question?\n\nJust prose, no flags.\n',
    );
    const { code, stdout, stderr } = await cli(['compile', 'bad.md', '--check'], { cwd: dir });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/bad\.md:\d+: error:/);
  });

  it.each([
    ['empty.md', ''],
    ['binary.md', '\u0000\u0001\u0002PNG'],
    ['none.md', '# Title\n\nNo questions here.\n'],
  ])('rejects %s with exit 2', async (name, content) => {
    const dir = tempDir();
    writeFileSync(join(dir, name), content);
    const { code, stderr } = await cli(['compile', name], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toContain(`${name}:`);
  });

  it('--check --strict exits 1 on warnings only', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'warn.md'),
      '# R\n\n## S\n\n### 1. Only green?\n\n**Green flags:**\n\n- Good thing.\n',
    );
    const plain = await cli(['compile', 'warn.md', '--check'], { cwd: dir });
    const strict = await cli(['compile', 'warn.md', '--check', '--strict'], { cwd: dir });
    expect(plain.code).toBe(0);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/warn\.md:\d+: warning:/);
  });

  it.each([
    [['compile', 'rubrics'], 'Expected a rubric file at `rubrics`, but it is a directory.'],
    [['inspect', 'transcripts'], 'Expected a transcript file at `transcripts`, but it is a directory.'],
    [['calibrate', '--ratings', 'rubrics'], 'Expected a ratings CSV at `rubrics`, but it is a directory.'],
  ])('%j where a file is expected is exit 2, not a crash', async (args, message) => {
    const { code, stderr } = await cli(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it('a missing file is exit 2 with a clear message', async () => {
    const { code, stderr } = await cli(['compile', 'nope.md']);
    expect(code).toBe(2);
    expect(stderr).toContain('nope.md');
  });
});

describe('rubricate diff', () => {
  it('lists a changed flag by content hash', async () => {
    const dir = tempDir();
    const base = '# R\n\n## S\n\n### 1. Q?\n\n**Green flags:**\n\n- Says A.\n\n**Red flags:**\n\n- Says B.\n';
    writeFileSync(join(dir, 'old.md'), base);
    writeFileSync(join(dir, 'new.md'), base.replace('Says B.', 'Says C.'));
    const { code, stdout } = await cli(['diff', 'old.md', 'new.md', '--json'], { cwd: dir });
    expect(code).toBe(0);
    const diff = JSON.parse(stdout);
    expect(diff.versionChanged).toBe(true);
    expect(JSON.stringify(diff)).toContain('Says C.');
  });

  it.each<[string, (base: string) => string, number]>([
    ['a changed flag', (base) => base.replace('Says B.', 'Says C.'), 1],
    ['an added question', (base) => `${base}\n### 2. Another?\n\n**Green flags:**\n\n- Says D.\n`, 1],
    ['whitespace only', (base) => base.replace('- Says A.', '-   Says   A.'), 0],
    ['nothing', (base) => base, 0],
  ])('--exit-code: %s → exit %d, as git diff does', async (_name, edit, want) => {
    const dir = tempDir();
    const base = '# R\n\n## S\n\n### 1. Q?\n\n**Green flags:**\n\n- Says A.\n\n**Red flags:**\n\n- Says B.\n';
    writeFileSync(join(dir, 'old.md'), base);
    writeFileSync(join(dir, 'new.md'), edit(base));
    const { code, stdout } = await cli(['diff', 'old.md', 'new.md', '--exit-code'], { cwd: dir });
    expect(code).toBe(want);
    expect(stdout).toMatch(/^rubric /);
    // Without the flag, a difference is not an error.
    expect((await cli(['diff', 'old.md', 'new.md'], { cwd: dir })).code).toBe(0);
  });
});
