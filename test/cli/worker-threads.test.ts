import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORKERS_FROM_TRANSCRIPTS } from '../../src/run/analyser.ts';
import { startFakeOpenAI } from '../fake-openai/server.ts';
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

/** `score` of `dir` with the offline judge (or `judge`) into `out`. */
function scoreArgs(dir: string, out: string, judge = 'heuristic'): string[] {
  return ['score', dir, '--rubric', RUBRIC, '--judge', judge, '--out', out, '--quiet', '--no-cache'];
}

/**
 * The compiled CLI, as users run it (dist/ is built by `npm test`'s pretest), in a child process
 * this one does not block on (a fake server in this process must go on answering it).
 */
function compiledCli(args: string[], env: Record<string, string> = {}) {
  expect(existsSync(join(ROOT, 'dist/run/analyse-worker.js'))).toBe(true);
  return new Promise<{ status: number | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/rubricate.js'), ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: 120_000,
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

/**
 * A fresh fake OpenAI endpoint for one run: its verdicts depend on the prompt alone (not its
 * nonce), so two runs of the same items get the same verdict per request.
 */
async function withVerdictServer<T>(run: (env: Record<string, string>) => Promise<T>): Promise<T> {
  const server = await startFakeOpenAI({
    policy: ({ info }) => ({ kind: 'verdict', seed: Number.parseInt(info.promptKey.slice(0, 8), 16) }),
  });
  try {
    return await run({ OPENAI_API_KEY: 'sk-test-workers', OPENAI_BASE_URL: server.baseUrl });
  } finally {
    await server.close();
  }
}

/**
 * Rows without what differs between two runs of the same items: the run's nonces (16 hex digits,
 * in the prompt's tags, which the fake judge may quote) and token usage.
 */
function comparable(list: unknown[]): unknown {
  return JSON.parse(JSON.stringify(list).replace(/\b[0-9a-f]{16}\b/g, 'NONCE'), (key, value) =>
    key === 'usage' || key === 'cachedInputTokens' ? undefined : value,
  );
}

/** What run.log says about where transcripts were analysed. */
function analysedIn(out: string) {
  return readFileSync(join(out, 'run.log'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { msg?: string; parallel?: number; onCallingThread?: number })
    .find((entry) => entry.msg?.startsWith('transcripts analysed'));
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
      const run = await compiledCli(scoreArgs(dir, threaded));
      expect(run.status, run.stderr).toBe(0);
      const analysed = analysedIn(threaded);
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

  it.runIf(availableParallelism() >= 2)(
    'with an LLM judge beside the offline one (its calls sent before detection), writes what one thread writes',
    async () => {
      const dir = manyTranscripts(WORKERS_FROM_TRANSCRIPTS + 5);
      const threaded = join(tempDir(), 'threaded');
      const single = join(tempDir(), 'single');
      const args = (out: string) => scoreArgs(dir, out, 'openai,heuristic');
      const status = await withVerdictServer(async (env) => (await compiledCli(args(threaded), env)).status);
      expect([0, 3]).toContain(status);
      expect(analysedIn(threaded)?.onCallingThread, 'detection ran in the workers').toBe(0);
      const code = await withVerdictServer(async (env) => (await cli(args(single), { env })).code);
      expect(code).toBe(status);
      expect(analysedIn(single)?.onCallingThread).toBe(WORKERS_FROM_TRANSCRIPTS + 5);
      const threadedRows = comparable(rows(threaded));
      expect(threadedRows).toEqual(comparable(rows(single)));
      // Suspect answers were judged twice (their stripped twins) on both paths.
      expect(JSON.stringify(threadedRows)).toContain('injection_suspected');
    },
    180_000,
  );
});
