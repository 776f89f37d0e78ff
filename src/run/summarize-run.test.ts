import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ItemResult, ReviewReason } from '../aggregate/schema.ts';
import type { JudgeVerdict } from '../judge/schema.ts';
import { type Summary, SummarySchema } from '../report/schema.ts';
import { DEFAULT_RULE, DEFAULT_SCALE, type Question, type Rubric } from '../rubric/schema.ts';
import { krippendorffAlpha } from '../stats/index.ts';
import { type CallStats, createSummaryBuilder, type SummaryInput, summarizeRun } from './summarize-run.ts';

const question = (id: string): Question => ({
  id,
  number: Number(id.slice(1)),
  section: null,
  text: `Question ${id}`,
  greenFlags: [],
  redFlags: [],
  aliases: [],
  hash: id,
});

const rubric: Rubric = {
  id: 'r',
  title: 'R',
  version: 'v1',
  sections: [],
  questions: [question('q1'), question('q2')],
  scale: DEFAULT_SCALE,
  rule: DEFAULT_RULE,
  source: { path: 'r.md', format: 'markdown' },
};

const ok = (judge: string, rating: number, sample = 0): JudgeVerdict => ({
  outcome: 'ok',
  judge,
  model: 'm',
  sample,
  body: { findings: [], injectionSuspected: false, rationale: '', rating },
});
const failed = (judge: string): JudgeVerdict => ({
  outcome: 'failed',
  judge,
  model: 'm',
  sample: 0,
  error: 'x',
});

function item(
  key: string,
  status: ItemResult['status'],
  rating: number | null,
  verdicts: JudgeVerdict[],
  reviewReasons: ReviewReason[] = [],
): ItemResult {
  const [transcript = '', q = ''] = key.split('#');
  return {
    key,
    transcript,
    transcriptPath: `${transcript}.txt`,
    question: q,
    status,
    alignment: {
      question: q,
      status: status === 'not_asked' ? 'not_asked' : 'answered',
      turns: null,
      askedAt: null,
      confidence: 1,
      method: 'marker',
      answer: '',
    },
    verdicts,
    findings: [],
    rating,
    ratingLabel: rating === null ? null : (DEFAULT_SCALE.labels[String(rating)] ?? null),
    ratingSpread: 0,
    interviewerRating: null,
    needsReview: reviewReasons.length > 0,
    reviewReasons,
    reviewNotes: reviewReasons.map(String),
    reviewPriority: 0,
  };
}

const call = (over: Partial<CallStats>): CallStats => ({
  remote: true,
  outcome: 'ok',
  attempts: over.outcome === 'cache_hit' ? 0 : 1 + (over.retries ?? 0),
  retries: 0,
  repairs: 0,
  rateLimited: 0,
  timeouts: 0,
  latencyMs: 100,
  inputTokens: 0,
  cachedInputTokens: 0,
  outputTokens: 0,
  costUsd: 0,
  ...over,
});

const items: ItemResult[] = [
  item('t1#q1', 'scored', 3, [ok('a', 3), ok('b', 4)]),
  item('t1#q2', 'scored', 2, [ok('a', 2), ok('b', 2)], ['evidence_not_found']),
  item('t2#q1', 'not_asked', null, []),
  item('t2#q2', 'failed', null, [failed('a'), failed('b')], ['judge_failed']),
  item(
    't3#q1',
    'scored',
    4,
    [ok('a', 4), ok('b', 4), ok('heuristic', 1)],
    ['evidence_not_found', 'crosscheck_disagreement'],
  ),
];

const calls: CallStats[] = [
  call({
    latencyMs: 300,
    retries: 2,
    rateLimited: 1,
    inputTokens: 1000,
    cachedInputTokens: 200,
    outputTokens: 50,
    costUsd: 0.1234567,
  }),
  call({ latencyMs: 100, timeouts: 1, retries: 1, inputTokens: 500, outputTokens: 40, costUsd: 0.0000004 }),
  call({ latencyMs: 200.4, outcome: 'invalid', inputTokens: 10, outputTokens: 5, costUsd: 0.00001 }),
  call({ latencyMs: 400, outcome: 'failed', retries: 4, timeouts: 3 }),
  call({ latencyMs: 0, outcome: 'cache_hit' }),
  call({ latencyMs: 0, outcome: 'cache_hit' }),
  // The local heuristic cross-check: timed, but not an LLM call.
  call({ remote: false, latencyMs: 5, retries: 7, inputTokens: 9999, costUsd: 5 }),
];

