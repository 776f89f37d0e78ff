import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ItemResult } from '../../src/aggregate/schema.ts';
import type { BatchState } from '../../src/batch/schema.ts';
import type { CallRecord } from '../../src/cache/call-record.ts';
import type { Summary } from '../../src/report/schema.ts';
import type { FakeBatchLineReply } from '../fake-openai/batch-api.ts';
import type { ChatRequestInfo } from '../fake-openai/parse-chat-request.ts';
import {
  type FakeOpenAI,
  type FakeOpenAIOptions,
  type FakeReply,
  startFakeOpenAI,
} from '../fake-openai/server.ts';
import { RUBRIC, readJson, readJsonl, scoreWith, TRANSCRIPTS, workDir } from './helpers.ts';

let server: FakeOpenAI | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const THREE = [
  '01-backend-senior-alex-rivera.txt',
  '02-platform-staff-priya-raman.md',
  '13-distributed-senior-lena-fischer.srt',
].map((f) => join(TRANSCRIPTS, f));

/** Fast polling and short retries; prices where cached input costs the same, so costs compare. */
const BATCH_CONFIG = {
  batchPollMs: 5,
  batchPollMaxMs: 20,
  prices: { 'gpt-4o-mini': { input: 1, cachedInput: 1, output: 2 } },
};

/** The same verdict for the same item and sample, online or in a batch, whatever the nonce. */
const seeded = (info: ChatRequestInfo) => ({
  kind: 'verdict' as const,
  rating: 1 + (Number.parseInt(info.promptKey.slice(8, 12), 16) % 4),
  seed: Number.parseInt(info.promptKey.slice(0, 8), 16),
});

async function start(options: FakeOpenAIOptions = {}): Promise<FakeOpenAI> {
  server = await startFakeOpenAI({
    policy: ({ info }): FakeReply => seeded(info),
    ...options,
    batch: { line: ({ info }): FakeBatchLineReply => seeded(info), ...options.batch },
  });
  return server;
}

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly out: string;
  readonly items: ItemResult[];
  readonly calls: CallRecord[];
  readonly summary: Summary;
}

async function score(dir: string, extra: readonly string[], transcripts = THREE): Promise<Run> {
  const out = join(dir, 'run');
  const base = [...transcripts, '--rubric', RUBRIC, '--out', out, '--judge', 'openai', '--samples', '2'];
  const { code, stdout, stderr } = await scoreWith(server?.baseUrl ?? '', dir, [...base, ...extra]);
  return {
    code,
    stdout,
    stderr,
    out,
    items: readJsonl<ItemResult>(join(out, 'results.jsonl')),
    calls: readJsonl<CallRecord>(join(out, 'calls.jsonl')),
    summary: readJson<Summary>(join(out, 'summary.json')),
  };
}

/** The last record per key: what the run's summary is made of. */
const finalRecords = (calls: readonly CallRecord[]) => [...new Map(calls.map((c) => [c.key, c])).values()];
const outcomes = (items: readonly ItemResult[]) =>
  Object.fromEntries(items.map((i) => [i.key, [i.status, i.rating, i.reviewReasons.join(',')]]));
const byJson = (a: unknown, b: unknown) => JSON.stringify(a).localeCompare(JSON.stringify(b));

