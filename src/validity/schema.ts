import { z } from 'zod';

/** One labelled answer, scored: the human grade, the judge's rating (null when not located), its context. */
export const ScoredItemSchema = z.object({
  /** `<transcript>#<question>`. */
  key: z.string(),
  question: z.string(),
  gold: z.number(),
  /** The heuristic judge's rating, or null when the aligner did not locate the answer. */
  rating: z.number().int().nullable(),
  /** Words in the located answer (0 when not located): the length baseline. */
  words: z.number().int().min(0),
  /** How the aligner saw the question: answered, ambiguous or not_asked. */
  alignment: z.enum(['answered', 'ambiguous', 'not_asked']),
});
export type ScoredItem = z.infer<typeof ScoredItemSchema>;

/** A labelled set on disk: where its rubrics, transcripts and labels are, and where it came from. */
export const ValiditySetSchema = z.strictObject({
  name: z.string().min(1),
  /** Where the answers and grades come from (paper, corpus, version). */
  source: z.string().min(1),
  /** The licence the data is used under, and the file beside it that holds it. */
  licence: z.string().min(1),
  /** What the gold numbers mean, e.g. "2-way: 1 correct, 0 incorrect". */
  gold: z.string().min(1),
  /** Each rubric with the transcripts scored against it (paths relative to the set folder). */
  parts: z.array(z.strictObject({ rubric: z.string().min(1), transcripts: z.string().min(1) })).min(1),
  /** `transcript,question,gold` (transcript = file name without extension, question = rubric id). */
  labels: z.string().min(1),
});
export type ValiditySet = z.infer<typeof ValiditySetSchema>;

/** The figures of one set (see `computeValidity`). */
export interface ValidityReport {
  readonly name: string;
  readonly items: number;
  readonly located: number;
  /** Items whose question the aligner did not find although the transcript asks it. */
  readonly notLocated: number;
  readonly pearson: { readonly value: number | null; readonly ci95: readonly [number, number] | null };
  readonly spearman: { readonly value: number | null; readonly ci95: readonly [number, number] | null };
  /** Mean of Pearson's r within each question that has ≥ 3 items and variance on both sides. */
  readonly withinQuestion: { readonly mean: number | null; readonly questions: number };
  /** Rating → mean gold and count: a valid rater's means rise with its ratings. */
  readonly meanGoldByRating: ReadonlyArray<{
    readonly rating: number;
    readonly n: number;
    readonly meanGold: number;
  }>;
  readonly monotone: boolean;
  /** Pearson's r between gold and answer length in words: what "longer is better" alone gets. */
  readonly lengthBaseline: number | null;
}
