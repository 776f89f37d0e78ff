import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { InputError, UsageError } from '../../errors.ts';

const DEFAULT_NAMES = ['rubricate.config.yaml', 'rubricate.config.yml', 'rubricate.config.json'];

/**
 * Reads the config file: `--config FILE`, else `rubricate.config.{yaml,yml,json}` in the working
 * directory, else none. YAML parses JSON too. Syntax errors name the file and line.
 */
export function loadConfigFile(
  cwd: string,
  explicit: string | undefined,
): { path: string; values: Record<string, unknown> } | null {
  const path = explicit ?? DEFAULT_NAMES.find((name) => existsSync(join(cwd, name)));
  if (path === undefined) return null;
  const full = isAbsolute(path) ? path : join(cwd, path);
  if (!existsSync(full))
    throw new UsageError(`Expected a config file at \`${path}\`, but it does not exist.`);
  // Without `prettyErrors` yaml leaves `linePos` unset; the line counter gives the line instead.
  const lines = new LineCounter();
  const doc = parseDocument(readFileSync(full, 'utf8'), { prettyErrors: false, lineCounter: lines });
  const first = doc.errors[0];
  if (first) {
    const at = first.linePos?.[0]?.line ?? lines.linePos(first.pos[0]).line;
    throw new InputError('config_invalid', path, at, `expected YAML or JSON: ${first.message}`);
  }
  const values: unknown = doc.toJS();
  if (values === null || values === undefined) return { path, values: {} };
  if (typeof values !== 'object' || Array.isArray(values)) {
    throw new InputError('config_invalid', path, 1, 'expected a mapping of configuration keys to values');
  }
  return { path, values: values as Record<string, unknown> };
}
