import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { ItemResult } from '../../src/aggregate/schema.ts';
import type { BatchState } from '../../src/batch/schema.ts';
import type { CallRecord } from '../../src/cache/call-record.ts';
import { ROOT } from '../cli/run-cli.ts';
import type { ChatRequestInfo } from '../fake-openai/parse-chat-request.ts';
import { type FakeOpenAI, startFakeOpenAI } from '../fake-openai/server.ts';
import { RUBRIC, readJson, readJsonl, scoreWith, TEST_API_KEY, TRANSCRIPTS, workDir } from './helpers.ts';

let server: FakeOpenAI | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** The same verdict for the same item and sample, online or in a batch, whatever the nonce. */
const seeded = (info: ChatRequestInfo) => ({
  kind: 'verdict' as const,
  rating: 1 + (Number.parseInt(info.promptKey.slice(8, 12), 16) % 4),
  seed: Number.parseInt(info.promptKey.slice(0, 8), 16),
});

function batchState(out: string): BatchState | null {
  const path = join(out, 'batches.json');
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as BatchState;
  } catch {
    return null;
  }
}

describe('--batch-api: SIGKILL between upload and completion, then --resume', () => {
  it('picks up the batch in flight: no second upload, no second batch, the same results as online', async () => {
    server = await startFakeOpenAI({
      policy: ({ info }) => seeded(info),
      batch: { line: ({ info }) => seeded(info) },
    });
    const transcripts = [
      join(TRANSCRIPTS, '01-backend-senior-alex-rivera.txt'),
      join(TRANSCRIPTS, '02-platform-staff-priya-raman.md'),
    ];
    const args = [...transcripts, '--rubric', RUBRIC, '--judge', 'openai', '--no-cache'];
    const config = { batchPollMs: 20, batchPollMaxMs: 50 };

    const refDir = workDir(config);
    const reference = await scoreWith(server.baseUrl, refDir, [...args, '--out', join(refDir, 'run')]);
    expect(reference.code, reference.stderr).toBe(0);
    const onlineRequests = server.log.length;

    // The batch stays in progress until released: the child is killed while it polls.
    server.batchApi.hold(true);
    const dir = workDir(config);
    const out = join(dir, 'run');
    const child = spawn(
      process.execPath,
      [join(ROOT, 'bin/rubricate.js'), 'score', ...args, '--batch-api', '--out', out, '--quiet'],
      {
        cwd: dir,
        env: { ...process.env, OPENAI_API_KEY: TEST_API_KEY, OPENAI_BASE_URL: server.baseUrl },
        stdio: 'ignore',
      },
    );
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    const deadline = Date.now() + 30_000;
    const retrieves = () =>
      server?.batchApi.requests.filter((r) => r.startsWith('GET /v1/batches/')).length ?? 0;
    const polling = () => batchState(out)?.entries[0]?.status === 'in_progress' && retrieves() >= 3;
    while (!polling() && Date.now() < deadline) await delay(10);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const killed = batchState(out);
    expect(killed?.entries.map((e) => [e.step, e.status])).toEqual([['submitted', 'in_progress']]);
    const batchId = server.batchApi.batches[0]?.id;
    expect(killed?.entries[0]?.batchId).toBe(batchId);
    expect(server.batchApi.uploads).toHaveLength(1);
    expect(readJson<{ status: string }>(join(out, 'run.json')).status).toBe('running');

    server.batchApi.hold(false);
    const resumed = await scoreWith(server.baseUrl, dir, ['--resume', out]);
    expect(resumed.code, resumed.stderr).toBe(0);

    const posts = (path: string) => server?.batchApi.requests.filter((r) => r === `POST ${path}`).length;
    expect(posts('/v1/files')).toBe(1);
    expect(posts('/v1/batches')).toBe(1);
    expect(server.log.length, 'no call was made online').toBe(onlineRequests);
    const calls = readJsonl<CallRecord>(join(out, 'calls.jsonl'));
    expect(calls.length).toBe(server.batchApi.uploads[0]?.lines.length);
    for (const call of calls) expect(call.batch?.id).toBe(batchId);
    expect(batchState(out)?.entries.map((e) => [e.step, e.status])).toEqual([['collected', 'completed']]);

    const outcomes = (path: string) =>
      Object.fromEntries(
        readJsonl<ItemResult>(path).map((i) => [i.key, [i.status, i.rating, i.reviewReasons.join(',')]]),
      );
    expect(outcomes(join(out, 'results.jsonl'))).toEqual(outcomes(join(refDir, 'run', 'results.jsonl')));
  });
});
