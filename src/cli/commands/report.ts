import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { UsageError } from '../../errors.ts';
import { writeFileAtomic } from '../../io/atomic-write.ts';
import { RUN_FILES, readRun } from '../../io/run-store.ts';
import { renderReports } from '../../report/registry.ts';
import { SummarySchema } from '../../report/schema.ts';
import type { CliIo } from '../cli-io.ts';
import { EXIT, type ExitCode } from '../exit-codes.ts';
import { resolvePath } from '../resolve-path.ts';
import { parseFormats } from '../score/parse-formats.ts';

/** `rubricate report <run-dir>`: re-renders a run's reports from its files; calls no judge. */
export function registerReport(program: Command, io: CliIo, done: (code: ExitCode) => void): void {
  program
    .command('report')
    .description('Re-render the reports of a run directory from its results, without calling any judge.')
    .argument('<run-dir>', 'a run directory written by `rubricate score`')
    .option(
      '--format <list>',
      'comma list of md, html, json, csv, junit (default: md,html,json)',
      'md,html,json',
    )
    .action((dirArg: string, options: { format: string }) => {
      const dir = resolvePath(io.cwd, dirArg);
      const formats = parseFormats(options.format);
      const { manifest, rubric, items } = readRun(dir);
      const summaryPath = join(dir, RUN_FILES.summary);
      if (!existsSync(summaryPath) || items.length === 0) {
        throw new UsageError(
          `${dirArg} has no results yet (the run did not finish): complete it with \`rubricate score --resume ${dirArg}\`.`,
        );
      }
      const summary = SummarySchema.parse(JSON.parse(readFileSync(summaryPath, 'utf8')));
      for (const file of renderReports({ manifest, summary, rubric, items }, formats)) {
        writeFileAtomic(join(dir, file.fileName), file.content);
        io.stderr(`wrote ${join(dirArg, file.fileName)}\n`);
      }
      done(EXIT.ok);
    });
}
