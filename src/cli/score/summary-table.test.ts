import { describe, expect, it } from 'vitest';
import type { Summary } from '../../report/schema.ts';
import { DEFAULT_RULE, DEFAULT_SCALE, type Question, type Rubric } from '../../rubric/schema.ts';
import { formatSummaryTable } from './summary-table.ts';

const question = (id: string, text: string): Question => ({
  id,
  number: Number(id.slice(1)),
  section: null,
  text,
  greenFlags: [],
  redFlags: [],
  aliases: [],
  hash: id,
});

const rubric: Rubric = {
  id: 'r',
  title: 'R',
  version: 'v',
  sections: [],
  questions: [
    question('q1', 'Short question?'),
    question('q2', 'How do you structure Python code in larger systems to keep it maintainable?'),
  ],
  scale: DEFAULT_SCALE,
  rule: DEFAULT_RULE,
  source: { path: 'r.md', format: 'markdown' },
};

const summary: Summary = {
  status: 'incomplete',
  transcripts: 3,
  transcriptsFailed: 1,
  questions: 2,
  items: { total: 6, scored: 4, notAsked: 1, needsReview: 3, failed: 1 },
  ratings: { '1': 1, '2': 0, '3': 2, '4': 1 },
  reviewReasons: { judge_failed: 1, evidence_not_found: 2, injection_suspected: 1 },
  judges: { count: 2, agreement: { krippendorffAlphaOrdinal: 0.71234 } },
  llm: {
    calls: 12,
    cacheHits: 4,
    retries: 3,
    repairs: 0,
    invalid: 0,
    rateLimited: 1,
    timeouts: 0,
    failures: 1,
    inputTokens: 1000,
    cachedInputTokens: 0,
    outputTokens: 100,
    costUsd: 0.01234567,
  },
  timing: { wallMs: 1000, p50CallMs: 100, p95CallMs: 200 },
  perQuestion: [
    { question: 'q1', ratings: { '1': 1, '2': 0, '3': 1, '4': 0 }, notAsked: 1, needsReview: 2, failed: 0 },
    { question: 'q2', ratings: { '1': 0, '2': 0, '3': 1, '4': 1 }, notAsked: 0, needsReview: 1, failed: 1 },
  ],
};

const cells = (line: string | undefined) => (line ?? '').trim().split(/\s{2,}/);

describe('formatSummaryTable', () => {
  const text = formatSummaryTable(summary, rubric);
  const lines = text.split('\n');

  it('has a header with each rating and its label, then the counts columns', () => {
    expect(cells(lines[0])).toEqual([
      'question',
      '1 red_flag',
      '2 weak',
      '3 adequate',
      '4 strong',
      'not asked',
      'review',
      'failed',
    ]);
    expect(lines[1]).toMatch(/^─+( {2}─+){7}$/);
  });

  it('has one row per question with its counts, long texts cut with an ellipsis', () => {
    expect(cells(lines[2])).toEqual(['q1 Short question?', '1', '0', '1', '0', '1', '2', '0']);
    const q2 = cells(lines[3]);
    expect(q2[0]).toBe('q2 How do you structure Python code in l…');
    expect(q2.slice(1)).toEqual(['0', '0', '1', '1', '0', '1', '1']);
  });

  it('ends the table with the totals', () => {
    expect(lines[4]).toMatch(/^─/);
    expect(cells(lines[5])).toEqual(['total', '1', '0', '2', '1', '1', '3', '1']);
  });

  it('aligns every table row to the same width', () => {
    const widths = lines.slice(0, 6).map((l) => l.length);
    expect(new Set(widths).size).toBe(1);
  });

  it('summarises the run, the review reasons (most frequent first), judges, calls and cost', () => {
    expect(text).toContain(
      '3 transcript(s), 1 unreadable · 6 items · 4 scored · 3 need review · 1 without a usable verdict',
    );
    expect(text).toContain('review reasons: evidence_not_found 2, judge_failed 1, injection_suspected 1');
    expect(text).toContain(
      'judges: 2 · agreement α(ordinal) 0.712 · LLM calls 12 (cache hits 4, retries 3, re-asks 0, no valid verdict 1) · cost $0.0123',
    );
    expect(text.endsWith('\n')).toBe(true);
  });

  it('leaves out α when it is null, unreadable files when none, and says when nothing needs review', () => {
    const quiet = formatSummaryTable(
      {
        ...summary,
        transcriptsFailed: 0,
        reviewReasons: {},
        judges: { count: 1, agreement: { krippendorffAlphaOrdinal: null } },
      },
      rubric,
    );
    expect(quiet).toContain('3 transcript(s) · 6 items');
    expect(quiet).not.toContain('unreadable');
    expect(quiet).toContain('review reasons: none');
    expect(quiet).toContain('judges: 1 · LLM calls');
    expect(quiet).not.toContain('α');
  });

  it('follows a rubric’s own scale', () => {
    const scaled: Rubric = { ...rubric, scale: { labels: { '0': 'no', '1': 'yes' }, min: 0, max: 1 } };
    const table = formatSummaryTable(
      { ...summary, ratings: { '0': 5, '1': 7 }, perQuestion: [] },
      scaled,
    ).split('\n');
    expect(cells(table[0])).toEqual(['question', '0 no', '1 yes', 'not asked', 'review', 'failed']);
    expect(cells(table[3])).toEqual(['total', '5', '7', '1', '3', '1']);
  });
});
