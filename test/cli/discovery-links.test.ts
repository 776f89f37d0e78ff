import { copyFileSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cli, ROOT, tempDir } from './run-cli.ts';

const RUBRIC = join(ROOT, 'rubrics/interview-rubric.md');
const KEY = 'sk-proj-DO-NOT-LEAK-0123456789abcdef';

afterEach(() => {
  vi.restoreAllMocks();
});

/** Everything rubricate printed: through its io, and (until wired there) straight to stderr. */
async function scoreCapturing(args: readonly string[], cwd: string) {
  const direct: string[] = [];
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    direct.push(String(chunk));
    return true;
  });
  const result = await cli(args, { cwd });
  vi.restoreAllMocks();
  return { ...result, printed: `${result.stdout}${result.stderr}${direct.join('')}` };
}

describe('discovery in a hostile transcript folder', () => {
  it('reads each real file once, never a file outside the tree, and finishes', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, '.env'), `OPENAI_API_KEY=${KEY}\nOTHER=1\n`);
    const folder = join(cwd, 'interviews');
    mkdirSync(join(folder, 'nested'), { recursive: true });
    copyFileSync(join(ROOT, 'test/fixtures/transcripts/teams.vtt'), join(folder, 'teams.vtt'));
    copyFileSync(join(ROOT, 'test/fixtures/transcripts/otter.txt'), join(folder, 'nested', 'otter.txt'));
    symlinkSync('../.env', join(folder, 'notes.txt'));
    symlinkSync('../../.env', join(folder, 'nested', 'leak.meta.yaml'));
    symlinkSync('../../.env', join(folder, 'nested', 'otter.meta.yaml'));
    symlinkSync('.', join(folder, 'loop'));
    symlinkSync('..', join(folder, 'up'));
    symlinkSync('a.txt', join(folder, 'b.txt'));
    symlinkSync('b.txt', join(folder, 'a.txt'));
    symlinkSync('teams.vtt', join(folder, 'latest.vtt'));

    const out = join(cwd, 'run');
    const { code, printed } = await scoreCapturing(
      ['score', 'interviews', '--rubric', RUBRIC, '--out', out, '--format', 'md,html,json,csv,junit'],
      cwd,
    );
    expect(code, printed).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')) as {
      inputs: { path: string; status: string }[];
    };
    expect(manifest.inputs.map((i) => [i.path, i.status])).toEqual([
      ['interviews/nested/otter.txt', 'ok'],
      ['interviews/teams.vtt', 'ok'],
    ]);
    expect(printed).toMatch(/notes\.txt: skipped: it links to a file outside interviews/);
    expect(printed).toMatch(/otter\.meta\.yaml: ignored: it links to a file outside its folder/);
    expect(printed).not.toContain(KEY);
    for (const file of readdirSync(out)) {
      expect(readFileSync(join(out, file), 'utf8'), file).not.toContain(KEY);
    }
  });
});
