import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { CallError } from '../resilience/call-error.ts';
import type { BatchStore } from './batch-book.ts';
import { runBatches } from './run-batches.ts';
import {
  type BatchEntry,
  type BatchInfo,
  type BatchState,
  type BatchTransport,
  EMPTY_BATCH_STATE,
  type ProviderStatus,
} from './schema.ts';
import type { BatchCall, BatchStageArgs } from './stage.ts';

/** A provider in memory: each retrieve moves a batch one status on, unless `stuck`. */
function memoryProvider(
  options: { stuck?: boolean; lostCreateReplies?: number; failRetrieve?: boolean } = {},
) {
  const files = new Map<string, string>();
  const batches = new Map<string, BatchInfo>();
  const log: string[] = [];
  let lost = options.lostCreateReplies ?? 0;
  const order: ProviderStatus[] = ['validating', 'in_progress', 'finalizing', 'completed'];
  const transport: BatchTransport = {
    upload: async (name, content) => {
      log.push(`upload ${name}`);
      const id = `file-${files.size + 1}`;
      files.set(id, content);
      return id;
    },
    create: async (inputFileId) => {
      log.push(`create ${inputFileId}`);
      const info: BatchInfo = {
        id: `batch_${batches.size + 1}`,
        status: 'validating',
        inputFileId,
        outputFileId: null,
        errorFileId: null,
        counts: null,
        errors: [],
      };
      batches.set(info.id, info);
      // The batch exists, but the reply never arrives.
      if (lost-- > 0) throw new CallError('connection', 'socket hang up');
      return info;
    },
    retrieve: async (id) => {
      log.push(`retrieve ${id}`);
      if (options.failRetrieve) throw new CallError('server', 'bad gateway', { status: 502 });
      const info = batches.get(id);
      if (info === undefined) throw new CallError('client', 'no such batch', { status: 404 });
      if (options.stuck && info.status === 'in_progress') return info;
      const next = order[order.indexOf(info.status) + 1] ?? info.status;
      const lines = (files.get(info.inputFileId) ?? '').split('\n').filter(Boolean);
      const done: BatchInfo =
        next === 'completed'
          ? {
              ...info,
              status: next,
              outputFileId: `out-${id}`,
              counts: { total: lines.length, completed: lines.length, failed: 0 },
            }
          : { ...info, status: next };
      if (next === 'completed') {
        files.set(
          `out-${id}`,
          lines
            .map((l) => JSON.parse(l) as { custom_id: string })
            .map((l) =>
              JSON.stringify({
                custom_id: l.custom_id,
                response: {
                  status_code: 200,
                  body: {
                    choices: [{ message: { content: `{"for":"${l.custom_id}"}` }, finish_reason: 'stop' }],
                    usage: { prompt_tokens: 10, completion_tokens: 2 },
                  },
                },
              }),
            )
            .join('\n'),
        );
      }
      batches.set(id, done);
      return done;
    },
    findByInputFile: async (inputFileId) => {
      log.push(`find ${inputFileId}`);
      return [...batches.values()].find((b) => b.inputFileId === inputFileId) ?? null;
    },
    download: async (fileId) => {
      log.push(`download ${fileId}`);
      return files.get(fileId) ?? '';
    },
  };
  return { transport, log, files, batches };
}

/** A store in memory that keeps every state written. */
function memoryStore(initial: BatchState = EMPTY_BATCH_STATE): BatchStore & { writes: BatchState[] } {
  const writes: BatchState[] = [];
  let current = initial;
  return {
    writes,
    read: () => current,
    write: (state) => {
      current = structuredClone(state);
      writes.push(current);
    },
  };
}

const call = (key: string, model = 'm1', usd = 1): BatchCall => ({
  key,
  judge: `openai:${model}`,
  model,
  body: () => ({ model, messages: [{ role: 'user', content: `ask ${key}` }] }),
  estimateUsd: () => usd,
});

function stage(overrides: Partial<BatchStageArgs> & Pick<BatchStageArgs, 'transport' | 'store'>) {
  const sleeps: number[] = [];
  const settled: Array<{ key: string; content: string | null; batch: string | null }> = [];
  const notices: string[] = [];
  const args: BatchStageArgs = {
    calls: [call('a'), call('b'), call('c')],
    submit: true,
    runName: 'rubricate-test',
    limits: { maxRequests: 50_000, maxBytes: 200_000_000 },
    poll: { firstMs: 100, maxMs: 400 },
    retry: { maxRetries: 2, baseDelayMs: 10, maxDelayMs: 20 },
    concurrency: 2,
    budget: { limitUsd: null, spentUsd: 0 },
    settle: async (key, reply, entry) => {
      settled.push({ key, content: reply.content, batch: entry.batchId });
    },
    notice: (m) => notices.push(m),
    signal: new AbortController().signal,
    deps: {
      sleep: async (ms) => {
        sleeps.push(ms);
      },
      random: () => 0.5,
      clock: () => new Date('2025-01-01T00:00:00Z'),
      logger: pino({ level: 'silent' }),
    },
    ...overrides,
  };
  return { args, sleeps, settled, notices };
}

const entry = (patch: Partial<BatchEntry>): BatchEntry => ({
  name: 'rubricate-test-1.jsonl',
  judge: 'openai:m1',
  model: 'm1',
  keys: ['a', 'b', 'c'],
  bytes: 300,
  step: 'uploading',
  inputFileId: null,
  batchId: null,
  status: null,
  counts: null,
  outputFileId: null,
  errorFileId: null,
  errors: [],
  submittedAt: null,
  finishedAt: null,
  ...patch,
});

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
