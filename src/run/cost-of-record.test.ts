import { describe, expect, it } from 'vitest';
import type { CallRecord } from '../cache/call-record.ts';
import { DEFAULT_PRICE_TABLE } from '../cost/price-table.ts';
import { costOfRecord } from './cost-of-record.ts';

const usage = { inputTokens: 1_000_000, cachedInputTokens: 0, outputTokens: 100_000 };
const record = (extra: Partial<CallRecord> = {}): CallRecord => ({
  key: 'k',
  itemKey: 't#q1',
  judge: 'openai:gpt-4o-mini',
  model: 'gpt-4o-mini',
  sample: 0,
  attempts: 1,
  retries: 0,
  rateLimited: 0,
  timeouts: 0,
  repairAttempted: false,
  latencyMs: 1,
  usage,
  outcome: 'ok',
  temperature: 0,
  seed: null,
  promptVersion: 'v',
  at: '2025-01-01T00:00:00.000Z',
  verdict: { judge: 'openai:gpt-4o-mini', model: 'gpt-4o-mini', sample: 0, outcome: 'failed', error: 'x' },
  ...extra,
});

describe('costOfRecord', () => {
  // gpt-4o-mini online: 1M × 0.15 + 0.1M × 0.6 = 0.21
  it('charges an online call at online prices', () => {
    expect(costOfRecord(record(), DEFAULT_PRICE_TABLE, 'openai')).toBeCloseTo(0.21, 10);
  });

  it('charges a batch-answered call at half', () => {
    const batched = record({ batch: { id: 'batch_1', usage } });
    expect(costOfRecord(batched, DEFAULT_PRICE_TABLE, 'openai')).toBeCloseTo(0.105, 10);
  });

  it('charges the online repair after a batch line at online prices', () => {
    const line = { inputTokens: 600_000, cachedInputTokens: 0, outputTokens: 50_000 };
    const repaired = record({ batch: { id: 'batch_1', usage: line }, repairAttempted: true });
    // Batch part: (0.6M × 0.15 + 0.05M × 0.6) / 2 = 0.06; online part: 0.4M × 0.15 + 0.05M × 0.6 = 0.09.
    expect(costOfRecord(repaired, DEFAULT_PRICE_TABLE, 'openai')).toBeCloseTo(0.15, 10);
  });

  it('is free on a local endpoint and 0 for an unknown model', () => {
    expect(costOfRecord(record({ batch: { id: 'b', usage } }), DEFAULT_PRICE_TABLE, 'local')).toBe(0);
    expect(costOfRecord(record({ model: 'mystery' }), DEFAULT_PRICE_TABLE, 'other')).toBe(0);
  });
});
