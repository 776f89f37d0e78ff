/**
 * The batch runner against the in-repo fake OpenAI server (real HTTP on 127.0.0.1, the real SDK):
 * throughput and per-call overhead with no faults, then under a fault mix (10% 429, 5% 5xx,
 * 2% hangs, 5% malformed). A plain script, not a test. Run: `npm run bench`.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from '../src/cli/program.ts';
import type { Summary } from '../src/report/schema.ts';
import { type FaultMix, faultMixPolicy } from '../test/fake-openai/fault-mix.ts';
import { startFakeOpenAI } from '../test/fake-openai/server.ts';

const ROOT = resolve(import.meta.dirname, '..');
const TARGET_CALLS = Number(process.argv[2] ?? 400);
const LATENCY_MS = 20;
const CONCURRENCY = 8;

async function runOnce(label: string, faults: FaultMix | null): Promise<void> {
  const server = await startFakeOpenAI(
    faults === null
      ? { policy: () => ({ kind: 'verdict', rating: 3, latencyMs: LATENCY_MS }) }
      : { policy: faultMixPolicy({ ...faults, latencyMs: [LATENCY_MS, LATENCY_MS] }, 11) },
  );
  const dir = mkdtempSync(join(tmpdir(), 'rubricate-bench-'));
  writeFileSync(
    join(dir, 'rubricate.config.yaml'),
    'retryBaseMs: 20\nretryMaxMs: 500\ntimeoutMs: 500\nmaxRetries: 8\n',
  );
  // About 85 judged items per pass over the bundled transcripts: samples scale to the target.
  const samples = Math.max(1, Math.round(TARGET_CALLS / 85));
  const started = performance.now();
  const code = await runCli(
    [
      'score',
      join(ROOT, 'transcripts'),
      '--rubric',
      join(ROOT, 'rubrics/interview-rubric.md'),
      '--out',
      join(dir, 'run'),
      '--judge',
      'openai',
      '--samples',
      String(samples),
      '--concurrency',
      String(CONCURRENCY),
      '--no-cache',
      '--quiet',
    ],
    {
      cwd: dir,
      env: { OPENAI_API_KEY: 'sk-bench', OPENAI_BASE_URL: server.baseUrl },
      stdout: () => {},
      stderr: () => {},
      isTTY: false,
      homedir: dir,
    },
  );
  const wall = performance.now() - started;
  await server.close();
  const summary = JSON.parse(readFileSync(join(dir, 'run', 'summary.json'), 'utf8')) as Summary;
  const ideal = ((summary.llm.calls + summary.llm.retries) * LATENCY_MS) / CONCURRENCY;
  console.log(
    `  ${label.padEnd(10)} exit ${code} · ${summary.llm.calls} calls + ${summary.llm.retries} retries in ${(wall / 1000).toFixed(2)} s` +
      ` → ${((summary.llm.calls / wall) * 1000).toFixed(0)} calls/s · p50 ${summary.timing.p50CallMs} ms · p95 ${summary.timing.p95CallMs} ms` +
      ` · ideal ${(ideal / 1000).toFixed(2)} s · in review ${summary.items.needsReview}/${summary.items.total}`,
  );
}

console.log(`llm runner: fake endpoint, ${LATENCY_MS} ms latency, concurrency ${CONCURRENCY}`);
await runOnce('clean', null);
await runOnce('faulty', {
  rateLimited: 0.1,
  serverError: 0.05,
  hang: 0.02,
  malformed: 0.05,
  retryAfterMs: 100,
});
