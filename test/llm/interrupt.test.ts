import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CallRecord } from '../../src/cache/call-record.ts';
import { runCli } from '../../src/cli/program.ts';
import type { Summary } from '../../src/report/schema.ts';
import { type FakeOpenAI, startFakeOpenAI } from '../fake-openai/server.ts';
import { RUBRIC, readJson, readJsonl, scoreWith, TEST_API_KEY, TRANSCRIPTS, workDir } from './helpers.ts';

let server: FakeOpenAI | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('interrupting a run (Ctrl-C)', () => {
  it('stops scheduling, keeps the calls in flight, saves everything, exits 3; --resume finishes', async () => {
    const controller = new AbortController();
    server = await startFakeOpenAI({
      policy: ({ seq }) => {
        if (seq === 10) controller.abort();
        return { kind: 'verdict', rating: 3, latencyMs: 20 };
      },
    });
    const dir = workDir();
    const out = join(dir, 'run');
    let stderr = '';
    const code = await runCli(
      [
        'score',
        TRANSCRIPTS,
        '--rubric',
        RUBRIC,
        '--out',
        out,
        '--judge',
        'openai',
        '--concurrency',
        '3',
        '--no-cache',
      ],
      {
        cwd: dir,
        env: { OPENAI_API_KEY: TEST_API_KEY, OPENAI_BASE_URL: server.baseUrl },
        stdout: () => {},
        stderr: (t) => {
          stderr += t;
        },
        isTTY: false,
        homedir: dir,
        signal: controller.signal,
      },
    );
    expect(code).toBe(3);
    expect(stderr).toContain('interrupted');
    const calls = readJsonl<CallRecord>(join(out, 'calls.jsonl'));
    // The request that triggered the interrupt and the others in flight were allowed to finish.
    expect(calls.filter((c) => c.outcome === 'ok')).toHaveLength(server.log.length);
    expect(readJson<{ incompleteReasons: string[] }>(join(out, 'run.json')).incompleteReasons).toContain(
      'interrupted',
    );

    const sent = server.log.length;
    const resumed = await scoreWith(server.baseUrl, dir, ['--resume', out]);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(readJson<Summary>(join(out, 'summary.json')).status).toBe('complete');
    expect(readJsonl<CallRecord>(join(out, 'calls.jsonl'))).toHaveLength(server.log.length);
    expect(server.log.length).toBeGreaterThan(sent);
  });
});
