import { describe, expect, it } from 'vitest';
import { CallRecordSchema } from './call-record.ts';
import { latestRecordPerKey, summarizeCalls } from './summarize-calls.ts';
import { sampleRecord } from './test-fixtures/sample-record.ts';

describe('summarizeCalls', () => {
  it('sums counters and tokens, counting cache hits apart', () => {
    const usage = { inputTokens: 100, cachedInputTokens: 40, outputTokens: 10 };
    const zero = { inputTokens: 0, cachedInputTokens: 0, outputTokens: 0 };
    const records = [
      sampleRecord({ key: '1', attempts: 3, retries: 2, rateLimited: 1, timeouts: 1, usage }),
      sampleRecord({ key: '2', outcome: 'failed', attempts: 4, retries: 3, timeouts: 4, usage: zero }),
      sampleRecord({ key: '3', outcome: 'invalid', attempts: 2, retries: 1, usage }),
      sampleRecord({ key: '4', outcome: 'cache_hit', attempts: 0, retries: 0, usage: zero }),
    ];
    expect(summarizeCalls(records)).toEqual({
      calls: 3,
      cacheHits: 1,
      retries: 6,
      rateLimited: 1,
      timeouts: 5,
      failures: 1,
      invalid: 1,
      inputTokens: 200,
      cachedInputTokens: 80,
      outputTokens: 20,
    });
  });

  it('keeps the last record per key, in first-seen order', () => {
    const records = [
      sampleRecord({ key: 'a', outcome: 'failed' }),
      sampleRecord({ key: 'b' }),
      sampleRecord({ key: 'a', outcome: 'ok' }),
    ];
    expect(latestRecordPerKey(records).map((r) => [r.key, r.outcome])).toEqual([
      ['a', 'ok'],
      ['b', 'ok'],
    ]);
  });
});

describe('CallRecordSchema', () => {
  it('has no field that could carry a key or headers', () => {
    expect(Object.keys(CallRecordSchema.shape).filter((k) => /key|header|auth/i.test(k))).toEqual([
      'key',
      'itemKey',
    ]);
  });
});
