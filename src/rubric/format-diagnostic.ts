import type { Diagnostic } from './schema.ts';

/** `file:line: error: message` (no `:line` when the diagnostic has none), as compilers print. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line === undefined ? d.file : `${d.file}:${d.line}`;
  return `${where}: ${d.severity}: ${d.message}`;
}
