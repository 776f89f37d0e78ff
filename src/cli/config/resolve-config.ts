import type { z } from 'zod';
import { UsageError } from '../../errors.ts';
import { type Config, type ConfigKey, ConfigSchema, type ConfigSource } from './schema.ts';

/** The three layers a value can come from, lowest precedence last. */
export interface ConfigLayers {
  readonly flags: Readonly<Record<string, unknown>>;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly file: { readonly path: string; readonly values: Readonly<Record<string, unknown>> } | null;
}

export interface ResolvedConfig {
  readonly config: Readonly<Config>;
  readonly sources: Readonly<Record<string, ConfigSource>>;
}

const ENV_ALIASES: Readonly<Record<string, ConfigKey>> = Object.freeze({ OPENAI_BASE_URL: 'baseUrl' });
const NUMERIC = new Set([
  'samples',
  'concurrency',
  'rpm',
  'tpm',
  'maxRetries',
  'timeoutMs',
  'budgetUsd',
  'temperature',
  'seed',
  'breakerThreshold',
  'breakerHalfOpenMs',
]);
const BOOLEAN = new Set(['cache', 'redact', 'quiet']);
const SECRET_KEYS = ['apiKey', 'api_key', 'openaiApiKey', 'OPENAI_API_KEY'];

/**
 * Resolves the configuration: flags > environment (`OPENAI_BASE_URL`, `RUBRICATE_*`) > config
 * file > defaults, validated once into a frozen object. Errors name the key and its source.
 */
export function resolveConfig(layers: ConfigLayers): ResolvedConfig {
  const fileValues = layers.file?.values ?? {};
  for (const key of SECRET_KEYS) {
    if (key in fileValues) {
      throw new UsageError(
        `${layers.file?.path}: \`${key}\` is not allowed in a config file: the API key is read from OPENAI_API_KEY only.`,
      );
    }
  }
  const merged: Record<string, unknown> = {};
  const sources: Record<string, ConfigSource> = {};
  const put = (layer: Record<string, unknown>, source: ConfigSource) => {
    for (const [key, value] of Object.entries(layer)) {
      if (value === undefined) continue;
      merged[key] = value;
      sources[key] = source;
    }
  };
  put({ ...fileValues }, 'file');
  put(readEnv(layers.env), 'env');
  put({ ...layers.flags }, 'flag');

  const parsed = ConfigSchema.safeParse(merged);
  if (!parsed.success) throw new UsageError(describeIssues(parsed.error, sources, layers.file?.path));
  for (const key of Object.keys(parsed.data)) sources[key] ??= 'default';
  return { config: Object.freeze(parsed.data), sources: Object.freeze(sources) };
}

function readEnv(env: ConfigLayers['env']): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(env)) {
    if (raw === undefined || raw === '') continue;
    const key =
      ENV_ALIASES[name] ?? (name.startsWith('RUBRICATE_') ? envNameToKey(name.slice(10)) : undefined);
    if (key === undefined || !(key in ConfigSchema.shape)) continue;
    out[key] = coerceEnvValue(key, raw);
  }
  return out;
}

function envNameToKey(name: string): string {
  return name.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

function coerceEnvValue(key: string, raw: string): unknown {
  if (NUMERIC.has(key)) return Number(raw);
  if (BOOLEAN.has(key))
    return /^(1|true|yes|on)$/i.test(raw) ? true : /^(0|false|no|off)$/i.test(raw) ? false : raw;
  return raw;
}

function describeIssues(
  error: z.ZodError,
  sources: Record<string, ConfigSource>,
  filePath: string | undefined,
): string {
  return error.issues
    .map((issue) => {
      const key =
        issue.path.join('.') || (issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : '(root)');
      const top = String(issue.path[0] ?? (issue.code === 'unrecognized_keys' ? issue.keys[0] : ''));
      const source = sources[top] ?? 'file';
      const where =
        source === 'file'
          ? `config file ${filePath ?? ''}`.trim()
          : source === 'env'
            ? 'environment'
            : 'command line';
      if (issue.code === 'unrecognized_keys') return `Unknown configuration key(s) \`${key}\` in ${where}.`;
      return `Invalid \`${key}\` (from ${where}): ${issue.message}.`;
    })
    .join('\n');
}
