import type { ItemResult } from '../../src/aggregate/schema.ts';
import { type Report, ReportSchema, type Summary } from '../../src/report/schema.ts';
import { FIXTURE_ITEMS } from './fixture-items.ts';
import { FIXTURE_RUBRIC } from './fixture-rubric.ts';

export { HOSTILE_ANSWER } from './fixture-items.ts';

function countBy<T>(values: readonly T[], keyOf: (value: T) => string | null): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) {
    const key = keyOf(value);
    if (key !== null) counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

function ratingCounts(items: readonly ItemResult[]): Record<string, number> {
  return {
    '1': 0,
    '2': 0,
    '3': 0,
    '4': 0,
    ...countBy(items, (i) => (i.rating === null ? null : String(i.rating))),
  };
}

/** The summary `aggregate/` would compute for these items (kept consistent by construction). */
function summarise(items: readonly ItemResult[]): Summary {
  const of = (status: ItemResult['status']) => items.filter((item) => item.status === status).length;
  return {
    status: 'incomplete',
    transcripts: new Set(items.map((item) => item.transcript)).size,
    transcriptsFailed: 1,
    questions: FIXTURE_RUBRIC.questions.length,
    items: {
      total: items.length,
      scored: of('scored'),
      notAsked: of('not_asked'),
      needsReview: items.filter((item) => item.needsReview).length,
      failed: of('failed'),
    },
    ratings: ratingCounts(items),
    reviewReasons: countBy(
      items.flatMap((item) => item.reviewReasons),
      (reason) => reason,
    ),
    judges: { count: 2, agreement: { krippendorffAlphaOrdinal: 0.6234 } },
    llm: {
      calls: 21,
      cacheHits: 4,
      retries: 5,
      repairs: 1,
      invalid: 1,
      rateLimited: 3,
      timeouts: 1,
      failures: 1,
      inputTokens: 24_000,
      cachedInputTokens: 18_000,
      outputTokens: 3_600,
      costUsd: 0.0123,
    },
    timing: { wallMs: 8_412, p50CallMs: 640, p95CallMs: 2_210 },
    perQuestion: FIXTURE_RUBRIC.questions.map((question) => {
      const mine = items.filter((item) => item.question === question.id);
      return {
        question: question.id,
        ratings: ratingCounts(mine),
        notAsked: mine.filter((item) => item.status === 'not_asked').length,
        needsReview: mine.filter((item) => item.needsReview).length,
        failed: mine.filter((item) => item.status === 'failed').length,
      };
    }),
  };
}

const input = (name: string) => ({
  path: `transcripts/${name}.vtt`,
  hash: `sha256-${name}`,
  transcript: name,
  format: 'webvtt' as const,
  status: 'ok' as const,
  speakers: ['Interviewer', name],
});

/**
 * A small realistic report: three transcripts × four questions, two judges, items scored,
 * not asked, failed and in review with every reason, evidence verified and unverified, and a
 * hostile answer. Parsed with `ReportSchema` so it cannot drift from the schema.
 */
export const FIXTURE_REPORT: Report = ReportSchema.parse({
  manifest: {
    tool: { name: 'rubricate', version: '0.1.0' },
    rubric: {
      id: FIXTURE_RUBRIC.id,
      path: FIXTURE_RUBRIC.source.path,
      version: FIXTURE_RUBRIC.version,
      hash: 'sha256-rubric',
    },
    promptVersion: 'judge-v3',
    judge: {
      kind: 'openai',
      models: ['gpt-4o-mini', 'gpt-4.1-mini'],
      samples: 1,
      temperature: 0,
      seed: 7,
      baseUrl: null,
      crossCheck: true,
    },
    inputs: [
      input('alice-chen'),
      input('bob-okafor'),
      input('carol-diaz'),
      {
        path: 'transcripts/dave-lee.vtt',
        hash: 'sha256-dave',
        transcript: null,
        format: null,
        status: 'failed',
        error: 'transcripts/dave-lee.vtt:1: expected "WEBVTT" header, got "<html>"',
      },
    ],
    startedAt: '2025-03-14T09:30:00.000Z',
    finishedAt: '2025-03-14T09:30:08.412Z',
    status: 'incomplete',
    incompleteReasons: ['items_failed', 'inputs_failed'],
  },
  summary: summarise(FIXTURE_ITEMS),
  rubric: FIXTURE_RUBRIC,
  items: FIXTURE_ITEMS,
});
