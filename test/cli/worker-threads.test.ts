import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORKERS_FROM_TRANSCRIPTS } from '../../src/run/analyser.ts';
import { cli, ROOT, tempDir } from './run-cli.ts';

const RUBRIC = join(ROOT, 'rubrics/interview-rubric.md');

/** The bundled interviews copied under new names until there are `count` files (ids differ by name). */
function manyTranscripts(count: number): string {
  const dir = tempDir('many-');
  const files = readdirSync(join(ROOT, 'transcripts')).filter((f) => !f.endsWith('.meta.yaml'));
  for (let i = 0; i < count; i++) {
    const file = files[i % files.length] as string;
    copyFileSync(
      join(ROOT, 'transcripts', file),
      join(dir, `copy-${String(i).padStart(3, '0')}${extname(file)}`),
    );
  }
  return dir;
}

/** `score` of `dir` with the offline judge into `out`. */
function scoreArgs(dir: string, out: string): string[] {
  return ['score', dir, '--rubric', RUBRIC, '--judge', 'heuristic', '--out', out, '--quiet'];
}

/** results.jsonl rows without what depends on timing. */
function rows(out: string): unknown[] {
  return readFileSync(join(out, 'results.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line, (key, value) => (key === 'latencyMs' ? undefined : value)));
}

describe('score with worker threads (the compiled CLI, a run long enough for them)', () => {
  it.runIf(availableParallelism() >= 2)(
    'analyses in the workers and writes what one thread writes, row for row',
    async () => {
      const dir = manyTranscripts(WORKERS_FROM_TRANSCRIPTS + 5);
      const threaded = join(tempDir(), 'threaded');
      // The compiled CLI, as users run it (dist/ is built by `npm test`'s pretest).
      expect(existsSync(join(ROOT, 'dist/run/analyse-worker.js'))).toBe(true);
      const run = spawnSync(process.execPath, [join(ROOT, 'bin/rubricate.js'), ...scoreArgs(dir, threaded)], {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? '' },
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(run.status, run.stderr).toBe(0);
      const log = readFileSync(join(threaded, 'run.log'), 'utf8');
      const analysed = log
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { msg?: string; parallel?: number; onCallingThread?: number })
        .find((entry) => entry.msg?.startsWith('transcripts analysed'));
      expect(analysed?.parallel).toBeGreaterThanOrEqual(1);
      expect(analysed?.onCallingThread, 'every transcript analysed in a worker').toBe(0);

      // The same run in this process, from the sources: one thread.
      const single = join(tempDir(), 'single');
      const inProcess = await cli(scoreArgs(dir, single));
      expect(inProcess.code, inProcess.stderr).toBe(0);
      const singleLog = readFileSync(join(single, 'run.log'), 'utf8');
      expect(singleLog).toContain(`"onCallingThread":${WORKERS_FROM_TRANSCRIPTS + 5}`);
      expect(rows(threaded)).toEqual(rows(single));
    },
    180_000,
  );
});
