import type { Command } from 'commander';
import { TOOL_VERSION } from '../../version.ts';
import type { CliIo } from '../cli-io.ts';
import { EXIT, type ExitCode } from '../exit-codes.ts';

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
    .action(async (options: CalibrateOptions) => {
      const { formatCalibration } = await import('../../calibrate/index.ts');
      const { writeFileAtomic } = await import('../../io/atomic-write.ts');
      const { resolvePath } = await import('../../io/resolve-path.ts');
      const { renderCalibrationPage } = await import('../../report/render-calibration-page.ts');
      const { calibrate } = await import('../../run/calibrate.ts');
      const { parseRaterScale, parseScaleRange } = await import('../parse-scale-range.ts');
      const outcome = calibrate({
        ...(options.ratings === undefined ? {} : { ratings: options.ratings }),
        ...(options.run === undefined ? {} : { run: options.run }),
        ...(options.scale === undefined ? {} : { scale: parseScaleRange('--scale', options.scale) }),
        raterScales: new Map((options.raterScale ?? []).map(parseRaterScale)),
        cwd: io.cwd,
      });
      if (outcome.kind === 'scale_mismatch') {
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
