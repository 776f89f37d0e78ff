import { describe, expect, it } from 'vitest';
import { ReviewReasonSchema } from '../../src/aggregate/schema.ts';
import { ReportSchema } from '../../src/report/schema.ts';
import { FIXTURE_REPORT } from './fixture.ts';

describe('FIXTURE_REPORT', () => {
  const { items } = FIXTURE_REPORT;

  it('is a valid Report', () => {
    expect(ReportSchema.parse(FIXTURE_REPORT)).toEqual(FIXTURE_REPORT);
  });

  it('covers every item status and every review reason', () => {
    expect(new Set(items.map((item) => item.status))).toEqual(new Set(['scored', 'not_asked', 'failed']));
    expect(new Set(items.flatMap((item) => item.reviewReasons))).toEqual(new Set(ReviewReasonSchema.options));
  });

  it('has verdicts from two judges and evidence both verified and unverified', () => {
    expect(new Set(items.flatMap((item) => item.verdicts.map((verdict) => verdict.judge))).size).toBe(2);
    const evidence = items.flatMap((item) => item.findings.flatMap((finding) => finding.evidence));
    expect(evidence.filter((e) => e.verified).length).toBeGreaterThan(5);
    expect(evidence.filter((e) => !e.verified)).toHaveLength(1);
  });

  it('keeps summary counts consistent with the items', () => {
    const { summary } = FIXTURE_REPORT;
    expect(summary.items.total).toBe(items.length);
    expect(summary.items.needsReview).toBe(items.filter((item) => item.needsReview).length);
    expect(summary.perQuestion.reduce((sum, row) => sum + row.needsReview, 0)).toBe(
      summary.items.needsReview,
    );
  });
});