describe('score --batch-api against the fake Files and Batches endpoints', () => {
  it('sends the online bodies as one batch and ends with the same results as an online run, at half the price', async () => {
    const fake = await start();
    const onlineDir = workDir(BATCH_CONFIG);
    const online = await score(onlineDir, []);
    expect(online.code, online.stderr).toBe(0);
    const onlineBodies = fake.log.map((e) => e.body);

    // The batch run shares the online run's nonce secret, so it renders byte-identical prompts.
    const batchDir = workDir(BATCH_CONFIG);
    mkdirSync(join(batchDir, 'cache'), { mode: 0o700 });
    copyFileSync(join(onlineDir, 'cache', 'secret.key'), join(batchDir, 'cache', 'secret.key'));
    const batched = await score(batchDir, ['--batch-api']);
    expect(batched.code, batched.stderr).toBe(0);

    // Not one online call: every call went in the one batch.
    expect(fake.log.length).toBe(onlineBodies.length);
    expect(fake.batchApi.uploads).toHaveLength(1);
    expect(fake.batchApi.batches).toHaveLength(1);
    const lines = (fake.batchApi.uploads[0]?.lines ?? []).map(
      (l) => JSON.parse(l) as { custom_id: string; method: string; url: string; body: unknown },
    );
    expect(new Set(lines.map((l) => `${l.method} ${l.url}`))).toEqual(new Set(['POST /v1/chat/completions']));
    // Each line's body is exactly what the online path sent, under the job's request key.
    expect(lines.map((l) => l.body).sort(byJson)).toEqual([...onlineBodies].sort(byJson));
    expect(lines.map((l) => l.custom_id).sort()).toEqual(online.calls.map((c) => c.key).sort());

    expect(outcomes(batched.items)).toEqual(outcomes(online.items));
    expect(batched.summary.items).toEqual(online.summary.items);
    expect(batched.summary.ratings).toEqual(online.summary.ratings);
    expect(batched.summary.llm.calls).toBe(online.summary.llm.calls);
    expect(batched.summary.llm.costUsd).toBeGreaterThan(0);
    expect(batched.summary.llm.costUsd).toBeCloseTo(online.summary.llm.costUsd / 2, 6);
    const batchId = fake.batchApi.batches[0]?.id;
    for (const call of batched.calls) {
      expect(call).toMatchObject({ outcome: 'ok', attempts: 1, retries: 0, batch: { id: batchId } });
      expect(call.batch?.usage).toEqual(call.usage);
    }
    const state = readJson<BatchState>(join(batched.out, 'batches.json'));
    expect(state.entries.map((e) => [e.step, e.status, e.batchId, e.keys.length])).toEqual([
      ['collected', 'completed', batchId, lines.length],
    ]);
    expect(batched.stderr).toMatch(/batch 1\/1 batch_\w+ \(gpt-4o-mini, \d+ requests\): completed/);
  });

  it('splits the requests into files of at most N requests, one model per file', async () => {
    const fake = await start();
    const dir = workDir({ ...BATCH_CONFIG, batchMaxRequests: 7 });
    const run = await score(dir, ['--batch-api', '--model', 'gpt-4o-mini,gpt-4.1-nano']);
    expect(run.code, run.stderr).toBe(0);
    const files = fake.batchApi.uploads.map((u) =>
      u.lines.map((l) => JSON.parse(l) as { custom_id: string; body: { model: string } }),
    );
    const perModel = (model: string) => run.calls.filter((c) => c.model === model).length;
    expect(files).toHaveLength(
      Math.ceil(perModel('gpt-4o-mini') / 7) + Math.ceil(perModel('gpt-4.1-nano') / 7),
    );
    for (const file of files) {
      expect(file.length).toBeLessThanOrEqual(7);
      expect(new Set(file.map((l) => l.body.model)).size).toBe(1);
    }
    expect(
      files
        .flat()
        .map((l) => l.custom_id)
        .sort(),
    ).toEqual(run.calls.map((c) => c.key).sort());
    expect(fake.batchApi.batches.map((b) => b.status)).toEqual(files.map(() => 'completed'));
    expect(fake.log).toHaveLength(0);
    expect(run.summary.status).toBe('complete');
  });

  it('splits at the byte limit too', async () => {
    const fake = await start();
    const dir = workDir({ ...BATCH_CONFIG, batchMaxMb: 0.03 });
    const run = await score(dir, ['--batch-api']);
    expect(run.code, run.stderr).toBe(0);
    const sizes = fake.batchApi.uploads.map((u) => u.lines.reduce((n, l) => n + Buffer.byteLength(l) + 1, 0));
    expect(sizes.length).toBeGreaterThan(1);
    for (const size of sizes) expect(size).toBeLessThanOrEqual(30_000);
    expect(fake.batchApi.uploads.flatMap((u) => u.lines)).toHaveLength(run.calls.length);
  });

  it('retries error-file and expired lines online, and re-asks an invalid line once online', async () => {
    const reply = (index: number, info: ChatRequestInfo): FakeBatchLineReply =>
      index % 6 === 0
        ? { kind: 'error', status: 500, message: 'The server had an error processing this line.' }
        : index % 6 === 1
          ? { kind: 'expired' }
          : index % 6 === 2
            ? { kind: 'content', content: 'Sure! Here is my verdict: {"rating": 4' }
            : seeded(info);
    const fake = await start({ batch: { line: ({ lineIndex, info }) => reply(lineIndex, info) } });
    const dir = workDir(BATCH_CONFIG);
    const run = await score(dir, ['--batch-api']);
    expect(run.code, run.stderr).toBe(0);
    expect(fake.batchApi.batches.map((b) => b.status)).toEqual(['expired']);

    const lines = (fake.batchApi.uploads[0]?.lines ?? []).map((l) => JSON.parse(l) as { custom_id: string });
    const keysAt = (rest: number) =>
      lines
        .filter((_, i) => i % 6 === rest)
        .map((l) => l.custom_id)
        .sort();
    const final = new Map(finalRecords(run.calls).map((c) => [c.key, c]));
    // Failed and expired lines: asked again online (one request each), recorded without a batch.
    const retried = [...keysAt(0), ...keysAt(1)].sort();
    expect(fake.log.filter((e) => !e.repair)).toHaveLength(retried.length);
    for (const key of retried) {
      expect(final.get(key)).toMatchObject({ outcome: 'ok', attempts: 1 });
      expect(final.get(key)?.batch).toBeUndefined();
    }
    // Invalid lines: the batch's reply plus one repair re-ask sent online.
    const repaired = keysAt(2);
    expect(fake.log.filter((e) => e.repair)).toHaveLength(repaired.length);
    for (const key of repaired) {
      expect(final.get(key)).toMatchObject({ outcome: 'ok', attempts: 2, repairAttempted: true, retries: 0 });
      expect(final.get(key)?.batch?.id).toBe(fake.batchApi.batches[0]?.id);
    }
    expect(run.summary.llm.repairs).toBe(repaired.length);
    expect(run.summary.status).toBe('complete');
    expect(run.stderr).toMatch(/not answered, retried online/);
  });

  it('sends everything online when the batch fails validation', async () => {
    const fake = await start({ batch: { failValidation: () => true } });
    const run = await score(workDir(BATCH_CONFIG), ['--batch-api']);
    expect(run.code, run.stderr).toBe(0);
    expect(fake.batchApi.batches.map((b) => b.status)).toEqual(['failed']);
    expect(fake.log).toHaveLength(run.calls.length);
    expect(run.calls.every((c) => c.batch === undefined && c.outcome === 'ok')).toBe(true);
    expect(run.stderr).toMatch(/failed \(line 1: invalid_request: Fake validation failure\.\)/);
  });

  it('an endpoint without the Batch API: exit 3 naming it, nothing sent; --resume --no-batch-api finishes online', async () => {
    const fake = await start({ batch: { refuseWith: 404 } });
    const dir = workDir(BATCH_CONFIG);
    const run = await score(dir, ['--batch-api']);
    expect(run.code).toBe(3);
    expect(fake.log).toHaveLength(0);
    expect(run.stderr).toMatch(
      /batch could not be submitted \(uploading rubricate-\w+-1\.jsonl failed: client 404/,
    );
    expect(run.stderr).toContain(`--resume ${run.out} --no-batch-api`);
    expect(readJson<{ incompleteReasons: string[] }>(join(run.out, 'run.json')).incompleteReasons).toContain(
      'batch_not_submitted',
    );
    expect(readJson<BatchState>(join(run.out, 'batches.json')).entries).toEqual([]);

    const resumed = await scoreWith(fake.baseUrl, dir, ['--resume', run.out, '--no-batch-api']);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(fake.log.length).toBeGreaterThan(0);
    expect(fake.batchApi.requests).toEqual(['POST /v1/files']);
  });

  it('--dry-run --batch-api prints the online and the batch price (half)', async () => {
    await start();
    // Priced, as a local endpoint is otherwise free; dear enough that 4 decimals compare well.
    const dir = workDir({ prices: { 'gpt-4o-mini': { input: 100, cachedInput: 50, output: 200 } } });
    const { code, stdout } = await scoreWith(server?.baseUrl ?? '', dir, [
      ...THREE,
      '--rubric',
      RUBRIC,
      '--judge',
      'openai',
      '--dry-run',
      '--batch-api',
    ]);
    expect(code).toBe(0);
    const total = /estimated cost: \$(\d+\.\d+) with the Batch API \(--batch-api\), \$(\d+\.\d+) online/.exec(
      stdout,
    );
    expect(total, stdout).not.toBeNull();
    const [batch, online] = [Number(total?.[1]), Number(total?.[2])];
    expect(online).toBeGreaterThan(0);
    expect(batch).toBeCloseTo(online / 2, 3);
    expect(online).toBeGreaterThan(1);
    expect(stdout).toMatch(/gpt-4o-mini: \d+ calls, .* \$\d+\.\d+ \(\$\d+\.\d+ with the Batch API\)/);
    expect(server?.batchApi.requests).toEqual([]);
  });

  it('--batch-api with only the offline judge is a usage error', async () => {
    await start();
    const dir = workDir();
    const { code, stderr } = await scoreWith(server?.baseUrl ?? '', dir, [
      ...THREE,
      '--rubric',
      RUBRIC,
      '--judge',
      'heuristic',
      '--batch-api',
      '--out',
      join(dir, 'run'),
    ]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--batch-api.*needs `--judge openai`/);
  });
});
