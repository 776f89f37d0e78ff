import type { ResolvedConfig } from '../../config/schema.ts';
import type { Deps } from '../../deps.ts';
import { scoreRun } from '../../run/score-run.ts';
import type { CliIo } from '../cli-io.ts';
import { EXIT, type ExitCode } from '../exit-codes.ts';
import { formatDryRun } from './format-dry-run.ts';
import { createProgressReporter } from './progress.ts';
import { formatSummaryTable } from './summary-table.ts';

export interface ScoreInvocation {
  readonly patterns: readonly string[];
  readonly resolved: ResolvedConfig;
  readonly dryRun: boolean;
  readonly resume: string | null;
  readonly io: CliIo;
  /** Tests pass fake clocks and sleeps; the CLI the real ones. */
  readonly deps?: Omit<Deps, 'logger'>;
}

/**
 * `rubricate score`: runs `scoreRun` with the terminal's effects (progress bar or heartbeat,
 * notices on stderr) and prints the summary table, the reports and, for an incomplete run, how
 * to finish it. Returns 0 when complete (or a dry run), 3 when anything is left for `--resume`.
 */
export async function runScore(inv: ScoreInvocation): Promise<ExitCode> {
  const { io } = inv;
  const { config } = inv.resolved;
  const progress = createProgressReporter({
    isTTY: io.isTTY,
    quiet: config.quiet,
    stderr: io.stderr,
    now: () => performance.now(),
    heartbeatMs: config.heartbeatMs,
  });
  const result = await scoreRun({
    transcripts: inv.patterns,
    settings: inv.resolved,
    cwd: io.cwd,
    env: io.env,
    homedir: io.homedir,
    dryRun: inv.dryRun,
    ...(inv.resume === null ? {} : { resume: inv.resume }),
    ...(io.signal === undefined ? {} : { signal: io.signal }),
    ...(inv.deps === undefined ? {} : { deps: inv.deps }),
    onEvent: (event) => {
      if (event.type === 'progress') progress.update(event.progress);
      else if (event.type === 'alert' || !config.quiet) io.stderr(`${event.message}\n`);
    },
  }).finally(() => progress.stop());
  if (result.kind === 'dry_run') {
    io.stdout(formatDryRun(result.estimate));
    return EXIT.ok;
  }
  const { summary, status, dir } = result;
  if (!config.quiet) io.stdout(`\n${formatSummaryTable(summary, result.rubric)}`);
  io.stdout(`run ${status}: ${dir}\n`);
  if (!config.quiet) {
    const html = result.reports.includes('report.html') ? ' (open report.html in a browser)' : '';
    io.stdout(`reports: ${result.reports.join(', ')}${html}\n`);
  }
  if (status === 'complete') return EXIT.ok;
  const noVerdict = summary.items.failed;
  const asked = summary.items.total - summary.items.notAsked;
  const count = noVerdict > 0 ? `: ${noVerdict} of ${asked} asked items have no usable verdict` : '';
  io.stderr(
    `rubricate: run incomplete (${result.manifest.incompleteReasons.join(', ')})${count}.\n${result.hints.map((h) => `  - ${h}\n`).join('')}`,
  );
  return EXIT.incomplete;
}
