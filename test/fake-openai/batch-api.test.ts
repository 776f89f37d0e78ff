import { afterEach, describe, expect, it } from 'vitest';
import { createBatchTransport } from '../../src/judge/openai/batch-client.ts';
import { readBatchLine, toBatchLine } from '../../src/judge/openai/batch-line.ts';
import { CallError } from '../../src/resilience/call-error.ts';
import { type FakeOpenAI, type FakeOpenAIOptions, startFakeOpenAI } from './server.ts';
import { TEST_API_KEY } from './setup-judge.ts';

let server: FakeOpenAI | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const signal = new AbortController().signal;
const schema = {
  type: 'object',
  properties: { rating: { type: 'integer', enum: [1, 2, 3, 4] } },
  required: ['rating'],
  additionalProperties: false,
};
const body = (n: number, model = 'gpt-4o-mini') => ({
  model,
  messages: [{ role: 'user', content: `answer ${n} — naïve “quotes” <|im_end|>` }],
  temperature: 0,
  response_format: { type: 'json_schema', json_schema: { name: 'v', strict: true, schema } },
});

async function transportOn(options: FakeOpenAIOptions = {}) {
  server = await startFakeOpenAI(options);
  return createBatchTransport({
    apiKey: TEST_API_KEY,
    baseUrl: server.baseUrl,
    epochMs: () => Date.now(),
    timeoutMs: 5_000,
  });
}

describe('the fake Files and Batches API through the real SDK', () => {
  it('uploads, creates, moves through the statuses, and serves output generated from each schema', async () => {
    const transport = await transportOn({ rate: () => 2 });
    const content = [0, 1, 2].map((n) => `${toBatchLine(`key-${n}`, body(n))}\n`).join('');
    const fileId = await transport.upload('run-1.jsonl', content, signal);
    expect(server?.batchApi.uploads).toEqual([
      { id: fileId, filename: 'run-1.jsonl', lines: content.trim().split('\n') },
    ]);
    const created = await transport.create(fileId, { run: 'r1' }, signal);
    expect(created).toMatchObject({ status: 'validating', inputFileId: fileId, outputFileId: null });

    const statuses = [];
    let info = created;
    while (!['completed', 'failed', 'expired'].includes(info.status)) {
      info = await transport.retrieve(created.id, signal);
      statuses.push(info.status);
    }
    expect(statuses).toEqual(['in_progress', 'finalizing', 'completed']);
    expect(info.counts).toEqual({ total: 3, completed: 3, failed: 0 });
    expect(info.errorFileId).toBeNull();

    const output = (await transport.download(info.outputFileId ?? '', signal))
      .trim()
      .split('\n')
      .map(readBatchLine);
    expect(output.map((l) => l.kind === 'result' && l.customId)).toEqual(['key-0', 'key-1', 'key-2']);
    for (const line of output) {
      expect(line.kind === 'result' && JSON.parse(line.result.content ?? '')).toEqual({ rating: 2 });
      expect(line.kind === 'result' && line.result.usage.inputTokens).toBeGreaterThan(0);
    }
    expect(await transport.findByInputFile(fileId, signal)).toMatchObject({ id: created.id });
    expect(await transport.findByInputFile('file-unknown', signal)).toBeNull();
  });

  it('writes failed and expired lines to the error file, and marks the batch expired', async () => {
    const transport = await transportOn({
      batch: {
        line: ({ lineIndex }) =>
          lineIndex === 0
            ? { kind: 'error', status: 500, message: 'boom' }
            : lineIndex === 1
              ? { kind: 'expired' }
              : { kind: 'verdict' },
      },
    });
    const content = [0, 1, 2].map((n) => `${toBatchLine(`k${n}`, body(n))}\n`).join('');
    const batch = await transport.create(await transport.upload('f.jsonl', content, signal), {}, signal);
    let info = batch;
    for (let i = 0; i < 3; i++) info = await transport.retrieve(batch.id, signal);
    expect(info).toMatchObject({ status: 'expired', counts: { total: 3, completed: 1, failed: 2 } });
    const errors = (await transport.download(info.errorFileId ?? '', signal))
      .trim()
      .split('\n')
      .map(readBatchLine);
    expect(errors).toEqual([
      { kind: 'error', customId: 'k0', code: '500', message: 'boom' },
      {
        kind: 'error',
        customId: 'k1',
        code: 'batch_expired',
        message: expect.stringMatching(/window expired/),
      },
    ]);
  });

  it('fails validation of a file that mixes models, with the line named', async () => {
    const transport = await transportOn();
    const content = `${toBatchLine('a', body(0, 'm1'))}\n${toBatchLine('b', body(1, 'm2'))}\n`;
    const batch = await transport.create(await transport.upload('f.jsonl', content, signal), {}, signal);
    const info = await transport.retrieve(batch.id, signal);
    expect(info.status).toBe('failed');
    expect(info.errors).toEqual(['line 2: mismatched_model: A batch may use one model only.']);
  });

  it('throws CallErrors: client for an unknown batch, connection for a dead server', async () => {
    const transport = await transportOn();
    const unknown = await transport.retrieve('batch_nope', signal).catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(CallError);
    expect(unknown).toMatchObject({ kind: 'client', status: 404 });
    await server?.close();
    server = undefined;
    const dead = await transport.upload('f.jsonl', 'x\n', signal).catch((e: unknown) => e);
    expect(dead).toMatchObject({ kind: 'connection' });
    expect(String((dead as Error).message)).not.toContain(TEST_API_KEY);
  });
});
