import type { Command } from 'commander';
import { calibrateRun } from '../../calibrate/calibrate-run.ts';
import {
  buildCalibrationReport,
  type CalibrationReport,
  checkRatingScales,
  formatCalibration,
  parseRatingsCsv,
  type ScaleMismatch,
} from '../../calibrate/index.ts';
import { UsageError } from '../../errors.ts';
import { writeFileAtomic } from '../../io/atomic-write.ts';
import { readUserFile } from '../../io/read-user-file.ts';
import { readReviewed } from '../../io/review-store.ts';
import { readRun } from '../../io/run-store.ts';
import { renderCalibrationPage } from '../../report/render-calibration-page.ts';
import { DEFAULT_SCALE, type Scale } from '../../rubric/schema.ts';
import type { CliIo } from '../cli-io.ts';
import { EXIT, type ExitCode } from '../exit-codes.ts';
import { parseRaterScale, parseScaleRange } from '../parse-scale-range.ts';
import { resolvePath } from '../resolve-path.ts';
import { TOOL_VERSION } from '../version.ts';

interface CalibrateOptions {
  ratings?: string;
  run?: string;
  json?: boolean;
  html?: string;
  scale?: string;
  raterScale?: string[];
}

/** `rubricate calibrate`: agreement among raters; each interviewer against a run's ratings. */
export function registerCalibrate(program: Command, io: CliIo, done: (code: ExitCode) => void): void {
  program
    .command('calibrate')
    .description(
      "Agreement statistics between raters (--ratings), and how far each interviewer sits from the rubric (--run, reviewers' final ratings included): quadratic κ, mean bias with a 95% CI, lenient/severe/calibrated/insufficient_data.",
    )
    .option(
      '--ratings <file>',
      'a long-format CSV with columns item,rater,rating (question and transcript columns used when present)',
    )
    .option(
      '--run <dir>',
      "a run directory: compare each interviewer's own ratings (transcript metadata or --ratings) with the run's",
    )
    .option(
      '--json',
      'print one JSON object (items, raters, krippendorffAlpha, fleissKappa, pairs, interviewers, …)',
    )
    .option('--html <file>', 'also write a single-file HTML page of the same data')
    .option('--scale <min-max>', 'without --run: the scale every rater rates on (default 1-4)')
    .option(
      '--rater-scale <name=min-max>',
      'a rater who rates on another scale, rescaled linearly onto the common one (repeatable)',
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .action((options: CalibrateOptions) => {
      if (options.ratings === undefined && options.run === undefined) {
        throw new UsageError('Expected `--ratings FILE.csv`, `--run DIR`, or both.');
      }
      if (options.run !== undefined && options.scale !== undefined) {
        throw new UsageError("Expected --scale only without --run: a run's rubric fixes the scale.");
      }
      const declared = new Map((options.raterScale ?? []).map(parseRaterScale));
      const outcome =
        options.run === undefined
          ? calibrateRatings(options, io, declared)
          : calibrateRunDir(options.run, options, io, declared);
      if ('mismatches' in outcome) {
        for (const m of outcome.mismatches) io.stderr(`rubricate: ${m.message}.\n`);
        io.stderr(
          'rubricate: raters on different scales cannot be compared as they are; nothing was computed.\n',
        );
        done(EXIT.badInput);
        return;
      }
      const { report, sources, title } = outcome;
      if (options.html !== undefined) {
        const path = resolvePath(io.cwd, options.html);
        writeFileAtomic(
          path,
          renderCalibrationPage(report, { title, sources, generatedBy: `rubricate ${TOOL_VERSION}` }),
        );
        io.stderr(`wrote ${options.html}\n`);
      }
      io.stdout(options.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatCalibration(report)}\n`);
      done(EXIT.ok);
    });
}

type Outcome =
  | { report: CalibrationReport; sources: string[]; title: string }
  | { mismatches: ScaleMismatch[] };

function calibrateRunDir(
  runArg: string,
  options: CalibrateOptions,
  io: CliIo,
  declared: ReadonlyMap<string, { min: number; max: number }>,
): Outcome {
  const dir = resolvePath(io.cwd, runArg);
  const run = readRun(dir);
  if (run.items.length === 0) {
    throw new UsageError(
      `${runArg} has no results yet: finish it with \`rubricate score --resume ${runArg}\`.`,
    );
  }
  const ratings =
    options.ratings === undefined ? undefined : readRatings(options.ratings, io.cwd, run.rubric.scale);
  const outcome = calibrateRun({
    items: run.items,
    reviewed: readReviewed(dir),
    inputs: run.manifest.inputs,
    scale: run.rubric.scale,
    ...(ratings === undefined ? {} : { ratings }),
    raterScales: declared,
  });
  if (outcome.kind === 'scale_mismatch') return { mismatches: outcome.mismatches };
  return {
    report: outcome.report,
    title: run.rubric.title,
    sources: [
      `run ${runArg} (rubric ${run.rubric.id} ${run.rubric.version}, ${run.manifest.startedAt})`,
      ...(options.ratings === undefined ? [] : [`ratings ${options.ratings}`]),
    ],
  };
}

function calibrateRatings(
  options: CalibrateOptions,
  io: CliIo,
  declared: ReadonlyMap<string, { min: number; max: number }>,
): Outcome {
  const path = options.ratings ?? '';
  const range = options.scale === undefined ? null : parseScaleRange('--scale', options.scale);
  const common = range ?? { min: DEFAULT_SCALE.min, max: DEFAULT_SCALE.max };
  const ratings = readRatings(path, io.cwd, range === null ? DEFAULT_SCALE : undefined);
  const checked = checkRatingScales({ ratings }, common, declared);
  if (checked.kind === 'mismatch') return { mismatches: checked.mismatches };
  return {
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
