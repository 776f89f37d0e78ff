import { join } from 'node:path';
import type { Command } from 'commander';
import type { CliIo } from '../cli-io.ts';
import { EXIT, type ExitCode } from '../exit-codes.ts';

/**
 * `rubricate report <run-dir>`: re-renders a run's reports from its files, reviewers' decisions
 * (`reviewed.jsonl`) included; calls no judge.
 */
export function registerReport(program: Command, io: CliIo, done: (code: ExitCode) => void): void {
  program
    .command('report')
    .description(
      'Re-render the reports of a run directory from its results (and reviewed.jsonl), without calling any judge.',
    )
    .argument('<run-dir>', 'a run directory written by `rubricate score`')
    .option(
      '--format <list>',
      'comma list of md, html, json, csv, junit (default: md,html,json)',
      'md,html,json',
    )
    .action(async (dirArg: string, options: { format: string }) => {
      const { writeChunksAtomic } = await import('../../io/atomic-write.ts');
      const { readRunReport } = await import('../../io/read-run-report.ts');
      const { resolvePath } = await import('../../io/resolve-path.ts');
      const { parseFormats } = await import('../../report/parse-formats.ts');
      const { forEachReport } = await import('../../report/registry.ts');
      const dir = resolvePath(io.cwd, dirArg);
      const formats = parseFormats(options.format);
      const report = readRunReport(dir, dirArg);
      forEachReport(report, formats, (file) => {
        writeChunksAtomic(join(dir, file.fileName), file.chunks);
        io.stderr(`wrote ${join(dirArg, file.fileName)}\n`);
      });
      done(EXIT.ok);
    });
}
