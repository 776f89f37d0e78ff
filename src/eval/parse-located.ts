import type { z } from 'zod';
import { InputError } from '../errors.ts';
import { locateYaml } from '../rubric/locate-yaml.ts';
import type { Diagnostic } from '../rubric/schema.ts';
import { zodIssuesToDiagnostics } from '../rubric/zod-diagnostics.ts';

/** A file's name (for diagnostics) and text. */
export interface FileInput {
  readonly path: string;
  readonly text: string;
}

/**
 * Parses YAML or JSON (JSON is YAML 1.2 flow syntax) and validates it against `schema`. Syntax
 * errors, unknown keys (named) and wrongly typed values throw `InputError('config_invalid', …)`
 * at the line of the offending key or value; with several problems the message lists them all,
 * the first one giving the line. `expected` describes the whole document for an empty or non-mapping one.
 */
export function parseLocated<T extends z.ZodType>(
  schema: T,
  input: FileInput,
  expected: string,
): z.output<T> {
  const { path, text } = input;
  const located = locateYaml(text, path);
  const syntax = located.diagnostics.filter((d) => d.severity === 'error');
  if (syntax.length > 0) throw toInputError(path, syntax, expected);
  const { value } = located;
  if (value === null || value === undefined || typeof value !== 'object' || Array.isArray(value)) {
    const got = value === null || value === undefined ? 'an empty document' : `\`${JSON.stringify(value)}\``;
    throw new InputError('config_invalid', path, located.lineOf([]), `${expected}; got ${got}`);
  }
  const parsed = schema.safeParse(value, { reportInput: true });
  if (parsed.success) return parsed.data;
  throw toInputError(path, zodIssuesToDiagnostics(parsed.error.issues, located, path), expected);
}

function toInputError(path: string, diagnostics: readonly Diagnostic[], expected: string): InputError {
  // Stable sort: issues on one line keep zod's order.
  const sorted = [...diagnostics].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const [first, ...rest] = sorted;
  const more = rest.map((d) => `\n${path}:${d.line ?? 1}: ${d.message}`).join('');
  return new InputError('config_invalid', path, first?.line, `${first?.message ?? expected}${more}`);
}
