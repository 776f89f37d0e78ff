import type { Command } from 'commander';
import type { CliIo } from '../cli-io.ts';
import type { ExitCode } from '../exit-codes.ts';
import { collectRubrics } from '../rubric-list.ts';

/** `rubricate eval <suite-dir>`: the golden-set regression gate for CI. */
export function registerEval(program: Command, io: CliIo, done: (code: ExitCode) => void): void {
  program
    .command('eval')
    .description(
      'Score a golden suite (suite.yaml + labels.csv), compare with the human gold ratings and baseline.json, write eval-report.md, eval-report.html and junit.xml (and a job summary); exit 1 when a threshold or the baseline comparison fails.',
    )
    .argument('<suite-dir>', 'a folder with suite.yaml, labels.csv and optionally baseline.json')
    .option(
      '--out <dir>',
      'where to write the run, eval-report.md and junit.xml (default: runs/eval-<timestamp>-<suite>); with several rubrics, one folder per rubric inside it',
    )
    .option(
      '--rubric <file>',
      "evaluate this rubric instead of the suite's; repeat it or give a comma list to evaluate several, one after the other",
      collectRubrics,
    )
    .option(
      '--update-baseline',
      "rewrite the suite's baseline.json from this run (the gate then checks thresholds only)",
    )
    .option('--json', 'print the gate and the metrics as JSON')
    .option(
      '--summary-md <file>',
      'write a short Markdown job summary (pass/fail, changed questions, agreement before → after, calls, cost); also appended to $GITHUB_STEP_SUMMARY when set',
    )
    .option(
      '--config <file>',
      'config file (default: rubricate.config.{yaml,yml,json} in the working directory)',
    )
    .option('--cache-dir <dir>', 'the shared response cache (reused across evals)')
    .option('--no-cache', 'neither read nor write the shared cache')
    .option('--quiet', "don't print the scorer's table")
    .option(
      '--trust-config',
      'accept a `baseUrl` from suite.yaml or the config file, `redact: false` from the config file, and suite paths outside the suite directory (also RUBRICATE_TRUST_CONFIG=1)',
    )
    .action(async (suiteArg: string, options: Record<string, unknown>, command: Command) => {
      const { runEval } = await import('../eval/run-eval.ts');
      const { evalRubrics } = await import('../eval/eval-rubrics.ts');
      const flags: Record<string, unknown> = {};
      for (const key of ['cacheDir', 'cache', 'quiet']) {
        if (command.getOptionValueSource(key) === 'cli') flags[key] = options[key];
      }
      const rubrics = Array.isArray(options.rubric) ? (options.rubric as string[]) : [];
      const run =
        rubrics.length > 1
          ? (inv: Parameters<typeof runEval>[0]) => evalRubrics({ ...inv, rubrics })
          : runEval;
      done(
        await run({
          suiteArg,
          ...(rubrics.length === 1 ? { rubric: rubrics[0] as string } : {}),
          ...(typeof options.out === 'string' ? { out: options.out } : {}),
          updateBaseline: options.updateBaseline === true,
          trustConfig: options.trustConfig === true,
          ...(typeof options.summaryMd === 'string' ? { summaryMd: options.summaryMd } : {}),
          json: options.json === true,
          flags,
          ...(typeof options.config === 'string' ? { configPath: options.config } : {}),
          io,
        }),
      );
    });
}
