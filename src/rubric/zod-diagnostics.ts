import type { z } from 'zod';
import type { LocatedYaml } from './locate-yaml.ts';
import type { Diagnostic } from './schema.ts';

/** `sections[0].questions[2].text` — the key path as a user would write it. */
export function formatKeyPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out === '' ? String(key) : `${out}.${String(key)}`;
  }, '');
}

/**
 * Turns zod issues into diagnostics that name the key path and the line in the source document.
 * Parse with `{ reportInput: true }` so a missing key can be told apart from a wrongly typed one.
 */
export function zodIssuesToDiagnostics(
  issues: readonly z.core.$ZodIssue[],
  located: Pick<LocatedYaml, 'lineOf' | 'lineOfKey'>,
  file: string,
): Diagnostic[] {
  return issues.flatMap((issue): Diagnostic[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        severity: 'error',
        file,
        line: located.lineOfKey(issue.path, key),
        message: `unknown key \`${formatKeyPath([...issue.path, key])}\`: ${issue.message}, got \`${key}\``,
      }));
    }
    const where = issue.path.length === 0 ? 'the document' : `\`${formatKeyPath(issue.path)}\``;
    if (issue.code === 'invalid_type' && issue.input === undefined) {
      const message = `missing key ${where}: expected ${issue.expected}, got nothing`;
      return [{ severity: 'error', file, line: located.lineOf(issue.path), message }];
    }
    const text = issue.message.replace(/^Invalid input: /, '').replace(/received/, 'got');
    // zod's range messages say only what was expected; the user also needs to see what came.
    const primitive = issue.input !== undefined && (typeof issue.input !== 'object' || issue.input === null);
    const got = /\bgot\b/.test(text) || !primitive ? '' : `, got ${JSON.stringify(issue.input)}`;
    const message = `${where}: ${text.charAt(0).toLowerCase()}${text.slice(1)}${got}`;
    return [{ severity: 'error', file, line: located.lineOf(issue.path), message }];
  });
}
