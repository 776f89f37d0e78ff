import { z } from 'zod';
import { type ItemResult, ItemResultSchema } from '../aggregate/schema.ts';
import { AlignmentStatusSchema } from '../align/schema.ts';

/**
 * One item as the report's tables need it (results.csv, junit.xml, the heat map, the charts, the
 * per-question breakdown, interviewer calibration): the figures of a `results.jsonl` line without
 * its answer, verdicts and evidence. A run of 10,000 transcripts holds 110,000 of these; full
 * items it holds only for the pages that show them in detail (see `selectDetails`).
 */
export const ItemRowSchema = ItemResultSchema.pick({
  key: true,
  transcript: true,
  question: true,
  status: true,
  rating: true,
  ratingLabel: true,
  ratingSpread: true,
  interviewerRating: true,
  needsReview: true,
  reviewReasons: true,
  reviewNotes: true,
  reviewPriority: true,
}).extend({
  alignmentStatus: AlignmentStatusSchema,
  alignmentConfidence: z.number(),
  /** Distinct judges that returned a verdict. */
  judges: z.number().int(),
  /** Usable (`ok`) verdicts. */
  usableVerdicts: z.number().int(),
  /** Ids of the flags of each kind whose aggregated status is `present`. */
  greenFlagsPresent: z.array(z.string()),
  redFlagsPresent: z.array(z.string()),
});
export type ItemRow = z.infer<typeof ItemRowSchema>;

const NONE: readonly never[] = Object.freeze([]);

/** The row of an item. */
export function toItemRow(item: ItemResult): ItemRow {
  const present = (kind: 'green' | 'red') =>
    item.findings.filter((f) => f.kind === kind && f.status === 'present').map((f) => f.flag);
  return {
    key: item.key,
    transcript: item.transcript,
    question: item.question,
    status: item.status,
    rating: item.rating,
    ratingLabel: item.ratingLabel,
    ratingSpread: item.ratingSpread,
    interviewerRating: item.interviewerRating,
    needsReview: item.needsReview,
    // Shared empty arrays: most items have no reasons, and a big run has 100,000 rows.
    reviewReasons: item.reviewReasons.length === 0 ? (NONE as never[]) : item.reviewReasons,
    reviewNotes: item.reviewNotes.length === 0 ? (NONE as never[]) : item.reviewNotes,
    reviewPriority: item.reviewPriority,
    alignmentStatus: item.alignment.status,
    alignmentConfidence: item.alignment.confidence,
    judges: new Set(item.verdicts.map((verdict) => verdict.judge)).size,
    usableVerdicts: item.verdicts.filter((verdict) => verdict.outcome === 'ok').length,
    greenFlagsPresent: present('green'),
    redFlagsPresent: present('red'),
  };
}
