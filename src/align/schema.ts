import { z } from 'zod';

export const AlignmentStatusSchema = z.enum(['answered', 'not_asked', 'ambiguous']);
export type AlignmentStatus = z.infer<typeof AlignmentStatusSchema>;

/** Which turns of a transcript answer one rubric question. */
export const AnswerSlotSchema = z.object({
  question: z.string(),
  status: AlignmentStatusSchema,
  /** 0-based [first, last] turn indices of the answer incl. follow-up exchanges; null if not asked. */
  turns: z.tuple([z.number().int(), z.number().int()]).nullable(),
  /** Index of the interviewer turn that asked the question, when found. */
  askedAt: z.number().int().nullable(),
  /** 0..1: how sure the aligner is of this slot. */
  confidence: z.number().min(0).max(1),
  method: z.enum(['marker', 'similarity', 'none']),
  /** The candidate's words in the span (candidate turns joined by blank lines): what judges read. */
  answer: z.string(),
  /** Why the slot is ambiguous or not asked, for humans. */
  note: z.string().optional(),
});
export type AnswerSlot = z.infer<typeof AnswerSlotSchema>;
