import { basename, join } from 'node:path';
import { UsageError } from '../../errors.ts';
import { loadRubric } from '../../io/load-rubric.ts';
import { resolvePath } from '../../io/resolve-path.ts';
import type { ExitCode } from '../exit-codes.ts';
import { rubricFolders, worstExitCode } from '../rubric-list.ts';
import { type EvalInvocation, runEval } from './run-eval.ts';

/**
 * `eval --rubric a.md --rubric b.md`: one suite's gold labels against several rubrics (say, the
 * variants of a rubric change) in one process, one output folder per rubric under `--out`
 * (default `runs/eval-<timestamp>-<suite>`), each gated against the suite's baseline. Every rubric
 * is compiled first, so a broken one stops all with nothing written. `--update-baseline` would
 * let the last rubric win, so it takes one rubric. Returns the worst exit code (2, 3, then 1).
 */
export async function evalRubrics(
  inv: EvalInvocation & { readonly rubrics: readonly string[] },
): Promise<ExitCode> {
  const { io } = inv;
  if (inv.updateBaseline) {
    throw new UsageError('--update-baseline takes one --rubric: the baseline records one rubric.');
  }
  for (const path of inv.rubrics) loadRubric(path, io.cwd);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const out = inv.out ?? join('runs', `eval-${stamp}-${basename(resolvePath(io.cwd, inv.suiteArg))}`);
  const folders = rubricFolders(inv.rubrics);
  const codes: ExitCode[] = [];
  for (const [index, rubric] of inv.rubrics.entries()) {
    if (!inv.json) io.stdout(`${index === 0 ? '' : '\n'}== ${rubric} ==\n`);
    codes.push(await runEval({ ...inv, rubric, out: join(out, folders[index] ?? 'eval') }));
  }
  return worstExitCode(codes) as ExitCode;
}
