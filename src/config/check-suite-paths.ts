import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { UsageError } from '../errors.ts';
import { patternRoot } from '../io/read-inputs.ts';
import { isInside, realFolder, resolveRealFile } from '../io/real-path.ts';
import { TRUST_ENV, TRUST_FLAG } from './check-trust.ts';

/**
 * The folder a suite's paths must stay in: the git repository that holds the suite (the suite
 * and the files it names arrive together, in one checkout or pull request), or the suite
 * directory itself when it is in no repository.
 */
export function suiteBoundary(suiteDir: string): { dir: string; name: string } | undefined {
  const home = realFolder(suiteDir);
  if (home === undefined) return undefined;
  for (let dir = home; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return { dir, name: `the suite's repository (${dir})` };
    if (dirname(dir) === dir) return { dir: home, name: 'the suite directory' };
  }
}

/**
 * The paths of a suite.yaml that lead out of its boundary (`suiteBoundary`): a rubric or a
 * transcript glob given as an absolute path, climbing with `..`, or through a link. A suite is
 * often someone else's (a pull request, a shared repository); scoring it must not read the
 * runner's other files (`~/.ssh`, `/etc`, a sibling project) and send them to a judge or into
 * reports. Each entry is a line for the error message.
 */
export function findSuiteEscapes(
  suite: { readonly rubric: string; readonly transcripts: readonly string[] },
  suiteDir: string,
  suiteFile: string,
): string[] {
  const boundary = suiteBoundary(suiteDir);
  if (boundary === undefined) return [];
  const home = boundary.dir;
  const escapes: string[] = [];
  const rubricPath = isAbsolute(suite.rubric) ? suite.rubric : join(suiteDir, suite.rubric);
  const rubric = existsSync(rubricPath) ? resolveRealFile(rubricPath) : undefined;
  if (rubric?.ok === true && !isInside(rubric.real, home)) {
    escapes.push(`${suiteFile}: \`rubric: ${suite.rubric}\` is outside ${boundary.name}`);
  }
  for (const pattern of suite.transcripts) {
    const root = patternRoot(pattern, suiteDir);
    if (root !== undefined && !isInside(root, home)) {
      escapes.push(`${suiteFile}: transcripts \`${pattern}\` reach outside ${boundary.name}`);
    }
  }
  return escapes;
}

/** Refuses suite paths outside the suite unless the user trusts the suite (exit 2, with the fix). */
export function checkSuitePaths(escapes: readonly string[], trusted: boolean): string[] {
  if (escapes.length === 0) return [];
  if (!trusted) {
    throw new UsageError(
      [
        'Refusing a suite that reads files outside its directory or repository:',
        ...escapes.map((line) => `  ${line}`),
        `Move the files into the suite, or accept the suite's paths with \`${TRUST_FLAG}\` (or ${TRUST_ENV}=1).`,
      ].join('\n'),
    );
  }
  return escapes.map((line) => `rubricate: ${line} (accepted by ${TRUST_FLAG}).`);
}
