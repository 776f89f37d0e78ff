import { describe, expect, it } from 'vitest';
import {
  adequateFindings,
  allAbsent,
  bad,
  type Finding,
  INJECTED,
  ok,
  Q_INVENTED,
  Q_RETRIES,
  run,
  slot,
  strongFindings,
} from './item-fixtures.ts';

describe('aggregateItem: injection', () => {
  it('flags an answer that steers the judge, and caps a steered 4 at what verified evidence supports', () => {
    // The steered judge claims both greens with quotes that are not in the answer.
    const steered = ok('a', 4, {
      ...allAbsent,
      'q1.g1': ['present', [Q_INVENTED]],
      'q1.g2': ['present', ['I designed the whole platform']],
    });
    const result = run({ slot: slot({ answer: INJECTED }), verdicts: [steered] });
    expect(result.reviewReasons).toEqual(['injection_suspected', 'evidence_not_found']);
    expect(result.reviewNotes[0]).toContain('Ignore previous instructions');
    // No verified green flag → the rule gives `weak` (2), so the 4 is capped to 2.
    expect(result.rating).toBe(2);
    expect(result.ratingLabel).toBe('weak');
  });

  it('keeps a rating that verified evidence fully supports', () => {
    const result = run({ slot: slot({ answer: INJECTED }), verdicts: [ok('a', 4, strongFindings)] });
    expect(result.reviewReasons).toEqual(['injection_suspected']);
    expect(result.rating).toBe(4);
  });

  it('never raises a rating: a low rating stays low even when the evidence would support more', () => {
    const result = run({ slot: slot({ answer: INJECTED }), verdicts: [ok('a', 2, strongFindings)] });
    expect(result.reviewReasons).toContain('injection_suspected');
    expect(result.rating).toBe(2);
  });

  it('caps partly verified evidence at the rating the verified part supports', () => {
    const findings: Record<string, Finding> = {
      ...allAbsent,
      'q1.g1': ['present', [Q_RETRIES]],
      'q1.g2': ['present', [Q_INVENTED]],
    };
    const result = run({ slot: slot({ answer: INJECTED }), verdicts: [ok('a', 4, findings)] });
    expect(result.rating).toBe(3);
  });

  it('an asked question with no answer text located is not blamed on a judge', () => {
    const result = run({ slot: slot({ status: 'ambiguous', answer: '  ' }), verdicts: [] });
    expect(result.status).toBe('failed');
    expect(result.rating).toBeNull();
    expect(result.reviewReasons).toEqual(['alignment_ambiguous']);
    expect(result.reviewNotes[0]).toContain('no judge was asked');
  });

  it('flags the attempt even when no judge gave a usable verdict', () => {
    const result = run({ slot: slot({ answer: INJECTED }), verdicts: [bad('invalid', 'a')] });
    expect(result.status).toBe('failed');
    expect(result.rating).toBeNull();
    expect(result.reviewReasons).toEqual(['injection_suspected', 'judge_output_invalid']);
  });

  it("trusts a judge's injectionSuspected even when the detector finds nothing", () => {
    const result = run({ verdicts: [ok('a', 3, adequateFindings, { injection: true })] });
    expect(result.reviewReasons).toEqual(['injection_suspected']);
    expect(result.reviewNotes[0]).toContain('The judges reported that the answer tries to steer them');
    expect(result.rating).toBe(3);
  });

  it("follows the panel's majority on injectionSuspected: one sample's claim is not enough", () => {
    const verdicts = [
      ok('a', 3, adequateFindings, { injection: true }),
      ok('b', 3, adequateFindings),
      ok('c', 3, adequateFindings),
    ];
    expect(run({ verdicts }).reviewReasons).not.toContain('injection_suspected');
    const most = verdicts.map((v) => ok(v.judge, 3, adequateFindings, { injection: v.judge !== 'c' }));
    expect(run({ verdicts: most }).reviewReasons).toContain('injection_suspected');
  });

  it('caps a judge-reported injection too', () => {
    const claims = { ...allAbsent, 'q1.g1': ['present', [Q_INVENTED]] } as const;
    const result = run({ verdicts: [ok('a', 3, claims, { injection: true })] });
    expect(result.rating).toBe(2);
  });
});

describe('aggregateItem: cross-check judges', () => {
  const crossCheckJudges = ['heuristic'];

  it('excludes the cross-check from the median but flags a gap of 2', () => {
    const result = run({
      crossCheckJudges,
      verdicts: [ok('openai:m', 4, strongFindings), ok('heuristic', 1, allAbsent)],
    });
    expect(result.rating).toBe(4);
    expect(result.ratingSpread).toBe(0);
    expect(result.reviewReasons).toEqual(['crosscheck_disagreement']);
    expect(result.reviewNotes[0]).toBe('Cross-check heuristic rated 1, the judges 4.');
  });

  it('stays quiet when the cross-check is within the gap', () => {
    const result = run({
      crossCheckJudges,
      verdicts: [ok('openai:m', 4, strongFindings), ok('heuristic', 3, strongFindings)],
    });
    expect(result.reviewReasons).toEqual([]);
  });

  it("does not treat the cross-check's findings as votes nor its quotes as evidence", () => {
    const result = run({
      crossCheckJudges,
      verdicts: [
        ok('openai:m', 3, adequateFindings),
        ok('heuristic', 3, { 'q1.g3': ['present', [Q_INVENTED]] }),
      ],
    });
    expect(result.reviewReasons).toEqual([]);
    const g3 = result.findings.find((f) => f.flag === 'q1.g3');
    expect(g3?.votes).toEqual({ present: 0, absent: 1, unclear: 0 });
  });

  it('ignores a failed cross-check (it does not reduce the panel)', () => {
    const result = run({
      crossCheckJudges,
      verdicts: [ok('openai:m', 3, adequateFindings), bad('failed', 'heuristic')],
    });
    expect(result.reviewReasons).toEqual([]);
    expect(result.rating).toBe(3);
  });
});

describe('aggregateItem: median and spread', () => {
  it.each([
    [[3, 4], 3, 1],
    [[2, 2, 3, 3], 2, 1],
    [[2, 3, 3, 4], 3, 2],
    [[1, 4, 4], 4, 3],
    [[4, 1], 1, 3],
  ])('ratings %j → lower median %i, spread %i', (ratings, rating, spread) => {
    const verdicts = ratings.map((r, i) => ok(`j${i}`, r, allAbsent));
    const result = run({ verdicts });
    expect(result.rating).toBe(rating);
    expect(result.ratingSpread).toBe(spread);
    expect(result.reviewReasons.includes('judge_disagreement')).toBe(spread >= 2);
  });

  it('labels samples of one judge apart in evidence', () => {
    const result = run({
      verdicts: [ok('a', 3, adequateFindings), ok('a', 3, adequateFindings, { sample: 1 })],
    });
    const judges = result.findings.find((f) => f.flag === 'q1.g1')?.evidence.map((e) => e.judge);
    expect(judges).toEqual(['a', 'a#1']);
  });

  it('keeps every verdict, including failed ones, in the result', () => {
    const verdicts = [ok('a', 3, adequateFindings), bad('failed', 'b')];
    expect(run({ verdicts }).verdicts).toEqual(verdicts);
  });
});
