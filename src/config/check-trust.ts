import { UsageError } from '../errors.ts';
import type { ResolvedConfig } from './schema.ts';

/** A setting that decides where candidates' data and the API key go, read from a file. */
export interface FileSetting {
  readonly key: 'baseUrl' | 'redact';
  readonly value: unknown;
  /** The file it came from (a config file or an eval suite.yaml), as the user would name it. */
  readonly file: string;
}

/** The flag and the variable that accept settings from files; a file can never set them itself. */
export const TRUST_FLAG = '--trust-config';
export const TRUST_ENV = 'RUBRICATE_TRUST_CONFIG';

/**
 * The settings of `resolved` that came from the config file and would send data somewhere the
 * user did not name: an endpoint (`baseUrl`), or unredacted transcripts (`redact: false`). A
 * config file is found in the working directory, so anyone who can write to a repository a user
 * runs rubricate in could otherwise receive the user's API key and candidates' PII.
 */
export function findFileSettings(resolved: ResolvedConfig, file: string | undefined): FileSetting[] {
  const found: FileSetting[] = [];
  const from = file ?? 'the config file';
  if (resolved.sources.baseUrl === 'file' && resolved.config.baseUrl !== undefined) {
    found.push({ key: 'baseUrl', value: resolved.config.baseUrl, file: from });
  }
  if (resolved.sources.redact === 'file' && resolved.config.redact === false) {
    found.push({ key: 'redact', value: false, file: from });
  }
  return found;
}

/** Whether the user accepted settings from files: `--trust-config` or `RUBRICATE_TRUST_CONFIG=1`. */
export function isTrustGiven(flag: unknown, env: Readonly<Record<string, string | undefined>>): boolean {
  return flag === true || /^(?:1|true|yes|on)$/i.test(env[TRUST_ENV] ?? '');
}

/**
 * Whether the run would send answers (and the API key) off this machine: the OpenAI-compatible
 * judge, named or chosen by default because OPENAI_API_KEY is set.
 */
export function usesRemoteJudge(
  judge: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  const kinds = judge ?? (env.OPENAI_API_KEY ? 'openai' : 'heuristic');
  return kinds.split(',').some((kind) => kind.trim().toLowerCase() === 'openai');
}

/**
 * Holds settings from files to the user's word before any call. Without trust: a `UsageError`
 * (exit 2) naming each setting, its file, and both ways on (name the host yourself, or trust the
 * file). With trust: the lines to print on stderr first, so the choice is never silent.
 */
export function checkFileSettings(settings: readonly FileSetting[], trusted: boolean): string[] {
  if (settings.length === 0) return [];
  const lines = settings.map(describe);
  if (!trusted) {
    const yourself = settings.some((s) => s.key === 'baseUrl')
      ? 'name the endpoint yourself (`--base-url URL` or OPENAI_BASE_URL), or '
      : '';
    throw new UsageError(
      [
        'Refusing settings from a file that decide where transcripts and the API key go:',
        ...lines.map((line) => `  ${line}`),
        `These are taken from your command line or environment only: ${yourself}accept the file's settings with \`${TRUST_FLAG}\` (or ${TRUST_ENV}=1).`,
      ].join('\n'),
    );
  }
  return lines.map((line) => `rubricate: ${line} (accepted by ${TRUST_FLAG}).`);
}

function describe(setting: FileSetting): string {
  if (setting.key === 'baseUrl') {
    return `${setting.file} sets \`baseUrl: ${String(setting.value)}\`: the API key and the (redacted) answers would be sent to ${hostOf(setting.value)}`;
  }
  return `${setting.file} sets \`redact: false\`: candidates' names, emails, phone numbers and addresses would be sent to the judge unredacted`;
}

function hostOf(url: unknown): string {
  try {
    return new URL(String(url)).host;
  } catch {
    return String(url);
  }
}
