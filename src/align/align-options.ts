import { z } from 'zod';

/**
 * Thresholds and weights of the answer aligner. A score is the IDF-weighted sum of a question's
 * words found in an interviewer block (flag and section words counting for less) over a length
 * norm of the question text: a long question read out scores about 1, a loose paraphrase 0.2–0.4,
 * small talk about 0.
 */
export const AlignOptionsSchema = z
  .object({
    /** Weight of words that occur only in a question's green/red flags (the question text weighs 1). */
    flagWeight: z.number().min(0).max(1),
    /** Weight of words from the question's section heading. */
    sectionWeight: z.number().min(0).max(1),
    /** Weight of a word that only matches by sharing a stem prefix (e.g. `fail` ~ `failur`). */
    prefixWeight: z.number().min(0).max(1),
    /** The length norm is at least this share of the rubric's mean, so terse questions do not over-match. */
    normFloor: z.number().min(0).max(1),
    /** Expand interview paraphrases (in-house → reinvent, flaky → nondeterminism, …). */
    useSynonyms: z.boolean(),
    /** A block at or above this score is taken to ask the question. */
    minScore: z.number().min(0),
    /** `minScore` for a block that lays out the plan ("I'll ask about code and design…"). */
    agendaMinScore: z.number().min(0),
    /** Below `minScore` but at or above this: "maybe asked" → `ambiguous`. */
    plausibleScore: z.number().min(0),
    /** Score at which a match counts as certain (confidence 1 before the margin). */
    strongScore: z.number().min(0),
    /** Score of a block that reads a question out word for word (above any similarity score). */
    verbatimScore: z.number().min(0),
    /** Relative margin (best − runner-up) / best under which the match is `ambiguous`. */
    minMargin: z.number().min(0).max(1),
    /** A block whose best question is taken may still ask its runner-up if that scores ≥ ratio × best. */
    runnerUpRatio: z.number().min(0).max(1),
    /** A matched block inside a span stays a follow-up if the current question scores ≥ ratio × its match. */
    followUpSimilarityRatio: z.number().min(0).max(1),
    /** Factor on a match made of flag and section words only (none of the question's own words). */
    flagOnlyFactor: z.number().min(0).max(1),
    /** Share of a block's words already said in the current exchange that makes it a follow-up. */
    followUpOverlap: z.number().min(0).max(1),
    /** Interviewer statements (no question) up to this many words keep the current span open. */
    shortStatementWords: z.number().int().min(0),
    /** Interviewer questions with at most this many content words keep the current span open. */
    followUpMaxStems: z.number().int().min(0),
    /** Confidence of a slot found by an explicit marker ("Question 5:"). */
    markerConfidence: z.number().min(0).max(1),
    /** Confidence cap when speaker roles are unknown and questions are guessed from `?`. */
    unknownRoleMaxConfidence: z.number().min(0).max(1),
  })
  .strict();
/** Thresholds and weights of `alignAnswers` (see `AlignOptionsSchema`). */
export type AlignOptions = z.infer<typeof AlignOptionsSchema>;

/** The defaults, tuned on the bundled sample interviews (see test/align/gold-accuracy.test.ts). */
export const DEFAULT_ALIGN_OPTIONS: Readonly<AlignOptions> = Object.freeze({
  flagWeight: 0.35,
  sectionWeight: 0.2,
  prefixWeight: 0.5,
  normFloor: 0.6,
  useSynonyms: true,
  minScore: 0.15,
  agendaMinScore: 0.3,
  plausibleScore: 0.1,
  strongScore: 0.6,
  verbatimScore: 2,
  minMargin: 0.2,
  runnerUpRatio: 0.75,
  followUpSimilarityRatio: 0.6,
  flagOnlyFactor: 0.5,
  followUpOverlap: 0.4,
  shortStatementWords: 12,
  followUpMaxStems: 3,
  markerConfidence: 0.95,
  unknownRoleMaxConfidence: 0.5,
});

/** Defaults overlaid with the caller's options (validated, frozen). */
export function resolveAlignOptions(options: Partial<AlignOptions> = {}): Readonly<AlignOptions> {
  return Object.freeze(AlignOptionsSchema.parse({ ...DEFAULT_ALIGN_OPTIONS, ...options }));
}
