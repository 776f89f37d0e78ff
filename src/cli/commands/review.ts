import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Command } from 'commander';
import { UsageError } from '../../errors.ts';
import type { CliIo } from '../cli-io.ts';
import { EXIT, type ExitCode } from '../exit-codes.ts';

/** `rubricate review <run-dir>` (walk the queue in a terminal) and `rubricate review apply`. */
export function registerReview(program: Command, io: CliIo, done: (code: ExitCode) => void): void {
  const review = program
    .command('review')
    .description(
      "Walk a run's review queue in the terminal and record decisions in decisions.jsonl (resumable); `review apply` turns decisions into reviewed.jsonl, re-rendered reports and gold labels.",
    )
    .argument('<run-dir>', 'a run directory written by `rubricate score`')
    .option('--out <file>', 'the decisions file to append to (default: <run-dir>/decisions.jsonl)')
    .option('--reviewer <name>', 'your name, saved with each decision (asked once when absent)')
    .action(async (dirArg: string, options: { out?: string; reviewer?: string }) => {
      done(await walkQueue(io, dirArg, options));
    });
  review
    .command('apply')
    .description(
      'Validate decisions.jsonl against a run (nothing is written on any error), write reviewed.jsonl, add review counts to summary.json, re-render the reports and optionally append the ratings to a suite’s labels.csv.',
    )
    .argument('<run-dir>', 'the run the decisions are about')
    .argument('<decisions>', 'a decisions.jsonl exported from report.html or written by `rubricate review`')
    .option('--to-suite <dir>', "append the decided ratings to this eval suite's labels.csv")
    .option('--force', 'with --to-suite: replace a conflicting existing label instead of stopping')
    .action(async (dirArg: string, fileArg: string, options: { toSuite?: string; force?: boolean }) => {
      // Loaded when the command runs, so that other commands start without them.
      const { readUserFile } = await import('../../io/read-user-file.ts');
      const { resolvePath } = await import('../../io/resolve-path.ts');
      const { applyReview } = await import('../../review/apply-review.ts');
      const result = applyReview({
        dir: resolvePath(io.cwd, dirArg),
        dirLabel: dirArg,
        decisionsText: readUserFile(fileArg, io.cwd, 'a decisions file').toString('utf8'),
        decisionsLabel: fileArg,
        ...(options.toSuite === undefined
          ? {}
          : { suite: { dir: resolvePath(io.cwd, options.toSuite), label: options.toSuite } }),
        force: options.force === true,
      });
      if (result.kind === 'invalid') {
        for (const issue of result.issues)
          io.stderr(`rubricate: ${fileArg}:${issue.line}: ${issue.message}\n`);
        io.stderr(`rubricate: ${result.issues.length} problem(s) in ${fileArg}; nothing was written.\n`);
        done(EXIT.badInput);
        return;
      }
      io.stdout(
        `applied ${result.decisions} decision(s): ${result.review.decided} item(s) reviewed, ${result.review.pending} still pending\n`,
      );
      io.stdout(`wrote ${result.files.map((file) => join(dirArg, file)).join(', ')}\n`);
      if (result.labels !== null && options.toSuite !== undefined) {
        const { added, replaced, unchanged, skipped } = result.labels;
        io.stdout(
          `${join(options.toSuite, 'labels.csv')}: ${added} added, ${replaced} replaced, ${unchanged} already there, ${skipped} mis-located (no rating to label)\n`,
        );
      }
      done(EXIT.ok);
    });
}

async function walkQueue(
  io: CliIo,
  dirArg: string,
  options: { out?: string; reviewer?: string },
): Promise<ExitCode> {
  const { resolvePath } = await import('../../io/resolve-path.ts');
  const { ANSI_MARKER, PLAIN_MARKER } = await import('../../review/terminal-text.ts');
  const { walkReviewQueue } = await import('../../run/review.ts');
  const outLabel = options.out ?? join(dirArg, 'decisions.jsonl');
  const out = resolvePath(io.cwd, outLabel);
  if (io.openLineReader === undefined) {
    throw new UsageError('`rubricate review` needs an interactive terminal to read your decisions.');
  }
  const reader = io.openLineReader();
  try {
    const result = await walkReviewQueue({
      dir: resolvePath(io.cwd, dirArg),
      dirLabel: dirArg,
      out,
      outLabel,
      ...(options.reviewer === undefined ? {} : { reviewer: options.reviewer }),
      readLine: reader.readLine,
      write: io.stdout,
      marker: io.isTTY && !io.env.NO_COLOR ? ANSI_MARKER : PLAIN_MARKER,
    });
    io.stdout(
      `\n${result.decided} decision(s) saved to ${outLabel}; ${result.skipped} skipped, ${result.remaining} still to decide.\n`,
    );
    if (result.decided > 0 || existsSync(out)) {
      io.stdout(`Apply them with: rubricate review apply ${dirArg} ${relative(io.cwd, out) || outLabel}\n`);
    }
    return EXIT.ok;
  } finally {
    reader.close();
  }
}
