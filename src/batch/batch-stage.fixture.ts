/** Test doubles for the batch stage: a provider and a store in memory, and default stage arguments. */
import { pino } from 'pino';
import { CallError } from '../resilience/call-error.ts';
import type { BatchStore } from './batch-book.ts';
import { newBatchEntry } from './run-batches.ts';
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
export function memoryProvider(
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
export function memoryStore(initial: BatchState = EMPTY_BATCH_STATE): BatchStore & { writes: BatchState[] } {
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

export const call = (key: string, model = 'm1', usd = 1): BatchCall => ({
  key,
  judge: `openai:${model}`,
  model,
  body: () => ({ model, messages: [{ role: 'user', content: `ask ${key}` }] }),
  estimateUsd: () => usd,
});

export function stage(overrides: Partial<BatchStageArgs> & Pick<BatchStageArgs, 'transport' | 'store'>) {
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

export const entry = (patch: Partial<BatchEntry>): BatchEntry => ({
  ...newBatchEntry('rubricate-test-1.jsonl', {
    judge: 'openai:m1',
    model: 'm1',
    keys: ['a', 'b', 'c'],
    bytes: 300,
  }),
  ...patch,
});
