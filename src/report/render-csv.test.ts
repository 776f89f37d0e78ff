import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { FIXTURE_REPORT } from '../../test/report/fixture.ts';
import { NASTY, withNastyItem } from '../../test/report/variants.ts';
import { CSV_COLUMNS, renderCsv } from './render-csv.ts';

describe('renderCsv', () => {
  const rows: Record<string, string>[] = parse(renderCsv(FIXTURE_REPORT), { columns: true });

  it('has one row per item with the documented columns', () => {
    expect(rows).toHaveLength(FIXTURE_REPORT.items.length);
    expect(Object.keys(rows[0] ?? {})).toEqual([...CSV_COLUMNS]);
  });

  it.each([
    [
      'alice-chen',
      'q1',
      {
        status: 'scored',
        rating: '4',
        ratingLabel: 'strong',
        interviewerRating: '4',
        needsReview: 'false',
        judges: '2',
        greenFlagsPresent: 'q1.g1;q1.g3',
      },
    ],
    [
      'alice-chen',
      'q4',
      {
        rating: '1',
        needsReview: 'true',
        reviewReasons: 'evidence_not_found;crosscheck_disagreement',
        redFlagsPresent: 'q4.r1',
      },
    ],
    [
      'bob-okafor',
      'q2',
      {
        status: 'failed',
        rating: '',
        ratingLabel: '',
        reviewReasons: 'judge_output_invalid;judge_failed;panel_reduced',
      },
    ],
    ['bob-okafor', 'q3', { alignmentStatus: 'ambiguous', alignmentConfidence: '0.41' }],
    [
      'carol-diaz',
      'q4',
      { status: 'not_asked', alignmentStatus: 'not_asked', judges: '0', needsReview: 'false' },
    ],
  ])('%s %s', (transcript, question, expected) => {
    const row = rows.find((r) => r.transcript === transcript && r.question === question);
    expect(row).toMatchObject(expected);
  });

  it('round-trips awkward text (less its control characters) and defuses spreadsheet formulas', () => {
    const parsed: Record<string, string>[] = parse(renderCsv(withNastyItem()), { columns: true });
    const row = parsed.find((r) => r.question === 'q2' && r.transcript?.startsWith('x|y'));
    expect(NASTY).toContain('\u0001');
    expect(row?.transcript).toBe(NASTY.replace('\u0001', ''));
    for (const transcript of ['=HYPERLINK("x")', '\u200b=HYPERLINK("x")', '\u001b[0m+cmd']) {
      const formula = renderCsv({
        ...FIXTURE_REPORT,
        items: FIXTURE_REPORT.items.map((item) => ({ ...item, transcript })),
      });
      expect(formula).not.toMatch(/^"?[=+]/m);
      expect(formula).toMatch(/^"?'[=+]/m);
    }
  });
});
