import type { RatedItem, RatingRow } from './schema.ts';

/** rater → (item key `<transcript>#<question>` → that rater's numeric rating). */
export type InterviewerRatings = Map<string, Map<string, number>>;

/** `<transcript>#<question>`, the run's item key (as `itemKey` in src/run/plan-items.ts). */
export function keyOfItem(transcript: string, question: string): string {
  return `${transcript}#${question}`;
}

/** The name an interviewer goes by when the run does not say: "interviewer of <transcript>". */
export function defaultInterviewerName(transcript: string): string {
  return `interviewer of ${transcript}`;
}

/**
 * Gathers interviewers' own ratings: each item's `interviewerRating` (the rater named by
 * `interviewerOf[transcript]`, else "interviewer of <transcript>"), then the CSV rows. A row
 * matches an item by its `transcript` and `question` columns when both are present, else by an
 * `item` of the form `<transcript>#<question>`. A CSV rating replaces the metadata rating of the
 * same rater on the same item, as the file is the later, explicit source. Label ratings that are
 * not on the numeric scale cannot be compared with the run's numbers and are left out.
 */
export function collectInterviewerRatings(
  items: readonly RatedItem[],
  extra: readonly RatingRow[],
  interviewerOf: Readonly<Record<string, string>>,
): InterviewerRatings {
  const ratings: InterviewerRatings = new Map();
  const put = (rater: string, key: string, rating: number): void => {
    const own = ratings.get(rater) ?? new Map<string, number>();
    own.set(key, rating);
    ratings.set(rater, own);
  };
  for (const item of items) {
    if (item.interviewerRating === null) continue;
    // hasOwn: a transcript named e.g. `constructor` must not pick up Object.prototype's.
    const named = Object.hasOwn(interviewerOf, item.transcript) ? interviewerOf[item.transcript] : undefined;
    put(
      named ?? defaultInterviewerName(item.transcript),
      keyOfItem(item.transcript, item.question),
      item.interviewerRating,
    );
  }
  for (const row of extra) {
    if (typeof row.rating !== 'number') continue;
    const key =
      row.transcript !== undefined && row.question !== undefined
        ? keyOfItem(row.transcript, row.question)
        : row.item;
    put(row.rater, key, row.rating);
  }
  return ratings;
}
