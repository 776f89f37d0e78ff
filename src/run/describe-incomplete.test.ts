import { describe, expect, it } from 'vitest';
import type { CallRecord } from '../cache/call-record.ts';
import { describeIncomplete, type IncompleteFacts } from './describe-incomplete.ts';

const record = (key: string, outcome: CallRecord['outcome'], error?: string, errorKind?: string) =>
  ({ key, outcome, ...(error ? { error } : {}), ...(errorKind ? { errorKind } : {}) }) as CallRecord;

const facts = (over: Partial<IncompleteFacts> = {}): IncompleteFacts => ({
  dir: 'runs/r1',
  stops: [],
  records: [record('a', 'ok'), record('b', 'cache_hit')],
  previouslyUnfinished: new Set(),
  failedInputs: [],
  budgetUsd: null,
  spentUsd: 0,
  itemsWithoutVerdict: 0,
  host: '127.0.0.1:9',
  ...over,
});

describe('describeIncomplete', () => {
  it('is complete only when every call gave a usable verdict and nothing stopped', () => {
    expect(describeIncomplete(facts())).toEqual({ status: 'complete', reasons: [], hints: [] });
  });

  it('names the batches still running, and says resuming collects them without paying twice', () => {
    const one = describeIncomplete(
      facts({ stops: ['batch_pending'], batch: { problems: [], pendingBatchIds: ['batch_1'] } }),
    );
    expect(one.reasons).toEqual(['batch_pending']);
    expect(one.hints[0]).toBe(
      'an OpenAI batch is still running (batch_1): `rubricate score --resume runs/r1` collects the results when they are done (nothing is uploaded or paid for twice).',
    );
    const two = describeIncomplete(
      facts({
        stops: ['batch_pending', 'interrupted'],
        batch: {
          problems: ['checking batch batch_2 failed: server 502: bad gateway'],
          pendingBatchIds: ['batch_1', 'batch_2'],
        },
      }),
    );
    expect(two.reasons).toEqual(['interrupted', 'batch_pending']);
    expect(two.hints[1]).toMatch(
      /^2 OpenAI batches are still running \(batch_1, batch_2\); checking batch batch_2 failed: server 502/,
    );
  });

  it('says why a batch could not be submitted, and how to go on online', () => {
    const report = describeIncomplete(
      facts({
        stops: ['batch_not_submitted'],
        batch: { problems: ['uploading f.jsonl failed: client 404: Not Found'], pendingBatchIds: [] },
      }),
    );
    expect(report.status).toBe('incomplete');
    expect(report.reasons).toEqual(['batch_not_submitted']);
    expect(report.hints[0]).toMatch(
      /uploading f\.jsonl failed: client 404.*\/v1\/files.*--resume runs\/r1 --no-batch-api/,
    );
  });

  it('is never complete with invalid verdicts, and says how to finish', () => {
    const report = describeIncomplete(facts({ records: [record('a', 'ok'), record('b', 'invalid', 'x')] }));
    expect(report.status).toBe('incomplete');
    expect(report.reasons).toEqual(['items_invalid']);
    expect(report.hints[0]).toMatch(
      /1 call\(s\) returned no valid verdict.*rubricate score --resume runs\/r1/,
    );
  });

  it('does not loop on the same hint when a resume changed nothing', () => {
    const report = describeIncomplete(
      facts({ records: [record('b', 'invalid', 'x')], previouslyUnfinished: new Set(['b']) }),
    );
    expect(report.hints[0]).toMatch(/still returned no valid verdict after resuming.*another --model/);
    expect(report.hints[0]).not.toMatch(/--resume/);
  });

  it.each([
    ['connect ECONNREFUSED 127.0.0.1:9', /refused connections.*is the server running/],
    ['getaddrinfo ENOTFOUND nowhere.invalid', /could not be found.*--base-url/],
    ['timeout: no response within 500 ms', /did not answer in time.*--timeout-ms/],
    ['client 401: Incorrect API key', /refused the API key.*OPENAI_API_KEY/],
    ['client 404: model not found', /does not know the model.*--model/],
    ['server 503: busy', /kept failing/],
  ])('names the endpoint trouble behind an open circuit: %s', (cause, pattern) => {
    const report = describeIncomplete(
      facts({
        stops: ['circuit_open'],
        records: [record('a', 'failed', 'circuit_open: circuit breaker is open', 'circuit_open')],
        causes: [cause],
      }),
    );
    expect(report.reasons).toEqual(['circuit_open', 'items_failed']);
    expect(report.hints).toHaveLength(1);
    expect(report.hints[0]).toMatch(/endpoint at 127\.0\.0\.1:9/);
    expect(report.hints[0]).toMatch(pattern);
  });

  it('says to raise the budget, with a concrete value', () => {
    const report = describeIncomplete(facts({ stops: ['budget_reached'], budgetUsd: 5, spentUsd: 4.98 }));
    expect(report.reasons).toEqual(['budget_reached']);
    expect(report.hints[0]).toMatch(/\$5\.00\) was reached after \$4\.9800.*--budget-usd 10/);
  });

  it('names the files to fix', () => {
    const failedInputs = ['a.vtt', 'b.srt', 'c.txt', 'd.json'].map((path) => ({ path, error: 'bad' }));
    const report = describeIncomplete(facts({ failedInputs }));
    expect(report.hints[0]).toMatch(
      /4 transcript file\(s\) could not be read \(a\.vtt, b\.srt, c\.txt and 1 more/,
    );
  });

  it('tells answers over --max-answer-tokens apart from call failures', () => {
    const report = describeIncomplete(
      facts({ records: [record('a', 'failed', 'answer_too_long: about 900,000 tokens', 'answer_too_long')] }),
    );
    expect(report.reasons).toEqual(['answers_too_long']);
    expect(report.hints[0]).toMatch(/--max-answer-tokens N/);
  });

  it('a failure that repeats after resuming is not sent back to resume', () => {
    const report = describeIncomplete(
      facts({ records: [record('a', 'failed', 'server 500: boom')], previouslyUnfinished: new Set(['a']) }),
    );
    expect(report.hints[0]).toMatch(/failed again after resuming.*resuming unchanged will not help/);
  });

  it('an interrupted run is resumable', () => {
    expect(describeIncomplete(facts({ stops: ['interrupted'] })).hints[0]).toMatch(/interrupted.*--resume/);
  });
});
