import type { Command } from 'commander';
import type { CliIo } from '../cli-io.ts';
import { EXIT, type ExitCode } from '../exit-codes.ts';

/** `rubricate config --print`: the resolved configuration with each value's source; secrets masked. */
export function registerConfig(program: Command, io: CliIo, done: (code: ExitCode) => void): void {
  program
    .command('config')
    .description('Show the resolved configuration and where each value came from (flag, env, file, default).')
    .option('--print', 'print the resolved configuration (the default action)')
    .option('--config <file>', 'read this config file instead of rubricate.config.{yaml,yml,json}')
    .option('--json', 'print JSON: { values, sources }')
    .action(async (options: { config?: string; json?: boolean }) => {
      const { defaultCacheDir } = await import('../../cache/response-cache.ts');
      const { ConfigSchema } = await import('../../config/schema.ts');
      const { loadConfigFile } = await import('../config/load-config-file.ts');
      const { resolveConfig } = await import('../config/resolve-config.ts');
      const file = loadConfigFile(io.cwd, options.config);
      const { config, sources } = resolveConfig({ flags: {}, env: io.env, file });
      const key = io.env.OPENAI_API_KEY;
      // Never any part of the key: only whether it is set.
      const masked = key ? `(set, ${key.length} characters)` : '(not set)';
      // Keys with no value yet still show what the run will do.
      const unset: Record<string, string> = {
        judge: key
          ? 'openai (because OPENAI_API_KEY is set)'
          : 'heuristic (because OPENAI_API_KEY is not set)',
        out: 'runs/<timestamp>-<rubric id>',
        cacheDir: defaultCacheDir(io.env, io.homedir),
        baseUrl: "(the SDK's default: api.openai.com)",
      };
      const values: Record<string, unknown> = {};
      for (const name of Object.keys(ConfigSchema.shape)) {
        values[name] = config[name as keyof typeof config] ?? unset[name] ?? '(not set)';
      }
      values.apiKey = masked;
      const allSources: Record<string, string> = { ...sources, apiKey: key ? 'env' : 'default' };
      if (options.json) {
        io.stdout(`${JSON.stringify({ file: file?.path ?? null, values, sources: allSources }, null, 2)}\n`);
        return done(EXIT.ok);
      }
      io.stdout(`config file: ${file?.path ?? '(none)'}\n`);
      const width = Math.max(...Object.keys(values).map((k) => k.length));
      for (const [k, v] of Object.entries(values)) {
        const shown = typeof v === 'string' ? v : JSON.stringify(v);
        io.stdout(`${k.padEnd(width)}  ${shown}  [${allSources[k] ?? 'default'}]\n`);
      }
      return done(EXIT.ok);
    });
}
