import { basename, extname } from 'node:path';

/**
 * Commander's collector for a repeatable `--rubric`: each use may also be a comma list, so
 * `--rubric a.md --rubric b.md` and `--rubric a.md,b.md` both give `['a.md', 'b.md']`.
 */
export function collectRubrics(value: string, previous: readonly string[] | undefined): string[] {
  return [
    ...(previous ?? []),
    ...value
      .split(',')
      .map((path) => path.trim())
      .filter((path) => path !== ''),
  ];
}

/**
 * The run folder of each rubric when one invocation scores several: the rubric file's name
 * without its extension (`rubrics/backend.md` → `backend`), made unique with `-2`, `-3`… when
 * two files share a name.
 */
export function rubricFolders(paths: readonly string[]): string[] {
  const taken = new Set<string>();
  return paths.map((path) => {
    const name = basename(path, extname(path)).replace(/[^\w.-]+/g, '_') || 'rubric';
    let folder = name;
    for (let n = 2; taken.has(folder); n += 1) folder = `${name}-${n}`;
    taken.add(folder);
    return folder;
  });
}

/** The exit code of several runs: bad input first, then incomplete, then a failed gate. */
export function worstExitCode(codes: readonly number[]): number {
  for (const code of [2, 3, 1]) if (codes.includes(code)) return code;
  return 0;
}
