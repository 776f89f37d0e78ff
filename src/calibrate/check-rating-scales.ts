import type { CalibrationInput } from './build-calibration-report.ts';
import { defaultInterviewerName } from './collect-interviewer-ratings.ts';
import type { RatedItem, RatingRow, RescaledRater, ScaleRange } from './schema.ts';

/** A rater whose ratings do not fit the scale they are read on. */
export interface ScaleMismatch {
  readonly rater: string;
  readonly message: string;
}

/** The input with every rating on the common scale, or why that is impossible. */
export type ScaleCheck =
  | { readonly kind: 'ok'; readonly input: CalibrationInput; readonly rescaled: RescaledRater[] }
  | { readonly kind: 'mismatch'; readonly mismatches: ScaleMismatch[] };

interface Seen {
  min: number;
  max: number;
  readonly where: string[];
}

const range = (r: ScaleRange): string => (r.min === r.max ? `${r.min}` : `${r.min}–${r.max}`);

/**
 * Makes sure every rater rates on `common` (the run's scale, `--scale`, or the default 1–4), so a
 * 0–5 interviewer is never compared with a 1–4 run as if their numbers meant the same. A rater
 * with any numeric rating outside `common` is refused (the message names them, what they used,
 * and where), unless `declared` gives their own scale (`--rater-scale NAME=MIN-MAX`): their
 * ratings are then mapped linearly onto `common` and rounded to the nearest point, and they are
 * listed in `rescaled`. A declared scale that a rating falls outside of, or that names nobody who
 * rated, is refused too. Label ratings are nominal and left alone. Pure: returns new input.
 */
export function checkRatingScales(
  input: CalibrationInput,
  common: ScaleRange,
  declared: ReadonlyMap<string, ScaleRange> = new Map(),
): ScaleCheck {
  const interviewerOf = input.interviewerOf ?? {};
  const raterOf = (item: RatedItem): string =>
    (Object.hasOwn(interviewerOf, item.transcript) ? interviewerOf[item.transcript] : undefined) ??
    defaultInterviewerName(item.transcript);
  const seen = new Map<string, Seen>();
  const note = (rater: string, value: number, where: string): void => {
    const entry = seen.get(rater) ?? { min: value, max: value, where: [] };
    entry.min = Math.min(entry.min, value);
    entry.max = Math.max(entry.max, value);
    const off = value < common.min || value > common.max;
    if (off && entry.where.length < 3 && !entry.where.includes(where)) entry.where.push(where);
    seen.set(rater, entry);
  };
  for (const item of input.items ?? []) {
    if (item.interviewerRating !== null)
      note(raterOf(item), item.interviewerRating, `metadata of ${item.transcript}`);
  }
  for (const row of input.ratings ?? []) {
    if (typeof row.rating === 'number')
      note(row.rater, row.rating, row.line === undefined ? 'ratings CSV' : `ratings CSV line ${row.line}`);
  }
  const mismatches: ScaleMismatch[] = [];
  for (const [rater, scale] of declared) {
    const used = seen.get(rater);
    if (used === undefined) {
      mismatches.push({
        rater,
        message: `--rater-scale names \`${rater}\`, but no rating by that rater was found`,
      });
    } else if (used.min < scale.min || used.max > scale.max) {
      mismatches.push({
        rater,
        message: `\`${rater}\` was declared on ${range(scale)} but used ${range(used)}`,
      });
    }
  }
  for (const [rater, used] of seen) {
    if (declared.has(rater) || (used.min >= common.min && used.max <= common.max)) continue;
    mismatches.push({
      rater,
      message: `\`${rater}\` rates on another scale: ratings ${range(used)} (${used.where.join(', ')}), but the common scale is ${range(common)}. If ${range(used)} is their scale, pass \`--rater-scale "${rater}=MIN-MAX"\` to rescale their ratings onto ${range(common)}; otherwise fix the ratings`,
    });
  }
  if (mismatches.length > 0) return { kind: 'mismatch', mismatches };
  if (declared.size === 0) return { kind: 'ok', input, rescaled: [] };
  const map = (rater: string, value: number): number => {
    const from = declared.get(rater);
    return from === undefined ? value : rescale(value, from, common);
  };
  return {
    kind: 'ok',
    input: {
      ...input,
      ...(input.items === undefined
        ? {}
        : {
            items: input.items.map((item) =>
              item.interviewerRating === null
                ? item
                : { ...item, interviewerRating: map(raterOf(item), item.interviewerRating) },
            ),
          }),
      ...(input.ratings === undefined
        ? {}
        : {
            ratings: input.ratings.map(
              (row): RatingRow =>
                typeof row.rating === 'number' ? { ...row, rating: map(row.rater, row.rating) } : row,
            ),
          }),
    },
    rescaled: [...declared].map(([rater, from]) => ({
      rater,
      from,
      to: { min: common.min, max: common.max },
    })),
  };
}

/** Linear map of `value` from one range onto another, rounded to the nearest whole point. */
export function rescale(value: number, from: ScaleRange, to: ScaleRange): number {
  if (from.max === from.min) return Math.round((to.min + to.max) / 2);
  return Math.round(to.min + ((value - from.min) * (to.max - to.min)) / (from.max - from.min));
}
