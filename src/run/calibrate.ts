import { calibrateRun } from '../calibrate/calibrate-run.ts';
import {
  buildCalibrationReport,
  type CalibrationReport,
  checkRatingScales,
  parseRatingsCsv,
  type ScaleMismatch,
} from '../calibrate/index.ts';
import { UsageError } from '../errors.ts';
import { readUserFile } from '../io/read-user-file.ts';
import { resolvePath } from '../io/resolve-path.ts';
import { readReviewed } from '../io/review-store.ts';
import { readRun } from '../io/run-store.ts';
import { DEFAULT_SCALE, type Scale } from '../rubric/schema.ts';

/** What to calibrate: raters in a CSV, interviewers against a run, or both. */
export interface CalibrateOptions {
  /** A long-format ratings CSV (`item,rater,rating`). */
  readonly ratings?: string;
  /** A run directory: each interviewer's own ratings against the run's (reviewers' final ratings win). */
  readonly run?: string;
  /** Without `run`: the scale every rater uses (default 1–4). */
  readonly scale?: { readonly min: number; readonly max: number };
  /** Raters on another scale, rescaled linearly onto the common one. */
  readonly raterScales?: ReadonlyMap<string, { readonly min: number; readonly max: number }>;
  /** Base for relative paths (default: `process.cwd()`). */
  readonly cwd?: string;
}

/** The report (with where its data came from), or the raters whose scales differ. */
export type CalibrateResult =
  | {
      readonly kind: 'report';
      readonly report: CalibrationReport;
      readonly title: string;
      readonly sources: string[];
    }
  | { readonly kind: 'scale_mismatch'; readonly mismatches: readonly ScaleMismatch[] };

/**
 * Agreement among raters (`ratings`) and, with `run`, how far each interviewer sits from the
 * rubric's ratings (the Node API of `rubricate calibrate`). Raters on differing scales are
 * returned as `scale_mismatch` (nothing is computed from incomparable ratings) unless declared in
 * `raterScales`. Throws `RubricateError` for a missing or malformed file.
 */
export function calibrate(options: CalibrateOptions): CalibrateResult {
  const cwd = options.cwd ?? process.cwd();
  const declared = options.raterScales ?? new Map();
  if (options.ratings === undefined && options.run === undefined)
    throw new UsageError('Expected `--ratings FILE.csv`, `--run DIR`, or both.');
  if (options.run !== undefined && options.scale !== undefined)
    throw new UsageError("Expected --scale only without --run: a run's rubric fixes the scale.");
  return options.run === undefined
    ? calibrateRatings(options.ratings ?? '', options.scale ?? null, cwd, declared)
    : calibrateRunDir(options.run, options.ratings, cwd, declared);
}

function calibrateRunDir(
  runArg: string,
  ratingsPath: string | undefined,
  cwd: string,
  declared: ReadonlyMap<string, { min: number; max: number }>,
): CalibrateResult {
  const dir = resolvePath(cwd, runArg);
  const run = readRun(dir);
  if (run.items.length === 0) {
    throw new UsageError(
      `${runArg} has no results yet: finish it with \`rubricate score --resume ${runArg}\`.`,
    );
  }
  const ratings = ratingsPath === undefined ? undefined : readRatings(ratingsPath, cwd, run.rubric.scale);
  const outcome = calibrateRun({
    items: run.items,
    reviewed: readReviewed(dir),
    inputs: run.manifest.inputs,
    scale: run.rubric.scale,
    ...(ratings === undefined ? {} : { ratings }),
    raterScales: declared,
  });
  if (outcome.kind === 'scale_mismatch') return { kind: 'scale_mismatch', mismatches: outcome.mismatches };
  return {
    kind: 'report',
    report: outcome.report,
    title: run.rubric.title,
    sources: [
      `run ${runArg} (rubric ${run.rubric.id} ${run.rubric.version}, ${run.manifest.startedAt})`,
      ...(ratingsPath === undefined ? [] : [`ratings ${ratingsPath}`]),
    ],
  };
}

function calibrateRatings(
  path: string,
  range: { readonly min: number; readonly max: number } | null,
  cwd: string,
  declared: ReadonlyMap<string, { min: number; max: number }>,
): CalibrateResult {
  const common = range ?? { min: DEFAULT_SCALE.min, max: DEFAULT_SCALE.max };
  const ratings = readRatings(path, cwd, range === null ? DEFAULT_SCALE : undefined);
  const checked = checkRatingScales({ ratings }, common, declared);
  if (checked.kind === 'mismatch') return { kind: 'scale_mismatch', mismatches: checked.mismatches };
  return {
    kind: 'report',
    report: buildCalibrationReport({
      ...checked.input,
      scale: { ...common, source: range === null ? 'default' : 'flag' },
      rescaled: checked.rescaled,
    }),
    title: 'Rater agreement',
    sources: [`ratings ${path}`],
  };
}

function readRatings(path: string, cwd: string, scale: Scale | undefined) {
  return parseRatingsCsv({
    path,
    text: readUserFile(path, cwd, 'a ratings CSV').toString('utf8'),
    ...(scale === undefined ? {} : { scale }),
  });
}
