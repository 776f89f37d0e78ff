import { describe, expect, it } from 'vitest';
import { UsageError } from '../../errors.ts';
import { type ConfigLayers, resolveConfig } from './resolve-config.ts';

const layers = (over: Partial<ConfigLayers>): ConfigLayers => ({ flags: {}, env: {}, file: null, ...over });
const file = (values: Record<string, unknown>) => ({ path: 'rubricate.config.yaml', values });

function errorOf(input: ConfigLayers): UsageError {
  try {
    resolveConfig(input);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return error as UsageError;
  }
  throw new Error('expected resolveConfig to throw');
}

describe('resolveConfig: precedence', () => {
  it('uses defaults when nothing is set, and says so', () => {
    const { config, sources } = resolveConfig(layers({}));
    expect(config).toMatchObject({
      concurrency: 4,
      samples: 1,
      model: 'gpt-4o-mini',
      cache: true,
      redact: true,
      format: 'md,html,json',
      logLevel: 'info',
      review: { disagreementSpread: 2, interviewerGap: 2, crossCheckGap: 2, minAlignmentConfidence: 0.35 },
    });
    expect(config.baseUrl).toBeUndefined();
    expect(sources).toMatchObject({ concurrency: 'default', model: 'default', review: 'default' });
    expect(sources.baseUrl).toBeUndefined();
  });

  it.each<[string, Partial<ConfigLayers>, number, string]>([
    ['file over default', { file: file({ concurrency: 2 }) }, 2, 'file'],
    ['env over file', { file: file({ concurrency: 2 }), env: { RUBRICATE_CONCURRENCY: '6' } }, 6, 'env'],
    [
      'flag over env and file',
      { file: file({ concurrency: 2 }), env: { RUBRICATE_CONCURRENCY: '6' }, flags: { concurrency: 9 } },
      9,
      'flag',
    ],
    ['flag over file', { file: file({ concurrency: 2 }), flags: { concurrency: 3 } }, 3, 'flag'],
    [
      'an empty env var is unset',
      { file: file({ concurrency: 2 }), env: { RUBRICATE_CONCURRENCY: '' } },
      2,
      'file',
    ],
    [
      'an undefined flag is unset',
      { env: { RUBRICATE_CONCURRENCY: '5' }, flags: { concurrency: undefined } },
      5,
      'env',
    ],
  ])('concurrency: %s', (_, over, value, source) => {
    const { config, sources } = resolveConfig(layers(over));
    expect(config.concurrency).toBe(value);
    expect(sources.concurrency).toBe(source);
  });

  it('reads OPENAI_BASE_URL as baseUrl, below the flag', () => {
    const env = { OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1' };
    expect(resolveConfig(layers({ env }))).toMatchObject({
      config: { baseUrl: 'http://127.0.0.1:11434/v1' },
      sources: { baseUrl: 'env' },
    });
    const flagged = resolveConfig(layers({ env, flags: { baseUrl: 'https://example.test/v1' } }));
    expect(flagged.config.baseUrl).toBe('https://example.test/v1');
    expect(flagged.sources.baseUrl).toBe('flag');
  });

  it('coerces RUBRICATE_* variables to the key’s type', () => {
    const { config, sources } = resolveConfig(
      layers({
        env: {
          RUBRICATE_MAX_RETRIES: '0',
          RUBRICATE_BUDGET_USD: '1.5',
          RUBRICATE_CACHE: 'false',
          RUBRICATE_QUIET: 'yes',
          RUBRICATE_LOG_LEVEL: 'debug',
          RUBRICATE_TIMEOUT_MS: '2500',
        },
      }),
    );
    expect(config).toMatchObject({
      maxRetries: 0,
      budgetUsd: 1.5,
      cache: false,
      quiet: true,
      logLevel: 'debug',
      timeoutMs: 2500,
    });
    expect(sources).toMatchObject({ maxRetries: 'env', cache: 'env', logLevel: 'env' });
  });

  it('ignores environment variables that are not configuration', () => {
    const { config } = resolveConfig(
      layers({ env: { PATH: '/bin', RUBRICATE_NOT_A_KEY: '1', OPENAI_API_KEY: 'sk-secret', HOME: '/h' } }),
    );
    expect(JSON.stringify(config)).not.toContain('sk-secret');
    expect(config).not.toHaveProperty('notAKey');
  });

  it('reads nested settings from the file (review thresholds, prices, redaction terms)', () => {
    const { config, sources } = resolveConfig(
      layers({
        file: file({
          review: { disagreementSpread: 1 },
          prices: { 'my-model': { input: 1, cachedInput: 0.5, output: 2 } },
          redactTerms: ['Globex'],
        }),
      }),
    );
    expect(config.review).toEqual({
      disagreementSpread: 1,
      interviewerGap: 2,
      crossCheckGap: 2,
      minAlignmentConfidence: 0.35,
    });
    expect(config.prices).toEqual({ 'my-model': { input: 1, cachedInput: 0.5, output: 2 } });
    expect(config.redactTerms).toEqual(['Globex']);
    expect(sources).toMatchObject({ review: 'file', prices: 'file', redactTerms: 'file' });
  });

  it('returns a frozen configuration and does not mutate its layers', () => {
    const input = layers({ file: file({ concurrency: 2 }), flags: Object.freeze({ samples: 3 }) });
    const snapshot = JSON.stringify(input);
    const { config, sources } = resolveConfig(input);
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(sources)).toBe(true);
    expect(JSON.stringify(input)).toBe(snapshot);
  });
});

