import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Files that ignore everything beside them: run data is personal data, never source. */
const GITIGNORE = '# Written by rubricate: runs hold transcripts, evidence quotes and keys.\n*\n';

/**
 * Creates `dir` and any missing parents with mode 700 (owner only; the umask can only narrow
 * it). With `gitignore`, the topmost folder this call created (e.g. `runs/` on a first run, or
 * the run folder itself when `runs/` already existed) gets a `.gitignore` of `*`, so a later
 * `git add -A` does not commit transcripts, quotes or keys. Folders that existed are untouched.
 */
export function makePrivateDir(dir: string, options: { gitignore?: boolean } = {}): void {
  const first = mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (options.gitignore === true && first !== undefined) {
    writeFileSync(join(first, '.gitignore'), GITIGNORE, { mode: 0o600 });
  }
}
