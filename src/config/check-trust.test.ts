import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../cli/config/resolve-config.ts';
import { UsageError } from '../errors.ts';
import { checkFileSettings, findFileSettings, isTrustGiven, usesRemoteJudge } from './check-trust.ts';

const fromFile = (values: Record<string, unknown>, env: Record<string, string> = {}, flags = {}) =>
  resolveConfig({ flags, env, file: { path: 'rubricate.config.yaml', values } });

describe('findFileSettings', () => {
  it.each<[string, Record<string, unknown>, Record<string, string>, Record<string, unknown>, string[]]>([
    ['baseUrl from the file', { baseUrl: 'https://x.test/v1' }, {}, {}, ['baseUrl']],
    ['redact: false from the file', { redact: false }, {}, {}, ['redact']],
    ['both', { baseUrl: 'https://x.test/v1', redact: false }, {}, {}, ['baseUrl', 'redact']],
    ['redact: true from the file is harmless', { redact: true }, {}, {}, []],
    [
      'baseUrl overridden by OPENAI_BASE_URL',
      { baseUrl: 'https://x.test/v1' },
      { OPENAI_BASE_URL: 'https://y.test/v1' },
      {},
      [],
    ],
    [
      'baseUrl overridden by --base-url',
      { baseUrl: 'https://x.test/v1' },
      {},
      { baseUrl: 'https://y.test/v1' },
      [],
    ],
    ['redact: false overridden by RUBRICATE_REDACT', { redact: false }, { RUBRICATE_REDACT: 'true' }, {}, []],
    ['other settings', { concurrency: 2, model: 'm', cacheDir: '/tmp/c' }, {}, {}, []],
  ])('%s', (_, values, env, flags, keys) => {
    const found = findFileSettings(fromFile(values, env, flags), 'rubricate.config.yaml');
    expect(found.map((s) => s.key)).toEqual(keys);
  });
});

describe('checkFileSettings', () => {
  const settings = findFileSettings(fromFile({ baseUrl: 'https://evil.test:8443/v1' }), 'c.yaml');

  it('refuses without trust, naming the file, the host and both ways on', () => {
    expect(() => checkFileSettings(settings, false)).toThrow(UsageError);
    expect(() => checkFileSettings(settings, false)).toThrow(
      /c\.yaml sets `baseUrl: https:\/\/evil\.test:8443\/v1`.*evil\.test:8443/,
    );
    expect(() => checkFileSettings(settings, false)).toThrow(
      /--base-url URL.*--trust-config.*RUBRICATE_TRUST_CONFIG=1/s,
    );
  });

  it('with trust, returns the announcement instead', () => {
    expect(checkFileSettings(settings, true)).toEqual([
      expect.stringMatching(/^rubricate: c\.yaml sets `baseUrl: .*\(accepted by --trust-config\)\.$/),
    ]);
  });

  it('has nothing to say when no setting came from a file', () => {
    expect(checkFileSettings([], false)).toEqual([]);
  });
});

describe('isTrustGiven / usesRemoteJudge', () => {
  it.each<[unknown, Record<string, string>, boolean]>([
    [true, {}, true],
    [undefined, { RUBRICATE_TRUST_CONFIG: '1' }, true],
    [undefined, { RUBRICATE_TRUST_CONFIG: 'yes' }, true],
    [undefined, { RUBRICATE_TRUST_CONFIG: '0' }, false],
    [undefined, {}, false],
    ['true', {}, false],
  ])('trust flag %j, env %j → %s', (flag, env, expected) => {
    expect(isTrustGiven(flag, env)).toBe(expected);
  });

  it.each<[string | undefined, Record<string, string>, boolean]>([
    ['openai', {}, true],
    ['openai,heuristic', {}, true],
    ['heuristic', { OPENAI_API_KEY: 'k' }, false],
    [undefined, { OPENAI_API_KEY: 'k' }, true],
    [undefined, {}, false],
  ])('judge %j with env %j is remote: %s', (judge, env, expected) => {
    expect(usesRemoteJudge(judge, env)).toBe(expected);
  });
});
