import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../cli/run-cli.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** The README's "Node API" code block, as written. */
function readmeExample(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Node API'));
  const block = /```js\n([\s\S]*?)```/.exec(section)?.[1];
  if (block === undefined) throw new Error('README has no js block under "## Node API"');
  return block;
}

describe('the Node API, as the README shows it', () => {
  it('runs the README example against the built package (import from "rubricate")', () => {
    expect(existsSync(join(ROOT, 'dist/index.js')), 'dist/ is built by `npm ci` and `npm test`').toBe(true);
    // A project of a user's: the bundled data, rubricate installed in node_modules, a git repository.
    const project = tempDir('rubricate-api-');
    for (const dir of ['rubrics', 'transcripts', 'evals'])
      cpSync(join(ROOT, dir), join(project, dir), { recursive: true });
    mkdirSync(join(project, 'node_modules'));
    symlinkSync(ROOT, join(project, 'node_modules', 'rubricate'), 'dir');
    mkdirSync(join(project, '.git'));
    writeFileSync(join(project, 'example.mjs'), readmeExample());

    const run = spawnSync(process.execPath, ['example.mjs'], {
      cwd: project,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: project },
      timeout: 120_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const out = run.stdout;
    expect(out).toMatch(/^11 questions, version [0-9a-f]+$/m);
    expect(out).toMatch(/^\d+ turns; roles by \w+$/m);
    expect(out).toMatch(/^judged \d+ items$/m);
    expect(out).toMatch(/^complete \{ total: \d+, scored: \d+/m);
    expect(out).toMatch(/(lenient|severe|calibrated|insufficient_data)/);
    expect(out).toMatch(/^eval (passed|failed)$/m);
    expect(out).toMatch(/^error code: (io|usage|rubric_invalid)$/m);
    expect(existsSync(join(project, 'runs/api-example/report.html'))).toBe(true);
    expect(existsSync(join(project, 'runs/api-eval/eval-report.md'))).toBe(true);
  }, 180_000);
});
