import { describe, expect, it } from 'vitest';
import { call, entry, memoryProvider, memoryStore, stage } from './batch-stage.fixture.ts';
import { runBatches } from './run-batches.ts';

describe('runBatches after a crash or an interrupt', () => {
  it('after a crash before the batch id was written, adopts the batch made from the file (no second batch)', async () => {
    const provider = memoryProvider();
    const fileId = await provider.transport.upload(
      'rubricate-test-1.jsonl',
      'x',
      new AbortController().signal,
    );
    await provider.transport.create(fileId, {}, new AbortController().signal);
    provider.log.length = 0;
    const store = memoryStore({ version: 1, entries: [entry({ step: 'uploaded', inputFileId: fileId })] });
    const { args, settled } = stage({ transport: provider.transport, store });
    // The file's lines are the provider's: 'x' is not a request line; the calls stay pending.
    provider.files.set(fileId, ['a', 'b', 'c'].map((k) => JSON.stringify({ custom_id: k })).join('\n'));
    const result = await runBatches(args);
    expect(provider.log.filter((l) => l.startsWith('create') || l.startsWith('upload'))).toEqual([]);
    expect(provider.log[0]).toBe(`find ${fileId}`);
    expect(provider.batches.size).toBe(1);
    expect(settled.map((s) => s.key)).toEqual(['a', 'b', 'c']);
    expect(result.held.size).toBe(0);
  });

  it('after a crash with the file uploaded and no batch yet, creates exactly one', async () => {
    const provider = memoryProvider();
    const fileId = await provider.transport.upload(
      'rubricate-test-1.jsonl',
      ['a', 'b', 'c'].map((k) => JSON.stringify({ custom_id: k })).join('\n'),
      new AbortController().signal,
    );
    provider.log.length = 0;
    const store = memoryStore({ version: 1, entries: [entry({ step: 'uploaded', inputFileId: fileId })] });
    const { args } = stage({ transport: provider.transport, store });
    await runBatches(args);
    expect(provider.log.slice(0, 2)).toEqual([`find ${fileId}`, `create ${fileId}`]);
    expect(provider.batches.size).toBe(1);
  });

  it('a create whose reply was lost is found on the retry, not made twice', async () => {
    const provider = memoryProvider({ lostCreateReplies: 1 });
    const { args, settled } = stage({ transport: provider.transport, store: memoryStore() });
    const result = await runBatches(args);
    expect(provider.log.slice(0, 3)).toEqual([
      'upload rubricate-test-1.jsonl',
      'create file-1',
      'find file-1',
    ]);
    expect(provider.batches.size).toBe(1);
    expect(settled).toHaveLength(3);
    expect(result.problems).toEqual([]);
  });

  it('forgets an upload that never reported back, and uploads those calls again', async () => {
    const provider = memoryProvider();
    const store = memoryStore({ version: 1, entries: [entry({ step: 'uploading', keys: ['a', 'b'] })] });
    const { args, settled } = stage({ transport: provider.transport, store });
    await runBatches(args);
    expect(provider.log.filter((l) => l.startsWith('upload'))).toEqual(['upload rubricate-test-1.jsonl']);
    expect(store.writes.at(-1)?.entries.map((e) => [e.name, e.keys])).toEqual([
      ['rubricate-test-1.jsonl', ['a', 'b', 'c']],
    ]);
    expect(settled).toHaveLength(3);
  });

  it('follows a batch in flight from an earlier process even without submit, and submits nothing new', async () => {
    const provider = memoryProvider();
    const signal = new AbortController().signal;
    const fileId = await provider.transport.upload(
      'f',
      ['a', 'b'].map((k) => JSON.stringify({ custom_id: k })).join('\n'),
      signal,
    );
    const batch = await provider.transport.create(fileId, {}, signal);
    provider.log.length = 0;
    const store = memoryStore({
      version: 1,
      entries: [
        entry({
          step: 'submitted',
          keys: ['a', 'b'],
          inputFileId: fileId,
          batchId: batch.id,
          status: 'validating',
        }),
      ],
    });
    const { args, settled } = stage({ transport: provider.transport, store, submit: false });
    const result = await runBatches(args);
    expect(settled.map((s) => s.key)).toEqual(['a', 'b']);
    // 'c' is in no batch: the online path calls it.
    expect(result.held).toEqual(new Map());
    expect(provider.log.filter((l) => l.startsWith('upload'))).toEqual([]);
  });

  it('an interrupt while polling holds the calls for --resume; the batch is left running', async () => {
    const provider = memoryProvider({ stuck: true });
    const controller = new AbortController();
    const store = memoryStore();
    const { args, settled } = stage({
      transport: provider.transport,
      store,
      signal: controller.signal,
      deps: {
        ...stage({ transport: provider.transport, store }).args.deps,
        sleep: async () => controller.abort(),
      },
    });
    const result = await runBatches(args);
    expect(settled).toEqual([]);
    expect(result.pendingBatchIds).toEqual(['batch_1']);
    expect(result.held).toEqual(new Map(['a', 'b', 'c'].map((k) => [k, 'batch_pending'])));
    expect(result.problems).toEqual([]);
    expect(store.writes.at(-1)?.entries.map((e) => e.step)).toEqual(['submitted']);
  });

  it('settles only pending keys, each once; unknown, repeated and unreadable lines are skipped', async () => {
    const provider = memoryProvider();
    const signal = new AbortController().signal;
    const line = (key: string) =>
      JSON.stringify({
        custom_id: key,
        response: { status_code: 200, body: { choices: [{ message: { content: key } }] } },
      });
    provider.files.set(
      'out',
      [line('a'), line('a'), line('zzz'), '{"torn', line('b'), '', line('c')].join('\n'),
    );
    const fileId = await provider.transport.upload('f', 'x', signal);
    const store = memoryStore({
      version: 1,
      entries: [
        entry({
          step: 'finished',
          keys: ['a', 'b', 'c'],
          inputFileId: fileId,
          batchId: 'batch_9',
          status: 'completed',
          outputFileId: 'out',
        }),
      ],
    });
    // 'c' was settled before (it is no longer pending).
    const { args, settled, notices } = stage({
      transport: provider.transport,
      store,
      calls: [call('a'), call('b')],
    });
    await runBatches(args);
    expect(settled.map((s) => s.key)).toEqual(['a', 'b']);
    expect(notices.at(-1)).toMatch(/2 answered, 1 unreadable line\(s\) ignored/);
  });
});
