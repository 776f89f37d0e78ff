import { describe, expect, it } from 'vitest';
import { formatBatchProgress, formatDuration } from './format-batch-progress.ts';
import type { BatchEntry } from './schema.ts';

const entry: BatchEntry = {
  name: 'rubricate-abc-1.jsonl',
  judge: 'openai:gpt-4o-mini',
  model: 'gpt-4o-mini',
  keys: Array.from({ length: 5000 }, (_, i) => `k${i}`),
  bytes: 1000,
  step: 'submitted',
  inputFileId: 'file-1',
  batchId: 'batch_abc',
  status: 'in_progress',
  counts: { total: 5000, completed: 1200, failed: 3 },
  outputFileId: null,
  errorFileId: null,
  errors: [],
  submittedAt: '2025-01-01T00:00:00.000Z',
  finishedAt: null,
};

describe('formatBatchProgress', () => {
  it('names the batch, model, size, status, counts and time', () => {
    expect(formatBatchProgress(entry, '1/2', 250_000)).toBe(
      'batch 1/2 batch_abc (gpt-4o-mini, 5,000 requests): in_progress, 1,200 done, 3 failed (4m 10s)',
    );
  });

  it('leaves out counts the provider has not given yet', () => {
    const fresh = { ...entry, status: 'validating' as const, counts: { total: 0, completed: 0, failed: 0 } };
    expect(formatBatchProgress(fresh, '2/2', 999)).toBe(
      'batch 2/2 batch_abc (gpt-4o-mini, 5,000 requests): validating (1s)',
    );
    expect(formatBatchProgress({ ...entry, counts: null, status: null, batchId: null }, '1/1', 0)).toBe(
      'batch 1/1 rubricate-abc-1.jsonl (gpt-4o-mini, 5,000 requests): submitted (0s)',
    );
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0s'],
    [59_400, '59s'],
    [60_000, '1m 00s'],
    [3_599_000, '59m 59s'],
    [3_600_000, '1h 00m'],
    [90_061_000, '25h 01m'],
    [-5, '0s'],
  ])('%i ms → %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
