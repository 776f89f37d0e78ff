import { createInterface } from 'node:readline';
import type { LineReader } from '../review/run-review-session.ts';

/** A line reader over the process's stdin and stdout, and a way to release the terminal. */
export interface OpenLineReader {
  readonly readLine: LineReader;
  readonly close: () => void;
}

/**
 * Reads the reviewer's answers line by line. Lines are queued as they arrive, so input piped in
 * ahead of the prompts (a script, a test) is not lost; end of input answers every later prompt
 * with null.
 */
export function openStdinLineReader(): OpenLineReader {
  const rl = createInterface({
    input: process.stdin,
    output: process.stdout,
    terminal: process.stdin.isTTY === true,
  });
  const lines: string[] = [];
  const waiting: ((line: string | null) => void)[] = [];
  let ended = false;
  rl.on('line', (line) => {
    const next = waiting.shift();
    if (next) next(line);
    else lines.push(line);
  });
  // Ctrl-C at a prompt ends the session like `q`: what was decided is already saved.
  rl.on('SIGINT', () => rl.close());
  rl.on('close', () => {
    ended = true;
    for (const next of waiting.splice(0)) next(null);
  });
  return {
    readLine: (prompt) => {
      process.stdout.write(prompt);
      const line = lines.shift();
      if (line !== undefined) return Promise.resolve(line);
      if (ended) return Promise.resolve(null);
      return new Promise((resolve) => waiting.push(resolve));
    },
    close: () => rl.close(),
  };
}
