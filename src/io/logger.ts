import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import pino, { type Logger } from 'pino';

/** Paths pino must never print: API keys, auth headers, and transcript text. */
export const REDACT_PATHS = [
  'apiKey',
  '*.apiKey',
  'headers.authorization',
  '*.headers.authorization',
  'answer',
  '*.answer',
  'messages',
  '*.messages',
  'text',
  '*.text',
];

/**
 * The run's logger: JSON lines to `file` (when given), and at warn level and above human
 * lines on stderr unless quiet. Redacts secrets and transcript text by path.
 */
export function createLogger(options: {
  level: string;
  file?: string;
  stderr: (line: string) => void;
  quiet: boolean;
}): Logger {
  const streams: pino.StreamEntry[] = [];
  if (options.file !== undefined) {
    mkdirSync(dirname(options.file), { recursive: true, mode: 0o700 });
    streams.push({
      level: 'trace',
      stream: pino.destination({ dest: options.file, sync: true, mkdir: true, mode: 0o600 }),
    });
  }
  if (!options.quiet) {
    streams.push({ level: 'warn', stream: { write: (line: string) => options.stderr(humanLine(line)) } });
  }
  const level = options.level === 'silent' ? 'silent' : options.level;
  return pino({ level, redact: { paths: REDACT_PATHS, censor: '[redacted]' } }, pino.multistream(streams));
}

function humanLine(json: string): string {
  try {
    const entry = JSON.parse(json) as { level?: number; msg?: string };
    const tag = (entry.level ?? 30) >= 50 ? 'error' : 'warning';
    return `${tag}: ${entry.msg ?? ''}\n`;
  } catch {
    return json;
  }
}
