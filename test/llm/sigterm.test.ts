import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../cli/run-cli.ts';
import { type FakeOpenAI, startFakeOpenAI } from '../fake-openai/server.ts';
import { RUBRIC, readJson, TEST_API_KEY, TRANSCRIPTS, workDir } from './helpers.ts';

let server: FakeOpenAI | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('SIGTERM (kill, docker stop, a cancelled CI job)', () => {
  it('stops a real run like Ctrl-C: saves, says so, exits 3, resumable', async () => {
    const dir = workDir();
    const out = join(dir, 'run');
    let kill = () => {};
    server = await startFakeOpenAI({
      policy: ({ seq }) => {
        if (seq === 3) kill();
        return { kind: 'verdict', rating: 3, latencyMs: 50 };
      },
    });
    const env = { ...process.env, OPENAI_API_KEY: TEST_API_KEY, OPENAI_BASE_URL: server.baseUrl };
    const args = [join(ROOT, 'bin/rubricate.js'), 'score', TRANSCRIPTS, '--rubric', RUBRIC, '--out', out];
    const child = spawn(
      process.execPath,
      [...args, '--judge', 'openai', '--concurrency', '2', '--no-cache'],
      {
        cwd: dir,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    kill = () => child.kill('SIGTERM');
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code, stderr).toBe(3);
    expect(stderr).toContain('SIGTERM received, stopping');
    expect(stderr).toContain(`--resume ${out}`);
    expect(readJson<{ incompleteReasons: string[] }>(join(out, 'run.json')).incompleteReasons).toContain(
      'interrupted',
    );
    // Far fewer calls than the run has: it stopped scheduling instead of running to the end.
    expect(server.log.length).toBeLessThan(20);
  }, 120_000);
});
