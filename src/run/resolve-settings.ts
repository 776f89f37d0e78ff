import { z } from 'zod';
import {
  type Config,
  type ConfigKey,
  ConfigSchema,
  type ConfigSource,
  type ResolvedConfig,
} from '../config/schema.ts';
import { UsageError } from '../errors.ts';

/** Settings a Node API caller gives: any configuration key (`rubric`, `judge`, `model`, …). */
export type ScoreSettings = Partial<z.input<typeof ConfigSchema>>;

/**
 * Validates API settings into the frozen configuration a run uses; given keys count as flags
 * (the highest precedence), `OPENAI_BASE_URL` from `env` fills `baseUrl` when not given. Throws
 * `UsageError` naming each bad key.
 */
export function resolveSettings(
  given: Readonly<Record<string, unknown>>,
  env: Readonly<Record<string, string | undefined>>,
): ResolvedConfig {
  const defined = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
  const baseUrl = defined.baseUrl ?? env.OPENAI_BASE_URL;
  const parsed = ConfigSchema.safeParse({ ...defined, ...(baseUrl === undefined ? {} : { baseUrl }) });
  if (!parsed.success) throw new UsageError(`Invalid settings: ${z.prettifyError(parsed.error)}`);
  const sources: Record<string, ConfigSource> = {};
  for (const key of Object.keys(parsed.data) as ConfigKey[]) {
    sources[key] = key in defined ? 'flag' : key === 'baseUrl' && baseUrl !== undefined ? 'env' : 'default';
  }
  const config: Readonly<Config> = Object.freeze(parsed.data);
  return { config, sources: Object.freeze(sources) };
}
