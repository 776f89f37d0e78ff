/**
 * Builders for eval tests: run items (validated by `ItemResultSchema`, so fixtures cannot drift
 * from the contract), gold labels and a small scenario with every kind of mismatch. Not a test file.
 */
import { type ItemResult, ItemResultSchema, type ReviewReason } from '../aggregate/schema.ts';
import type { GoldLabel, GoldRating } from './schema.ts';

/** A run item for (transcript, question): a rating, `not_asked` or `failed`, optionally in review. */
export function runItem(
  transcript: string,
  question: string,
  run: number | 'not_asked' | 'failed',
  reasons: readonly ReviewReason[] = [],
): ItemResult {
  const rated = typeof run === 'number';
  return ItemResultSchema.parse({
    key: `${transcript}#${question}`,
    transcript,
    transcriptPath: `transcripts/${transcript}.txt`,
    question,
    status: rated ? 'scored' : run,
    alignment: {
      question,
      status: run === 'not_asked' ? 'not_asked' : 'answered',
      turns: run === 'not_asked' ? null : [1, 2],
      askedAt: run === 'not_asked' ? null : 0,
      confidence: 0.9,
      method: run === 'not_asked' ? 'none' : 'similarity',
      answer: run === 'not_asked' ? '' : 'An answer.',
    },
    verdicts: [],
    findings: [],
    rating: rated ? run : null,
    ratingLabel: null,
    ratingSpread: 0,
    interviewerRating: null,
    needsReview: reasons.length > 0,
    reviewReasons: reasons,
    reviewNotes: reasons.map((reason) => `note: ${reason}`),
    reviewPriority: reasons.length,
  });
}

/** A gold label; `line` defaults to its position in a file with a header (row i → line i + 2). */
export function goldLabel(transcript: string, question: string, rating: GoldRating, line = 2): GoldLabel {
  return { transcript, question, rating, line };
}

/**
 * Every way a run can meet the gold. Numeric pairs (gold, run): (1,1) (2,2) (3,4) (4,4) (2,1),
 * whose statistics are worked out by hand in compute-gold-metrics.test.ts. Besides those:
 * t2/q3 gold not asked but scored, t3/q1 gold rated but not asked, t3/q3 failed, t3/q4 both
 * not asked, t4/q1 has no item, t5/q1 has no label. t2/q1 and t3/q3 are in review.
 */
export function mixedScenario(): { items: ItemResult[]; labels: GoldLabel[] } {
  const rows: [string, string, GoldRating, (number | 'not_asked' | 'failed') | null, ReviewReason[]][] = [
    ['t1', 'q1', 1, 1, []],
    ['t1', 'q2', 2, 2, []],
    ['t1', 'q3', 3, 4, []],
    ['t2', 'q1', 4, 4, ['injection_suspected']],
    ['t2', 'q2', 2, 1, []],
    ['t2', 'q3', 'not_asked', 3, []],
    ['t3', 'q1', 3, 'not_asked', []],
    ['t3', 'q3', 2, 'failed', ['judge_failed']],
    ['t3', 'q4', 'not_asked', 'not_asked', []],
    ['t4', 'q1', 1, null, []],
  ];
  const labels = rows.map(([t, q, gold], i) => goldLabel(t, q, gold, i + 2));
  const items = rows.flatMap(([t, q, , run, reasons]) => (run === null ? [] : [runItem(t, q, run, reasons)]));
  return { items: [...items, runItem('t5', 'q1', 2)], labels };
}
