import { z } from 'zod';
import { type ConfigKey, ConfigSchema, type ConfigSource, type ResolvedConfig } from '../../config/schema.ts';
import { UsageError } from '../../errors.ts';
import { describeConfigIssues, type IssueOrigins } from './describe-config-issues.ts';

/** The three layers a value can come from, lowest precedence last. */
export interface ConfigLayers {
  readonly flags: Readonly<Record<string, unknown>>;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly file: { readonly path: string; readonly values: Readonly<Record<string, unknown>> } | null;
}

export type { ResolvedConfig } from '../../config/schema.ts';

const ENV_ALIASES: Readonly<Record<string, ConfigKey>> = Object.freeze({ OPENAI_BASE_URL: 'baseUrl' });
/** The base type of a config key, read off the schema so env coercion never drifts from it. */
function baseTypeOf(key: string): string | undefined {
  let schema: unknown = ConfigSchema.shape[key as ConfigKey];
  while (schema instanceof z.ZodDefault || schema instanceof z.ZodOptional) schema = schema.unwrap();
  return schema instanceof z.ZodNumber ? 'number' : schema instanceof z.ZodBoolean ? 'boolean' : undefined;
}
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
  const env = readEnv(layers.env);
  put({ ...fileValues }, 'file');
  put(env.values, 'env');
  put({ ...layers.flags }, 'flag');

  const parsed = ConfigSchema.safeParse(merged);
  if (!parsed.success) {
    const origins: IssueOrigins = { values: merged, sources, env: env.origins, filePath: layers.file?.path };
    throw new UsageError(describeConfigIssues(parsed.error, origins));
  }
  for (const key of Object.keys(parsed.data)) sources[key] ??= 'default';
  return { config: Object.freeze(parsed.data), sources: Object.freeze(sources) };
}

function readEnv(env: ConfigLayers['env']): {
  values: Record<string, unknown>;
  origins: IssueOrigins['env'];
} {
  const values: Record<string, unknown> = {};
  const origins: Record<string, { name: string; raw: string }> = {};
  for (const [name, raw] of Object.entries(env)) {
    if (raw === undefined || raw === '') continue;
    const key =
      ENV_ALIASES[name] ?? (name.startsWith('RUBRICATE_') ? envNameToKey(name.slice(10)) : undefined);
    if (key === undefined || !(key in ConfigSchema.shape)) continue;
    values[key] = coerceEnvValue(key, raw);
    origins[key] = { name, raw };
  }
  return { values, origins };
}

function envNameToKey(name: string): string {
  return name.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

function coerceEnvValue(key: string, raw: string): unknown {
  const type = baseTypeOf(key);
  if (type === 'number') return Number(raw);
  if (type === 'boolean')
    return /^(1|true|yes|on)$/i.test(raw) ? true : /^(0|false|no|off)$/i.test(raw) ? false : raw;
  return raw;
}
