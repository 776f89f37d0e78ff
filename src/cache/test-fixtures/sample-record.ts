import type { CallRecord } from '../call-record.ts';

/** A valid `ok` call record for tests; override any field. */
export function sampleRecord(overrides: Partial<CallRecord> = {}): CallRecord {
  return {
    key: 'a'.repeat(64),
    itemKey: 'alice#q1',
    judge: 'openai:gpt-4o-mini',
    model: 'gpt-4o-mini',
    sample: 0,
    attempts: 1,
    retries: 0,
    rateLimited: 0,
    timeouts: 0,
    repairAttempted: false,
    latencyMs: 120,
    usage: { inputTokens: 900, cachedInputTokens: 0, outputTokens: 200 },
    outcome: 'ok',
    temperature: 0,
    seed: 7,
    promptVersion: 'p1',
    at: '2025-01-01T00:00:00.000Z',
    verdict: {
      outcome: 'ok',
      judge: 'openai:gpt-4o-mini',
      model: 'gpt-4o-mini',
      sample: 0,
      body: {
        findings: [{ flag: 'q1.g1', evidence: ['I measured it'], status: 'present' }],
        injectionSuspected: false,
        rationale: 'One green flag.',
        rating: 3,
      },
    },
    ...overrides,
  };
}
