import { calibrateInterviewers } from './calibrate-interviewers.ts';
import { collectInterviewerRatings, keyOfItem } from './collect-interviewer-ratings.ts';
import { computeAgreement } from './compute-agreement.ts';
import type { CalibrationReport, RatedItem, RatingRow, RescaledRater } from './schema.ts';

/** The rater name the run's aggregated ratings go by in agreement tables. */
export const RUN_RATER = 'rubricate';

/** What `rubricate calibrate` was given: `--ratings` rows, `--run` items, or both. */
export interface CalibrationInput {
  readonly ratings?: readonly RatingRow[];
  readonly items?: readonly RatedItem[];
  /** transcript id → interviewer name (from transcript metadata `interviewer`). */
  readonly interviewerOf?: Readonly<Record<string, string>>;
  /** The common scale the ratings were checked against (`checkRatingScales`), for the report. */
  readonly scale?: NonNullable<CalibrationReport['scale']>;
  /** Raters whose ratings were rescaled onto it. */
  readonly rescaled?: readonly RescaledRater[];
  /** How many of `items` carry a reviewer's final rating (see `adjudicateItems`). */
  readonly reviewedItems?: number;
}

/**
 * The whole `calibrate` report. Agreement is computed among the raters of the CSV when one is
 * given; with a run only, among the interviewers and the run itself (rater {@link RUN_RATER}).
 * `interviewers` is filled only with a run.
 */
export function buildCalibrationReport(input: CalibrationInput): CalibrationReport {
  const ratings = input.ratings ?? [];
  const items = input.items ?? [];
  const interviewerOf = input.interviewerOf ?? {};
  const agreementRows = input.ratings !== undefined ? ratings : ratingRowsOfRun(items, interviewerOf);
  return {
    ...computeAgreement(agreementRows),
    interviewers: input.items !== undefined ? calibrateInterviewers(items, ratings, interviewerOf) : [],
    scale: input.scale ?? null,
    rescaled: [...(input.rescaled ?? [])],
    reviewedItems: input.reviewedItems ?? 0,
  };
}

/**
 * A run as rating rows: the run's aggregated rating of every rated item, and each interviewer's
 * own rating from metadata.
 */
export function ratingRowsOfRun(
  items: readonly RatedItem[],
  interviewerOf: Readonly<Record<string, string>> = {},
): RatingRow[] {
  const rows: RatingRow[] = [];
  for (const item of items) {
    if (item.rating === null) continue;
    rows.push({ item: keyOfItem(item.transcript, item.question), rater: RUN_RATER, rating: item.rating });
  }
  for (const [rater, own] of collectInterviewerRatings(items, [], interviewerOf)) {
    for (const [item, rating] of own) rows.push({ item, rater, rating });
  }
  return rows;
}
