import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { ItemResult } from '../../src/aggregate/schema.ts';
import type { CallRecord } from '../../src/cache/call-record.ts';
import { ROOT } from '../cli/run-cli.ts';
import { type FakeOpenAI, startFakeOpenAI } from '../fake-openai/server.ts';
import { RUBRIC, readJsonl, scoreWith, TEST_API_KEY, TRANSCRIPTS, workDir } from './helpers.ts';

let server: FakeOpenAI | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A deterministic rating per item, so two runs over the same items must agree. */
const rateOf = (item: string) =>
  (Number.parseInt(createHash('sha256').update(item).digest('hex').slice(0, 4), 16) % 4) + 1;

function completeLines(path: string): number {
  if (!existsSync(path)) return 0;
  return readFileSync(path, 'utf8').split('\n').length - 1;
}

describe('SIGKILL mid-run, then --resume', () => {
  it('loses no completed call, repeats none, and ends with the same results as an uninterrupted run', async () => {
    server = await startFakeOpenAI({
      // Seeded by the prompt without its nonce: the two runs below use different nonce secrets
      // (--no-cache), and must still get the same verdict for the same item and sample.
      policy: ({ info }) => ({
        kind: 'verdict',
        rating: rateOf(info.item),
        seed: Number.parseInt(info.promptKey.slice(0, 8), 16),
        latencyMs: 15,
      }),
    });
    const args = [
      TRANSCRIPTS,
      '--rubric',
      RUBRIC,
      '--judge',
      'openai',
      '--samples',
      '2',
      '--no-cache',
      '--concurrency',
      '3',
    ];

    // The uninterrupted reference run.
    const refDir = workDir();
    const reference = await scoreWith(server.baseUrl, refDir, [...args, '--out', join(refDir, 'run')]);
    expect(reference.code, reference.stderr).toBe(0);
    const totalCalls = readJsonl<CallRecord>(join(refDir, 'run', 'calls.jsonl')).length;
    const refSeqEnd = server.log.length;

    // The same run in a real child process, killed with SIGKILL part-way.
    const dir = workDir();
    const out = join(dir, 'run');
    const child = spawn(
      process.execPath,
      [join(ROOT, 'bin/rubricate.js'), 'score', ...args, '--out', out, '--quiet'],
      {
        cwd: dir,
        env: { ...process.env, OPENAI_API_KEY: TEST_API_KEY, OPENAI_BASE_URL: server.baseUrl },
        stdio: 'ignore',
      },
    );
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    const journal = join(out, 'calls.jsonl');
    const deadline = Date.now() + 20_000;
    while (completeLines(journal) < totalCalls / 3 && Date.now() < deadline) await delay(10);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const killedAtSeq = server.log.length;

    const beforeResume = readJsonl<CallRecord>(journal);
    expect(beforeResume.length).toBeGreaterThan(0);
    expect(beforeResume.length).toBeLessThan(totalCalls);
    const completedBodies = new Set(
      beforeResume.map((r) => {
        const seq = Number(r.requestId?.replace('req_fake_', ''));
        return server?.log[seq]?.bodyHash;
      }),
    );
    expect(completedBodies.has(undefined)).toBe(false);

    const resumed = await scoreWith(server.baseUrl, dir, ['--resume', out]);
    expect(resumed.code, resumed.stderr).toBe(0);

    // No completed call was sent again after the kill.
    const afterKill = server.log.slice(killedAtSeq);
    expect(afterKill.filter((e) => completedBodies.has(e.bodyHash))).toEqual([]);
    // Every call made before the kill is still in the journal, and each job is recorded once.
    const finalCalls = readJsonl<CallRecord>(journal);
    for (const record of beforeResume) expect(finalCalls.map((r) => r.key)).toContain(record.key);
    expect(new Set(finalCalls.map((r) => r.key)).size).toBe(totalCalls);
    expect(finalCalls.length).toBe(totalCalls);
    // The killed run's requests plus the resumed ones: no job paid for twice, except calls in
    // flight at the moment of the kill (never completed, so never recorded).
    expect(server.log.length - refSeqEnd).toBeLessThanOrEqual(totalCalls + 3);

    const ratings = (path: string) =>
      Object.fromEntries(
        readJsonl<ItemResult>(path).map((i) => [i.key, [i.status, i.rating, i.reviewReasons.join(',')]]),
      );
    expect(ratings(join(out, 'results.jsonl'))).toEqual(ratings(join(refDir, 'run', 'results.jsonl')));
  });
});
