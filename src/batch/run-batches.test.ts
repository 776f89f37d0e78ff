import { describe, expect, it } from 'vitest';
import { CallError } from '../resilience/call-error.ts';
import { call, entry, memoryProvider, memoryStore, stage } from './batch-stage.fixture.ts';
import { runBatches } from './run-batches.ts';
import type { BatchTransport } from './schema.ts';

describe('runBatches', () => {
  it('records every step before going on, polls with backoff, and settles every line once', async () => {
    const provider = memoryProvider();
    const store = memoryStore();
    const { args, sleeps, settled } = stage({ transport: provider.transport, store });
    const result = await runBatches(args);
    expect(store.writes.map((w) => w.entries.map((e) => `${e.step}:${e.status}`).join())).toEqual([
      'uploading:null',
      'uploaded:null',
      'submitted:validating',
      'submitted:in_progress',
      'submitted:finalizing',
      'finished:completed',
      'collected:completed',
    ]);
    expect(provider.log).toEqual([
      'upload rubricate-test-1.jsonl',
      'create file-1',
      'retrieve batch_1',
      'retrieve batch_1',
      'retrieve batch_1',
      'download out-batch_1',
    ]);
    expect(sleeps).toEqual([100, 150]);
    expect(settled.map((s) => [s.key, s.content, s.batch])).toEqual([
      ['a', '{"for":"a"}', 'batch_1'],
      ['b', '{"for":"b"}', 'batch_1'],
      ['c', '{"for":"c"}', 'batch_1'],
    ]);
    expect(result).toEqual({
      settled: new Set(['a', 'b', 'c']),
      held: new Map(),
      problems: [],
      pendingBatchIds: [],
    });
    const uploaded = (provider.files.get('file-1') ?? '')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(uploaded.map((l) => [l.custom_id, l.method, l.url, l.body.messages[0].content])).toEqual([
      ['a', 'POST', '/v1/chat/completions', 'ask a'],
      ['b', 'POST', '/v1/chat/completions', 'ask b'],
      ['c', 'POST', '/v1/chat/completions', 'ask c'],
    ]);
  });

  it('prints a progress line on each change, and every 5 minutes while nothing changes', async () => {
    const provider = memoryProvider({ stuck: true });
    const controller = new AbortController();
    let time = Date.parse('2025-01-01T00:00:00Z');
    const { args, notices } = stage({ transport: provider.transport, store: memoryStore() });
    await runBatches({
      ...args,
      poll: { firstMs: 60_000, maxMs: 60_000 },
      signal: controller.signal,
      deps: {
        ...args.deps,
        clock: () => new Date(time),
        sleep: async (ms) => {
          time += ms;
          // 12 minutes of polling a batch stuck in progress.
          if (time >= Date.parse('2025-01-01T00:12:00Z')) controller.abort();
        },
      },
    });
    const progress = notices.filter((n) => n.startsWith('batch 1/1 batch_1 '));
    expect(progress).toEqual([
      'batch 1/1 batch_1 (m1, 3 requests): in_progress (0s)',
      'batch 1/1 batch_1 (m1, 3 requests): in_progress (5m 00s)',
      'batch 1/1 batch_1 (m1, 3 requests): in_progress (10m 00s)',
    ]);
  });

  it('caps the backoff at poll.maxMs', async () => {
    const provider = memoryProvider({ stuck: true });
    const { args, sleeps } = stage({ transport: provider.transport, store: memoryStore() });
    let polls = 0;
    const controller = new AbortController();
    await runBatches({
      ...args,
      signal: controller.signal,
      deps: {
        ...args.deps,
        sleep: async (ms) => {
          sleeps.push(ms);
          if (++polls === 6) controller.abort();
        },
      },
    });
    expect(sleeps).toEqual([100, 150, 225, 338, 400, 400]);
  });

  it('a provider that cannot be reached while polling: a problem, and the calls held', async () => {
    const provider = memoryProvider({ failRetrieve: true });
    const { args } = stage({ transport: provider.transport, store: memoryStore() });
    const result = await runBatches(args);
    expect(result.problems).toEqual(['checking batch batch_1 failed: server 502: bad gateway']);
    expect([...result.held.values()]).toEqual(['batch_pending', 'batch_pending', 'batch_pending']);
    // One try and two retries.
    expect(provider.log.filter((l) => l.startsWith('retrieve'))).toHaveLength(3);
  });

  it('a refused upload holds every call back (never online behind the user’s back) and stops submitting', async () => {
    const provider = memoryProvider();
    let uploads = 0;
    const transport: BatchTransport = {
      ...provider.transport,
      upload: async () => {
        uploads += 1;
        throw new CallError('client', 'Not Found', { status: 404 });
      },
    };
    const store = memoryStore();
    const { args } = stage({
      transport,
      store,
      calls: [call('a', 'm1'), call('b', 'm2')],
    });
    const result = await runBatches(args);
    expect(uploads).toBe(1);
    expect(result.held).toEqual(
      new Map([
        ['a', 'batch_not_submitted'],
        ['b', 'batch_not_submitted'],
      ]),
    );
    expect(result.problems).toEqual(['uploading rubricate-test-1.jsonl failed: client 404: Not Found']);
    expect(store.writes.at(-1)?.entries).toEqual([]);
  });

  it('admits calls within the budget at batch prices, counting batches not yet collected', async () => {
    const provider = memoryProvider();
    const signal = new AbortController().signal;
    const fileId = await provider.transport.upload('f', JSON.stringify({ custom_id: 'x' }), signal);
    const batch = await provider.transport.create(fileId, {}, signal);
    const inFlight = entry({ step: 'submitted', keys: ['x'], inputFileId: fileId, batchId: batch.id });
    const { args, settled } = stage({
      transport: provider.transport,
      store: memoryStore({ version: 1, entries: [inFlight] }),
      calls: [
        call('a', 'm1', 0.4),
        call('b', 'm1', 0.4),
        call('c', 'm1', 0.1),
        call('d', 'm1', 0.4),
        call('x', 'm1', 0.3),
      ],
      budget: { limitUsd: 1, spentUsd: 0.1 },
    });
    const result = await runBatches(args);
    // 0.1 spent + 0.3 in flight (x) + a 0.4 + c 0.1 = 0.9; b or d would pass $1.
    expect(settled.map((s) => s.key).sort()).toEqual(['a', 'c', 'x']);
    expect(result.held).toEqual(
      new Map([
        ['b', 'budget_reached'],
        ['d', 'budget_reached'],
      ]),
    );
  });

  it('splits files at the limits and by model', async () => {
    const provider = memoryProvider();
    const { args, settled } = stage({
      transport: provider.transport,
      store: memoryStore(),
      calls: [call('a', 'm1'), call('b', 'm2'), call('c', 'm1'), call('d', 'm1')],
      limits: { maxRequests: 2, maxBytes: 10_000 },
    });
    await runBatches(args);
    expect(provider.log.filter((l) => l.startsWith('upload'))).toEqual([
      'upload rubricate-test-1.jsonl',
      'upload rubricate-test-2.jsonl',
      'upload rubricate-test-3.jsonl',
    ]);
    const keysOf = (id: string) =>
      (provider.files.get(id) ?? '')
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { custom_id: string }).custom_id);
    expect([keysOf('file-1'), keysOf('file-2'), keysOf('file-3')]).toEqual([['a', 'c'], ['d'], ['b']]);
    expect(settled.map((s) => s.key).sort()).toEqual(['a', 'b', 'c', 'd']);
  });
});