function summarize(over: Partial<SummaryInput> = {}): Summary {
  const summary = summarizeRun({
    status: 'incomplete',
    rubric,
    transcripts: 3,
    transcriptsFailed: 1,
    items,
    calls,
    crossCheckJudges: ['heuristic'],
    wallMs: 1234.6,
    ...over,
  });
  expect(SummarySchema.parse(summary)).toEqual(summary);
  return summary;
}

describe('summarizeRun', () => {
  it('counts items, ratings and review reasons', () => {
    const s = summarize();
    expect(s.status).toBe('incomplete');
    expect([s.transcripts, s.transcriptsFailed, s.questions]).toEqual([3, 1, 2]);
    expect(s.items).toEqual({ total: 5, scored: 3, notAsked: 1, needsReview: 3, failed: 1 });
    expect(s.ratings).toEqual({ '1': 0, '2': 1, '3': 1, '4': 1 });
    expect(s.reviewReasons).toEqual({ evidence_not_found: 2, judge_failed: 1, crosscheck_disagreement: 1 });
  });

  it('breaks the counts down per question, in rubric order', () => {
    expect(summarize().perQuestion).toEqual([
      { question: 'q1', ratings: { '1': 0, '2': 0, '3': 1, '4': 1 }, notAsked: 1, needsReview: 1, failed: 0 },
      { question: 'q2', ratings: { '1': 0, '2': 1, '3': 0, '4': 0 }, notAsked: 0, needsReview: 2, failed: 1 },
    ]);
  });

  it('totals remote calls only; cache hits are not calls and cost is rounded to a millionth', () => {
    expect(summarize().llm).toEqual({
      calls: 4,
      cacheHits: 2,
      retries: 7,
      repairs: 0,
      rateLimited: 1,
      timeouts: 4,
      // A failed call and an invalid one: neither gave a usable verdict.
      failures: 2,
      invalid: 1,
      inputTokens: 1510,
      cachedInputTokens: 200,
      outputTokens: 95,
      costUsd: 0.123467,
    });
  });

  it('takes nearest-rank percentiles over calls that ran (not cache hits), rounded', () => {
    // Latencies that ran: 5, 100, 200.4, 300, 400.
    expect(summarize().timing).toEqual({ wallMs: 1235, p50CallMs: 200, p95CallMs: 400 });
    const one = summarize({ calls: [call({ latencyMs: 42 })] });
    expect(one.timing).toMatchObject({ p50CallMs: 42, p95CallMs: 42 });
  });

  it('counts a call the open circuit failed fast as a failure, not as a call sent', () => {
    const s = summarize({
      calls: [call({ retries: 2 }), call({ outcome: 'failed', attempts: 0, latencyMs: 0 })],
    });
    expect(s.llm).toMatchObject({ calls: 1, retries: 2, failures: 1 });
    // calls + retries = the HTTP requests the endpoint saw.
    expect(s.llm.calls + s.llm.retries).toBe(3);
  });

  it('has null percentiles and zero totals with no calls', () => {
    const s = summarize({ calls: [call({ outcome: 'cache_hit', latencyMs: 0 })] });
    expect(s.timing).toMatchObject({ p50CallMs: null, p95CallMs: null });
    expect(s.llm).toMatchObject({ calls: 0, cacheHits: 1, costUsd: 0 });
  });

  it('reports ordinal α between two panel judges, over scored items, the cross-check left out', () => {
    const s = summarize();
    expect(s.judges.count).toBe(2);
    const expected = krippendorffAlpha(
      [
        [3, 2, 4],
        [4, 2, 4],
      ],
      'ordinal',
    ).value;
    expect(expected).not.toBeNull();
    expect(s.judges.agreement.krippendorffAlphaOrdinal).toBeCloseTo(expected ?? Number.NaN, 12);
  });

  it('keeps a missing verdict as missing data in α', () => {
    const withGap = [
      ...items,
      item('t4#q1', 'scored', 1, [ok('a', 1), failed('b')], ['judge_failed', 'panel_reduced']),
    ];
    const expected = krippendorffAlpha(
      [
        [3, 2, 4, 1],
        [4, 2, 4, null],
      ],
      'ordinal',
    ).value;
    expect(summarize({ items: withGap }).judges.agreement.krippendorffAlphaOrdinal).toBeCloseTo(
      expected ?? Number.NaN,
      12,
    );
  });

  it('has null α with one judge (a cross-check is not a second rater)', () => {
    const single = [
      item('t1#q1', 'scored', 3, [ok('a', 3), ok('heuristic', 1)]),
      item('t1#q2', 'scored', 2, [ok('a', 2), ok('heuristic', 4)]),
    ];
    const s = summarize({ items: single });
    expect(s.judges).toEqual({ count: 1, agreement: { krippendorffAlphaOrdinal: null } });
  });

  it('treats samples of one judge as raters', () => {
    const sampled = [
      item('t1#q1', 'scored', 3, [ok('a', 3, 0), ok('a', 3, 1)]),
      item('t1#q2', 'scored', 2, [ok('a', 2, 0), ok('a', 1, 1)]),
    ];
    const s = summarize({ items: sampled });
    expect(s.judges.count).toBe(2);
    const expected = krippendorffAlpha(
      [
        [3, 2],
        [3, 1],
      ],
      'ordinal',
    ).value;
    expect(s.judges.agreement.krippendorffAlphaOrdinal).toBeCloseTo(expected ?? Number.NaN, 12);
  });

  it('does not count the runner’s placeholder for calls never made as a judge', () => {
    const partial = [
      item('t1#q1', 'scored', 3, [ok('a', 3), failed('runner')], ['judge_failed', 'panel_reduced']),
      item('t1#q2', 'scored', 2, [ok('a', 2)]),
    ];
    expect(summarize({ items: partial }).judges).toEqual({
      count: 1,
      agreement: { krippendorffAlphaOrdinal: null },
    });
  });

  it('handles an empty run', () => {
    const s = summarize({ items: [], calls: [], transcripts: 0, transcriptsFailed: 0, status: 'complete' });
    expect(s.items).toEqual({ total: 0, scored: 0, notAsked: 0, needsReview: 0, failed: 0 });
    expect(s.judges).toEqual({ count: 0, agreement: { krippendorffAlphaOrdinal: null } });
    expect(s.reviewReasons).toEqual({});
  });
});

