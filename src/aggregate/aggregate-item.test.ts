import { describe, expect, it } from 'vitest';
import { type AggregateInput, aggregateItem } from './aggregate-item.ts';
import {
  adequateFindings,
  allAbsent,
  bad,
  INJECTED,
  input,
  ok,
  Q_INVENTED,
  run,
  slot,
  strongFindings,
} from './item-fixtures.ts';
import type { ItemResult, ReviewReason } from './schema.ts';
import { DEFAULT_THRESHOLDS, REASON_SEVERITY } from './thresholds.ts';

describe('aggregateItem: review reasons', () => {
  const cases: ReadonlyArray<{
    name: string;
    over: Partial<AggregateInput>;
    reasons: readonly ReviewReason[];
    rating: number | null;
    status: ItemResult['status'];
  }> = [
    {
      name: 'agreeing judges with verified evidence: no review',
      over: { verdicts: [ok('a', 3, adequateFindings), ok('b', 3, adequateFindings)] },
      reasons: [],
      rating: 3,
      status: 'scored',
    },
    {
      name: 'spread of 2 → judge_disagreement, lower rating wins',
      over: { verdicts: [ok('a', 2, allAbsent), ok('b', 4, allAbsent)] },
      reasons: ['judge_disagreement'],
      rating: 2,
      status: 'scored',
    },
    {
      name: 'spread of 1 is not disagreement',
      over: { verdicts: [ok('a', 3, allAbsent), ok('b', 4, allAbsent)] },
      reasons: [],
      rating: 3,
      status: 'scored',
    },
    {
      name: 'a flag with no majority → judge_disagreement even when ratings agree',
      over: {
        verdicts: [ok('a', 3, adequateFindings), ok('b', 3, { ...adequateFindings, 'q1.g1': ['absent'] })],
      },
      reasons: ['judge_disagreement'],
      rating: 3,
      status: 'scored',
    },
    {
      name: 'a flag one judge skipped counts as unclear, which splits a pair',
      over: {
        verdicts: [ok('a', 2, allAbsent), ok('b', 2, { 'q1.g1': ['absent'], 'q1.g2': ['absent'] })],
      },
      reasons: ['judge_disagreement'],
      rating: 2,
      status: 'scored',
    },
    {
      name: 'an invented quote → evidence_not_found',
      over: { verdicts: [ok('a', 3, { ...allAbsent, 'q1.g1': ['present', [Q_INVENTED]] })] },
      reasons: ['evidence_not_found'],
      rating: 3,
      status: 'scored',
    },
    {
      name: 'a verbatim quote with other case and punctuation is verified',
      over: {
        verdicts: [
          ok('a', 3, { ...allAbsent, 'q1.g1': ['present', ['WE USED RETRIES with exponential back off!!']] }),
        ],
      },
      reasons: [],
      rating: 3,
      status: 'scored',
    },
    {
      name: 'a status-ambiguous slot → alignment_ambiguous (still scored)',
      over: {
        slot: slot({ status: 'ambiguous', note: 'two candidates' }),
        verdicts: [ok('a', 2, allAbsent)],
      },
      reasons: ['alignment_ambiguous'],
      rating: 2,
      status: 'scored',
    },
    {
      name: 'an answered slot with low confidence → alignment_ambiguous',
      over: { slot: slot({ confidence: 0.2 }), verdicts: [ok('a', 2, allAbsent)] },
      reasons: ['alignment_ambiguous'],
      rating: 2,
      status: 'scored',
    },
    {
      name: 'confidence exactly at the threshold is not ambiguous',
      over: {
        slot: slot({ confidence: DEFAULT_THRESHOLDS.minAlignmentConfidence }),
        verdicts: [ok('a', 2, allAbsent)],
      },
      reasons: [],
      rating: 2,
      status: 'scored',
    },
    {
      name: 'invalid output next to a usable verdict → judge_output_invalid + panel_reduced',
      over: { verdicts: [ok('a', 3, adequateFindings), bad('invalid', 'b', 'rating: expected number')] },
      reasons: ['judge_output_invalid', 'panel_reduced'],
      rating: 3,
      status: 'scored',
    },
    {
      name: 'a failed call next to a usable verdict → judge_failed + panel_reduced',
      over: { verdicts: [bad('failed', 'b', 'HTTP 500'), ok('a', 3, adequateFindings)] },
      reasons: ['judge_failed', 'panel_reduced'],
      rating: 3,
      status: 'scored',
    },
    {
      name: 'interviewer 2 points from the judges → interviewer_disagreement',
      over: { interviewerRating: 1, verdicts: [ok('a', 3, adequateFindings)] },
      reasons: ['interviewer_disagreement'],
      rating: 3,
      status: 'scored',
    },
    {
      name: 'interviewer 1 point from the judges: calibrated enough',
      over: { interviewerRating: 2, verdicts: [ok('a', 3, adequateFindings)] },
      reasons: [],
      rating: 3,
      status: 'scored',
    },
    {
      name: 'roles that could not be told apart → roles_unknown',
      over: {
        transcript: {
          id: 't1',
          path: 't1.txt',
          roles: { method: 'none', confident: false, note: 'only one speaker' },
        },
        verdicts: [ok('a', 3, adequateFindings)],
      },
      reasons: ['roles_unknown'],
      rating: 3,
      status: 'scored',
    },
    {
      name: 'not asked, no verdicts: nothing to review',
      over: { slot: slot({ status: 'not_asked', turns: null, askedAt: null, answer: '', confidence: 1 }) },
      reasons: [],
      rating: null,
      status: 'not_asked',
    },
    {
      name: 'not asked but the interviewer rated it → alignment_ambiguous',
      over: {
        slot: slot({ status: 'not_asked', turns: null, askedAt: null, answer: '', confidence: 1 }),
        interviewerRating: 3,
      },
      reasons: ['alignment_ambiguous'],
      rating: null,
      status: 'not_asked',
    },
    {
      name: 'every call failed → failed, rating null (never defaulted)',
      over: { verdicts: [bad('failed', 'a'), bad('failed', 'b')] },
      reasons: ['judge_failed'],
      rating: null,
      status: 'failed',
    },
    {
      name: 'every output invalid → failed with judge_output_invalid',
      over: { verdicts: [bad('invalid', 'a')] },
      reasons: ['judge_output_invalid'],
      rating: null,
      status: 'failed',
    },
    {
      name: 'no verdict at all for an answered item → failed with judge_failed',
      over: { verdicts: [] },
      reasons: ['judge_failed'],
      rating: null,
      status: 'failed',
    },
    {
      name: 'only a cross-check verdict → failed: the cross-check never rates',
      over: { crossCheckJudges: ['heuristic'], verdicts: [ok('heuristic', 3, adequateFindings)] },
      reasons: ['judge_failed'],
      rating: null,
      status: 'failed',
    },
  ];

  it.each(cases)('$name', ({ over, reasons, rating, status }) => {
    const result = run(over);
    expect(result.reviewReasons).toEqual(reasons);
    expect(result.needsReview).toBe(reasons.length > 0);
    expect(result.reviewNotes).toHaveLength(reasons.length);
    expect(result.rating).toBe(rating);
    expect(result.status).toBe(status);
  });

  it('labels the rating from the scale, and not_asked / failed items specially', () => {
    expect(run({ verdicts: [ok('a', 4, strongFindings)] }).ratingLabel).toBe('strong');
    expect(run({ verdicts: [bad('failed', 'a')] }).ratingLabel).toBeNull();
    const notAsked = run({ slot: slot({ status: 'not_asked', turns: null, answer: '' }) });
    expect(notAsked.ratingLabel).toBe('not_asked');
  });

  it('writes a note naming the invented quote and its judge', () => {
    const result = run({ verdicts: [ok('a', 3, { ...allAbsent, 'q1.g1': ['present', [Q_INVENTED]] })] });
    expect(result.reviewNotes[0]).toContain(Q_INVENTED);
    expect(result.reviewNotes[0]).toContain('(a)');
    const evidence = result.findings.find((f) => f.flag === 'q1.g1')?.evidence;
    expect(evidence).toEqual([{ quote: Q_INVENTED, judge: 'a', verified: false }]);
  });

  it('notes how many calls the reduced panel kept', () => {
    const result = run({ verdicts: [ok('a', 3, adequateFindings), bad('failed', 'b'), bad('failed', 'c')] });
    const note = result.reviewNotes[result.reviewReasons.indexOf('panel_reduced')];
    expect(note).toBe('Rated by 1 of 3 judge calls.');
  });
});

