import { Command, CommanderError } from 'commander';
import { InputError, RubricateError } from '../errors.ts';
import { TOOL_VERSION } from '../version.ts';
import { type CliIo, sanitizeIo } from './cli-io.ts';
import { registerCalibrate } from './commands/calibrate.ts';
import { registerCompile } from './commands/compile.ts';
import { registerConfig } from './commands/config.ts';
import { registerDiff } from './commands/diff.ts';
import { registerEval } from './commands/eval.ts';
import { registerInspect } from './commands/inspect.ts';
import { registerReport } from './commands/report.ts';
import { registerReview } from './commands/review.ts';
import { registerScore } from './commands/score.ts';
import { EXIT, type ExitCode } from './exit-codes.ts';

/**
 * Runs the CLI in-process: parses `argv` (without `node` and the script), dispatches the
 * command, and returns its exit code. Errors the user caused become exit 2 with a message.
 */
export async function runCli(argv: readonly string[], rawIo: CliIo): Promise<ExitCode> {
  const io = sanitizeIo(rawIo);
  let exitCode: ExitCode = EXIT.ok;
  const done = (code: ExitCode) => {
    exitCode = code;
  };
  const program = new Command('rubricate')
    .description(
      'Score interview transcripts against a rubric with LLM judges; send every doubtful judgement to a human.',
    )
    .version(TOOL_VERSION)
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  for (const register of [
    registerCompile,
    registerDiff,
    registerInspect,
    registerScore,
    registerReport,
    registerReview,
    registerCalibrate,
    registerEval,
    registerConfig,
  ]) {
    register(program, io, done);
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return handleError(error, io);
  }
}

function handleError(error: unknown, io: CliIo): ExitCode {
  if (error instanceof CommanderError) {
    // --help and --version exit through here with code 0.
    return error.exitCode === 0 ? EXIT.ok : EXIT.badInput;
  }
  if (error instanceof InputError || error instanceof RubricateError) {
    io.stderr(`rubricate: ${error.message}\n`);
    return EXIT.badInput;
  }
  const fsError = describeFsError(error);
  if (fsError !== null) {
    io.stderr(`rubricate: ${fsError}\n`);
    return EXIT.badInput;
  }
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.stderr(`rubricate: internal error (please report it): ${message}\n`);
  return EXIT.badInput;
}

const FS_REASONS: Readonly<Record<string, string>> = Object.freeze({
  ENOENT: 'it does not exist',
  EISDIR: 'it is a directory, and a file was expected',
  ENOTDIR: 'a part of the path is not a directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOSPC: 'no space left on the device',
  EROFS: 'the file system is read-only',
});

/** A file-system error the user can act on (wrong path, a folder, permissions), in one line. */
function describeFsError(error: unknown): string | null {
  if (!(error instanceof Error)) return null;
  const { code, path } = error as NodeJS.ErrnoException;
  const reason = code === undefined ? undefined : FS_REASONS[code];
  if (reason === undefined) return null;
  return `cannot use \`${path ?? '?'}\`: ${reason}.`;
}