describe('resolveConfig: errors name the key and where it came from', () => {
  it.each<[string, Partial<ConfigLayers>, readonly (string | RegExp)[]]>([
    [
      'unknown key in the file',
      { file: file({ concurency: 4 }) },
      ['`concurency`', 'config file rubricate.config.yaml'],
    ],
    [
      'unknown nested key in the file (full path)',
      { file: file({ review: { disagreementSpred: 1 } }) },
      ['`review.disagreementSpred`', 'config file rubricate.config.yaml'],
    ],
    [
      'wrong type in the file',
      { file: file({ concurrency: 'four' }) },
      ['`concurrency`', 'config file rubricate.config.yaml', 'a number', '`four`'],
    ],
    [
      'number too small in the file',
      { file: file({ review: { interviewerGap: 0 } }) },
      ['`review.interviewerGap`', 'rubricate.config.yaml', '≥ 1', '`0`'],
    ],
    [
      'wrong type from the environment',
      { env: { RUBRICATE_CONCURRENCY: 'abc' } },
      ['`RUBRICATE_CONCURRENCY`', 'environment', '`abc`'],
    ],
    [
      'not a boolean from the environment',
      { env: { RUBRICATE_CACHE: 'maybe' } },
      ['`RUBRICATE_CACHE`', '`maybe`'],
    ],
    [
      'bad URL from the environment',
      { env: { OPENAI_BASE_URL: 'not a url' } },
      ['`OPENAI_BASE_URL`', 'a URL'],
    ],
    [
      'out of range from the command line (not “must be a number”)',
      { flags: { concurrency: 0 } },
      ['`--concurrency`', 'command line', 'a number ≥ 1', 'got `0`'],
    ],
    [
      'non-integer from the command line',
      { flags: { samples: 1.5 } },
      ['`--samples`', 'an integer', '`1.5`'],
    ],
    ['enum value', { flags: { logLevel: 'loud' } }, ['`--log-level`', 'one of trace, debug', '`loud`']],
    ['flag value is named by the flag', { flags: { timeoutMs: -5 } }, ['`--timeout-ms`']],
  ])('%s', (_, over, parts) => {
    const { message } = errorOf(layers(over));
    for (const part of parts) {
      if (typeof part === 'string') expect(message).toContain(part);
      else expect(message).toMatch(part);
    }
    expect(message).not.toContain('must be a number');
  });

  it('reports every problem, each with its own source', () => {
    const { message } = errorOf(
      layers({ file: file({ bogus: 1, other: 2, samples: 'x' }), env: { RUBRICATE_CONCURRENCY: '0' } }),
    );
    const lines = message.split('\n');
    expect(lines).toHaveLength(4);
    expect(message).toContain('Unknown configuration key `bogus` in config file');
    expect(message).toContain('Unknown configuration key `other` in config file');
    expect(message).toMatch(/`samples` in config file rubricate\.config\.yaml .*`x`/);
    expect(message).toMatch(/`RUBRICATE_CONCURRENCY` \(environment\) .*≥ 1.*`0`/);
  });

  it.each(['apiKey', 'api_key', 'openaiApiKey', 'OPENAI_API_KEY'])(
    'rejects `%s` in the config file, naming the file (keys come from the environment only)',
    (key) => {
      const { message } = errorOf(layers({ file: file({ [key]: 'sk-123' }) }));
      expect(message).toContain('rubricate.config.yaml');
      expect(message).toContain(`\`${key}\``);
      expect(message).toContain('OPENAI_API_KEY');
      expect(message).not.toContain('sk-123');
    },
  );
});
