import { homedir } from 'node:os';

/**
 * The process's environment and home folder, for callers of the Node API that do not pass their
 * own (the CLI always passes them explicitly). The one place outside `cli/` that reads them.
 */
export function processEnvironment(): {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly homedir: string;
} {
  return { env: { ...process.env }, homedir: homedir() };
}
