import { sanitizeText } from '../report/sanitize-text.ts';
import type { OpenLineReader } from './line-reader.ts';

/**
 * The process-facing effects a command may use. `bin.ts` passes the real ones; tests pass
 * buffers, so commands run in-process without touching the real terminal or environment.
 */
export interface CliIo {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether stderr is an interactive terminal (progress bar, human log lines). */
  readonly isTTY: boolean;
  /** The user's home directory (for the default cache folder). */
  readonly homedir: string;
  /** Aborted on SIGINT/SIGTERM: stop scheduling, save, exit 3. */
  readonly signal?: AbortSignal;
  /** Interactive input (`rubricate review`): bin.ts reads stdin; tests script the answers. */
  readonly openLineReader?: () => OpenLineReader;
}

/**
 * The same io with every line it prints made safe for a terminal (`sanitizeText`): file names,
 * speaker labels, rubric text and error excerpts are untrusted, and an ESC/OSC sequence in one
 * could clear the screen, retitle the window or write the clipboard; bidi controls could make a
 * line read differently from what it says. `runCli` wraps its io once, so no command can forget.
 */
export function sanitizeIo(io: CliIo): CliIo {
  return {
    ...io,
    stdout: (text) => io.stdout(sanitizeText(text)),
    stderr: (text) => io.stderr(sanitizeText(text)),
  };
}
