/** Exit codes shared by every command (CONTRACT.md). */
export const EXIT = Object.freeze({
  ok: 0,
  /** Finished, but a quality gate failed. */
  gateFailed: 1,
  /** Bad usage or bad input; nothing half-written. */
  badInput: 2,
  /** Incomplete run; everything so far saved, `--resume` completes it. */
  incomplete: 3,
});
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