describe('aggregateItem: review priority', () => {
  it('orders reasons by severity, most urgent first', () => {
    const result = run({
      slot: slot({ answer: INJECTED, confidence: 0.1 }),
      interviewerRating: 4,
      verdicts: [
        ok('a', 1, { ...allAbsent, 'q1.g1': ['present', [Q_INVENTED]] }),
        ok('b', 3, allAbsent),
        bad('invalid', 'c'),
      ],
    });
    expect(result.reviewReasons).toEqual([
      'injection_suspected',
      'evidence_not_found',
      'judge_output_invalid',
      'judge_disagreement',
      'interviewer_disagreement',
      'alignment_ambiguous',
      'panel_reduced',
    ]);
    const severity = result.reviewReasons.reduce((sum, r) => sum + REASON_SEVERITY[r], 0);
    expect(result.reviewPriority).toBe(severity + result.ratingSpread);
  });

  it('ranks injection above evidence above disagreement above alignment above a clean item', () => {
    const priorities = [
      run({ slot: slot({ answer: INJECTED }), verdicts: [ok('a', 3, adequateFindings)] }),
      run({ verdicts: [ok('a', 3, { ...allAbsent, 'q1.g1': ['present', [Q_INVENTED]] })] }),
      run({ verdicts: [ok('a', 2, allAbsent), ok('b', 4, allAbsent)] }),
      run({ slot: slot({ status: 'ambiguous' }), verdicts: [ok('a', 3, adequateFindings)] }),
      run({ verdicts: [ok('a', 3, adequateFindings)] }),
    ].map((r) => r.reviewPriority);
    expect(priorities).toEqual([...priorities].sort((x, y) => y - x));
    expect(new Set(priorities).size).toBe(priorities.length);
    expect(priorities.at(-1)).toBe(0);
  });

  it('does not mutate its input', () => {
    const verdicts = Object.freeze([ok('a', 3, adequateFindings)]);
    const frozen = Object.freeze(input({ verdicts }));
    expect(() => aggregateItem(frozen)).not.toThrow();
    expect(frozen.verdicts).toHaveLength(1);
  });
});