describe('createSummaryBuilder', () => {
  const items = [
    item('t1#q1', 'scored', 3, [ok('a', 3), ok('b', 2), failed('b')]),
    item('t1#q2', 'scored', 2, [failed('a'), ok('a', 4), ok('b', 2)], ['judge_disagreement']),
    item('t2#q1', 'not_asked', null, []),
    item('t2#q2', 'scored', 4, [ok('a', 4), ok('b', 4, 1), ok('c', 1)]),
    item('t3#q1', 'failed', null, [failed('a')], ['judge_failed']),
    item('t3#q2', 'scored', 1, [ok('a', 1), ok('b', 1)]),
  ];
  const run = {
    rubric,
    crossCheckJudges: ['c'],
    status: 'complete' as const,
    transcripts: 3,
    transcriptsFailed: 0,
    wallMs: 5,
  };

  it('gives the summary of summarizeRun whatever order the items arrive in, given their places', () => {
    const expected = summarizeRun({ ...run, items, calls: [] });
    expect(expected.judges.agreement.krippendorffAlphaOrdinal).not.toBeNull();
    fc.assert(
      fc.property(fc.shuffledSubarray([...items.keys()], { minLength: items.length }), (order) => {
        const builder = createSummaryBuilder(run);
        for (const index of order) builder.addItem(items[index] as ItemResult, index);
        expect(builder.build(run)).toEqual(expected);
      }),
    );
  });
});
