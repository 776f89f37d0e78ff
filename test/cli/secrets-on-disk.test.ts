import {
  chmodSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT, tempDir } from './run-cli.ts';

const RUBRIC = join(ROOT, 'rubrics/interview-rubric.md');
const TRANSCRIPT = join(ROOT, 'test/fixtures/transcripts/teams.vtt');
const mode = (path: string) => statSync(path).mode & 0o777;

/** Every file and folder under `dir`, depth first. */
function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(entry.parentPath, entry.name);
    return entry.isDirectory() ? [path, ...walk(path)] : [path];
  });
}

async function score(cwd: string, extra: readonly string[] = []) {
  return cli(['score', TRANSCRIPT, '--rubric', RUBRIC, '--cache-dir', 'cache', '--quiet', ...extra], {
    cwd,
  });
}

describe('secrets and personal data on disk', () => {
  it('a run holds no copy of the cache secret, only a derived key; files 600, folders 700', async () => {
    const cwd = tempDir();
    const first = await score(cwd, ['--out', 'runs/a']);
    expect(first.code, first.stderr).toBe(0);
    const secret = readFileSync(join(cwd, 'cache', 'secret.key'), 'utf8').trim();
    expect(secret).toMatch(/^[0-9a-f]{64}$/);

    const run = join(cwd, 'runs', 'a');
    const key = readFileSync(join(run, 'run.key'), 'utf8');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(key).not.toBe(secret);
    expect(readdirSync(run)).not.toContain('secret.key');
    for (const path of walk(run)) {
      const stat = statSync(path);
      expect(stat.mode & 0o777, relative(cwd, path)).toBe(stat.isDirectory() ? 0o700 : 0o600);
      if (stat.isFile()) expect(readFileSync(path, 'utf8'), relative(cwd, path)).not.toContain(secret);
    }
    expect(mode(run)).toBe(0o700);
    expect(mode(join(cwd, 'cache'))).toBe(0o700);
    expect(mode(join(cwd, 'cache', 'secret.key'))).toBe(0o600);

    // Same rubric, same prompt version: the same derived key, so prompts and cache keys match.
    const second = await score(cwd, ['--out', 'runs/b']);
    expect(second.code, second.stderr).toBe(0);
    expect(readFileSync(join(cwd, 'runs', 'b', 'run.key'), 'utf8')).toBe(key);
  });

  it('writes a .gitignore of `*` into the runs folder it creates, and only there', async () => {
    const cwd = tempDir();
    expect((await score(cwd, ['--out', 'runs/a'])).code).toBe(0);
    expect(readFileSync(join(cwd, 'runs', '.gitignore'), 'utf8')).toMatch(/^\*$/m);
    expect(mode(join(cwd, 'runs'))).toBe(0o700);
    expect(readdirSync(join(cwd, 'runs', 'a'))).not.toContain('.gitignore');

    // An existing folder is left alone; the new run folder is the one that gets ignored.
    mkdirSync(join(cwd, 'mine'), { mode: 0o755 });
    expect((await score(cwd, ['--out', 'mine/b'])).code).toBe(0);
    expect(readdirSync(join(cwd, 'mine'))).toEqual(['b']);
    expect(mode(join(cwd, 'mine'))).toBe(0o755);
    expect(readFileSync(join(cwd, 'mine', 'b', '.gitignore'), 'utf8')).toMatch(/^\*$/m);
  });

  it.each<[string, (path: string) => void, RegExp]>([
    [
      'world-writable',
      (path) => {
        writeFileSync(path, 'a'.repeat(64));
        chmodSync(path, 0o666);
      },
      /writable by group or others \(mode 666\)/,
    ],
    [
      'group-writable',
      (path) => {
        writeFileSync(path, 'b'.repeat(64));
        chmodSync(path, 0o620);
      },
      /writable by group or others/,
    ],
    [
      'a symbolic link',
      (path) => {
        writeFileSync(`${path}.real`, 'c'.repeat(64), { mode: 0o600 });
        symlinkSync(`${path}.real`, path);
      },
      /symbolic link/,
    ],
    ['not a secret', (path) => writeFileSync(path, 'hello\n', { mode: 0o600 }), /64-hex-digit/],
  ])('refuses a planted cache secret that is %s: exit 2, nothing judged', async (_, plant, why) => {
    const cwd = tempDir();
    mkdirSync(join(cwd, 'cache'));
    plant(join(cwd, 'cache', 'secret.key'));
    const { code, stderr } = await score(cwd, ['--out', 'runs/a']);
    expect(code).toBe(2);
    expect(stderr).toMatch(why);
    expect(stderr).toContain('secret.key');
    expect(stderr).not.toContain('internal error');
    expect(readdirSync(cwd)).not.toContain('runs');
  });

  it('resumes with the stored run key, and refuses a run key others could have written', async () => {
    const cwd = tempDir();
    expect((await score(cwd, ['--out', 'runs/a'])).code).toBe(0);
    const resumed = await cli(['score', '--resume', 'runs/a', '--quiet'], { cwd });
    expect(resumed.code, resumed.stderr).toBe(0);
    chmodSync(join(cwd, 'runs', 'a', 'run.key'), 0o646);
    const refused = await cli(['score', '--resume', 'runs/a', '--quiet'], { cwd });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/run\.key: it is writable by group or others/);
  });
});
