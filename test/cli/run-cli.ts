import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from '../../src/cli/program.ts';

/** The repository root: every fixture a test reads is inside it. */
export const ROOT = resolve(import.meta.dirname, '../..');

/** Runs the CLI in-process with captured output, in `cwd` (default: the repository root). */
export async function cli(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string | undefined> } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    cwd: options.cwd ?? ROOT,
    env: options.env ?? {},
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    isTTY: false,
    homedir: tempDir('home-'),
  });
  return { code, stdout, stderr };
}

/** A fresh temporary directory. */
export function tempDir(prefix = 'rubricate-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Scores the bundled interviews with the offline judge into `out`, every report format (a review's starting point). */
export function scoreBundledOffline(out: string) {
  return cli([
    'score',
    'transcripts',
    '--rubric',
    'rubrics/interview-rubric.md',
    '--judge',
    'heuristic',
    '--out',
    out,
    '--quiet',
    '--format',
    'md,html,json,csv,junit',
  ]);
}
