import { join } from 'node:path';
import { UsageError } from '../../errors.ts';
import { loadRubric } from '../../io/load-rubric.ts';
import type { CliIo } from '../cli-io.ts';
import type { loadConfigFile } from '../config/load-config-file.ts';
import { resolveConfig } from '../config/resolve-config.ts';
import type { ExitCode } from '../exit-codes.ts';
import { collectRubrics, rubricFolders, worstExitCode } from '../rubric-list.ts';
import { runScore } from './run-score.ts';

/**
 * `score` with several rubrics (`--rubric a.md --rubric b.md`, a comma list, or a list in the
 * config file): the same transcripts scored against each, one run directory per rubric, in one
 * process (a start-up per rubric was most of the time of scoring a handful of short runs). With
 * `--out DIR` the runs go to `DIR/<rubric file name>`; without, each gets its default directory.
 * Every rubric is compiled before any run starts, so a broken one stops all with nothing written.
 * Returns the worst exit code (2, then 3, then 0).
 */
export async function scoreRubrics(inv: {
  readonly patterns: readonly string[];
  readonly rubrics: readonly string[];
  readonly flags: Readonly<Record<string, unknown>>;
  readonly file: ReturnType<typeof loadConfigFile>;
  readonly dryRun: boolean;
  readonly resume: string | null;
  readonly io: CliIo;
}): Promise<ExitCode> {
  const { io } = inv;
  if (inv.resume !== null) {
    throw new UsageError(
      '--resume continues one run, so it takes no --rubric list; resume each run on its own.',
    );
  }
  for (const path of inv.rubrics) loadRubric(path, io.cwd);
  const out = typeof inv.flags.out === 'string' ? inv.flags.out : undefined;
  const folders = rubricFolders(inv.rubrics);
  const codes: ExitCode[] = [];
  for (const [index, rubric] of inv.rubrics.entries()) {
    const flags = {
      ...inv.flags,
      rubric,
      ...(out === undefined ? {} : { out: join(out, folders[index] ?? 'run') }),
    };
    const resolved = resolveConfig({ flags, env: io.env, file: inv.file });
    if (!resolved.config.quiet) io.stdout(`${index === 0 ? '' : '\n'}== ${rubric} ==\n`);
    codes.push(await runScore({ patterns: inv.patterns, resolved, dryRun: inv.dryRun, resume: null, io }));
  }
  return worstExitCode(codes) as ExitCode;
}

/** The rubrics a `score` invocation names: the `--rubric` flags, else the configured value as a comma list. */
export function listRubrics(
  fromFlags: readonly string[] | undefined,
  configured: string | undefined,
): string[] {
  if (fromFlags !== undefined && fromFlags.length > 0) return [...fromFlags];
  return configured === undefined ? [] : collectRubrics(configured, []);
}
