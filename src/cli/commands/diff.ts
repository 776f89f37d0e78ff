import type { Command } from 'commander';
import type { CliIo } from '../cli-io.ts';
import { EXIT, type ExitCode } from '../exit-codes.ts';

/** `rubricate diff <old> <new>`: questions and flags added, removed or changed, by content hash. */
export function registerDiff(program: Command, io: CliIo, done: (code: ExitCode) => void): void {
  program
    .command('diff')
    .description(
      'Show which questions and flags were added, removed or changed between two rubrics (by content hash).',
    )
    .argument('<old-rubric>', 'the rubric before the change')
    .argument('<new-rubric>', 'the rubric after the change')
    .option('--json', 'print the diff as JSON')
    .option(
      '--exit-code',
      'exit 1 when any question or flag changed (as `git diff --exit-code`), 0 when none did',
    )
    .action(async (oldPath: string, newPath: string, options: { json?: boolean; exitCode?: boolean }) => {
      const { loadRubric } = await import('../../io/load-rubric.ts');
      const { diffRubrics, formatRubricDiff, hasChanges } = await import('../../rubric/diff-rubrics.ts');
      const before = loadRubric(oldPath, io.cwd).rubric;
      const after = loadRubric(newPath, io.cwd).rubric;
      const diff = diffRubrics(before, after);
      io.stdout(options.json ? `${JSON.stringify(diff, null, 2)}\n` : `${formatRubricDiff(diff)}\n`);
      done(options.exitCode === true && hasChanges(diff) ? EXIT.gateFailed : EXIT.ok);
    });
}
