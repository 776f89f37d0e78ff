import { adjudicateItems } from '../review/adjudicate-items.ts';
import type { ReviewedItem } from '../review/schema.ts';
import type { Scale } from '../rubric/schema.ts';
import { buildCalibrationReport } from './build-calibration-report.ts';
import { checkRatingScales, type ScaleMismatch } from './check-rating-scales.ts';
import type { CalibrationReport, RatedItem, RatingRow, ScaleRange } from './schema.ts';

/** The run-side facts calibration reads (a run directory's results, manifest inputs, rubric). */
export interface RunCalibrationInput {
  readonly items: readonly RatedItem[];
  readonly reviewed: readonly ReviewedItem[];
  /** The run's inputs: `metadata.interviewer` names each transcript's interviewer. */
  readonly inputs: readonly {
    readonly transcript: string | null;
    readonly metadata?: { readonly interviewer?: unknown } | undefined;
  }[];
  readonly scale: Scale;
  /** `--ratings` rows, when given. */
  readonly ratings?: readonly RatingRow[];
  /** `--rater-scale` declarations. */
  readonly raterScales?: ReadonlyMap<string, ScaleRange>;
}

/** A calibration report, or the raters whose scale differs from the run's. */
export type RunCalibration =
  | { readonly kind: 'report'; readonly report: CalibrationReport }
  | { readonly kind: 'scale_mismatch'; readonly mismatches: ScaleMismatch[] };

/** transcript id → interviewer name, from each input's `metadata.interviewer`. */
export function interviewersOfRun(inputs: RunCalibrationInput['inputs']): Record<string, string> {
  return Object.fromEntries(
    inputs.flatMap((input) =>
      input.transcript !== null && typeof input.metadata?.interviewer === 'string'
        ? [[input.transcript, input.metadata.interviewer]]
        : [],
    ),
  );
}

/**
 * `calibrate --run`: each interviewer against the run, where a reviewer's `finalRating`
 * (reviewed.jsonl) replaces the judges' rating, after checking every rater rates on the run's
 * scale (or rescaling those declared on another). Shared by the CLI and report.html's section.
 */
export function calibrateRun(input: RunCalibrationInput): RunCalibration {
  const items = adjudicateItems(input.items, input.reviewed, input.scale);
  const keys = new Set(input.items.map((item) => item.key));
  const reviewedItems = new Set(input.reviewed.map((entry) => entry.key).filter((key) => keys.has(key))).size;
  const common = { min: input.scale.min, max: input.scale.max };
  const checked = checkRatingScales(
    {
      items,
      interviewerOf: interviewersOfRun(input.inputs),
      ...(input.ratings === undefined ? {} : { ratings: input.ratings }),
    },
    common,
    input.raterScales,
  );
  if (checked.kind === 'mismatch') return { kind: 'scale_mismatch', mismatches: checked.mismatches };
  return {
    kind: 'report',
    report: buildCalibrationReport({
      ...checked.input,
      scale: { ...common, source: 'run' },
      rescaled: checked.rescaled,
      reviewedItems,
    }),
  };
}
