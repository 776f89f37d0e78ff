import type { Command } from 'commander';
import { buildCalibrationReport, formatCalibration, parseRatingsCsv } from '../../calibrate/index.ts';
import { UsageError } from '../../errors.ts';
import { readUserFile } from '../../io/read-user-file.ts';
import { readRun } from '../../io/run-store.ts';
import type { CliIo } from '../cli-io.ts';
import { EXIT, type ExitCode } from '../exit-codes.ts';
import { resolvePath } from '../resolve-path.ts';

/** `rubricate calibrate`: agreement among raters; each interviewer against a run's ratings. */
export function registerCalibrate(program: Command, io: CliIo, done: (code: ExitCode) => void): void {
  program
    .command('calibrate')
    .description(
      'Agreement statistics between raters (--ratings), and how far each interviewer sits from the rubric (--run): quadratic κ, mean bias with a 95% CI, lenient/severe/calibrated.',
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
      'print one JSON object (items, raters, krippendorffAlpha, fleissKappa, pairs, interviewers)',
    )
    .action((options: { ratings?: string; run?: string; json?: boolean }) => {
      if (options.ratings === undefined && options.run === undefined) {
        throw new UsageError('Expected `--ratings FILE.csv`, `--run DIR`, or both.');
      }
      const run = options.run === undefined ? null : readRun(resolvePath(io.cwd, options.run));
      if (run !== null && run.items.length === 0) {
        throw new UsageError(
          `${options.run} has no results yet: finish it with \`rubricate score --resume ${options.run}\`.`,
        );
      }
      const ratings =
        options.ratings === undefined ? undefined : readRatings(options.ratings, io.cwd, run?.rubric.scale);
      const interviewerOf = Object.fromEntries(
        (run?.manifest.inputs ?? []).flatMap((input) =>
          input.transcript !== null && typeof input.metadata?.interviewer === 'string'
            ? [[input.transcript, input.metadata.interviewer]]
            : [],
        ),
      );
      const report = buildCalibrationReport({
        ...(ratings === undefined ? {} : { ratings }),
        ...(run === null ? {} : { items: run.items }),
        interviewerOf,
      });
      io.stdout(options.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatCalibration(report)}\n`);
      done(EXIT.ok);
    });
}

function readRatings(path: string, cwd: string, scale: Parameters<typeof parseRatingsCsv>[0]['scale']) {
  return parseRatingsCsv({
    path,
    text: readUserFile(path, cwd, 'a ratings CSV').toString('utf8'),
    ...(scale === undefined ? {} : { scale }),
  });
}
