import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCacheSecret } from '../cache/cache-secret.ts';
import { deriveRunKey } from '../cache/derive-run-key.ts';
import { defaultCacheDir } from '../cache/response-cache.ts';
import { type Config, ConfigSchema } from '../config/schema.ts';
import { UsageError } from '../errors.ts';
import { loadRubric } from '../io/load-rubric.ts';
import { findInputFiles } from '../io/read-inputs.ts';
import { resolvePath } from '../io/resolve-path.ts';
import {
  assertNewRunDir,
  createRunDir,
  RUN_FILES,
  readRun,
  readRunKey,
  writeJson,
  writeRunKey,
} from '../io/run-store.ts';
import { PROMPT_VERSION } from '../prompt/version.ts';
import { formatDiagnostic } from '../rubric/format-diagnostic.ts';
import type { Rubric } from '../rubric/schema.ts';
import type { ReadLimits } from '../transcript/limits.ts';
import { type ReadInput, streamTranscripts } from './read-transcripts.ts';
import type { ScoreRequest } from './score-request.ts';

export interface PreparedRun {
  readonly config: Config;
  readonly rubric: Rubric;
  readonly dir: string;
  /**
   * Reads the transcripts one by one, in order: each file's manifest entry, and its transcript
   * when it could be read. Read as the run goes, so no run holds every transcript at once.
   */
  readonly read: () => AsyncGenerator<ReadInput>;
  /** How many files `read` goes through (as the last read found them): to size the run's threads. */
  readonly countInputs: () => number;
  readonly secret: string;
  readonly startedAt: string;
  /**
   * Creates the run directory and its fixed files (a no-op on resume). Called only once every
   * input and setting has been validated, so bad usage never leaves a half-made run behind.
   */
  readonly materialize: () => void;
}

/** Settings that may change on `--resume`: they change how calls are made, not what is asked. */
const RESUMABLE: ReadonlySet<string> = new Set([
  'concurrency',
  'rpm',
  'tpm',
  'maxRetries',
  'timeoutMs',
  'budgetUsd',
  'quiet',
  'logLevel',
  'format',
  'cacheDir',
  'cache',
  'breakerThreshold',
  'breakerHalfOpenMs',
  'retryBaseMs',
  'retryMaxMs',
  'heartbeatMs',
  'maxAnswerTokens',
  'maxFiles',
  'maxFileMb',
  'maxSegments',
  // How calls are sent (batched or online), not what is asked.
  'batchApi',
  'batchMaxRequests',
  'batchMaxMb',
  'batchPollMs',
  'batchPollMaxMs',
]);

/** The transcript readers' limits from the configuration. */
function readLimitsOf(config: Config): ReadLimits {
  return { maxFileBytes: Math.round(config.maxFileMb * 1024 * 1024), maxSegments: config.maxSegments };
}
const CONFIG_FILE = 'config.json';

/** Where a run's preparation reports what the user should see (diagnostics, skipped files). */
type Say = (message: string) => void;

/** Reads everything a run needs, validating all input before the run directory is touched. */
export async function prepareRun(request: ScoreRequest, say: Say): Promise<PreparedRun> {
  return request.resume === undefined
    ? prepareFresh(request, say)
    : prepareResume(request, request.resume, say);
}

async function prepareFresh(request: ScoreRequest, say: Say): Promise<PreparedRun> {
  const { config } = request.settings;
  const { cwd } = request;
  if (config.rubric === undefined)
    throw new UsageError('Expected `--rubric FILE` (or `rubric:` in the config file).');
  if (request.transcripts.length === 0)
    throw new UsageError('Expected at least one transcript file, folder or glob.');
  const { rubric, diagnostics } = loadRubric(config.rubric, cwd);
  for (const d of diagnostics) say(formatDiagnostic(d));
  const { read, countInputs } = readerOf(request.transcripts, cwd, config, say);
  const startedAt = (request.deps?.clock ?? (() => new Date()))().toISOString();
  const dir = resolvePath(cwd, config.out ?? join('runs', `${startedAt.replace(/[:.]/g, '-')}-${rubric.id}`));
  const cacheDir = resolvePath(cwd, config.cacheDir ?? defaultCacheDir(request.env, request.homedir));
  const nothing = () => {};
  if (request.dryRun === true) {
    return { config, rubric, dir, read, countInputs, secret: 'dry-run', startedAt, materialize: nothing };
  }
  assertNewRunDir(dir);
  // Nonces come from a key derived from the shared cache's secret and what the run asks, so runs
  // of one rubric send identical requests and share the cache; the run stores only that derived
  // key (never the secret), so `--resume` renders identical prompts whatever the cache holds.
  const secret = config.cache
    ? deriveRunKey(loadCacheSecret(cacheDir), [rubric.version, PROMPT_VERSION])
    : randomBytes(32).toString('hex');
  const materialize = () => {
    createRunDir(dir);
    writeJson(dir, RUN_FILES.rubric, rubric);
    writeJson(dir, CONFIG_FILE, { cwd, patterns: request.transcripts, config });
    writeRunKey(dir, secret);
  };
  return { config, rubric, dir, read, countInputs, secret, startedAt, materialize };
}

async function prepareResume(request: ScoreRequest, resumeArg: string, say: Say): Promise<PreparedRun> {
  const { cwd } = request;
  const dir = resolvePath(cwd, resumeArg);
  const { manifest, rubric } = readRun(dir);
  const stored = JSON.parse(readFileSync(join(dir, CONFIG_FILE), 'utf8')) as {
    cwd: string;
    patterns: string[];
    config: unknown;
  };
  const given = request.settings;
  const changed = Object.keys(given.sources).filter(
    (k) => given.sources[k] === 'flag' && !RESUMABLE.has(k) && k !== 'rubric' && k !== 'out',
  );
  if (changed.length > 0) {
    throw new UsageError(
      `--resume continues a run as it was configured; it cannot change ${changed.map((k) => `\`${k}\``).join(', ')}.`,
    );
  }
  if (given.config.rubric !== undefined) {
    const current = loadRubric(given.config.rubric, cwd).rubric;
    if (current.version !== rubric.version) {
      throw new UsageError(
        `${given.config.rubric} has changed since ${resumeArg} started (version ${rubric.version} → ${current.version}); start a new run instead.`,
      );
    }
  }
  const overrides = Object.fromEntries(
    Object.entries(given.config).filter(([k]) => RESUMABLE.has(k) && given.sources[k] === 'flag'),
  );
  const config = ConfigSchema.parse({ ...(stored.config as object), ...overrides });
  const { read, countInputs } = readerOf(stored.patterns, stored.cwd, config, say);
  const secret = readRunKey(dir);
  if (secret === undefined) {
    throw new UsageError(`${resumeArg} has no ${RUN_FILES.runKey}; it cannot be resumed.`);
  }
  return {
    config,
    rubric,
    dir,
    read,
    countInputs,
    secret,
    startedAt: manifest.startedAt,
    materialize: () => {},
  };
}

/**
 * A run's reader, and how many files it goes through: the number the last read found, or (before
 * any read) the files found now, silently.
 */
function readerOf(
  patterns: readonly string[],
  cwd: string,
  config: Config,
  say: Say,
): Pick<PreparedRun, 'read' | 'countInputs'> {
  let found: number | undefined;
  return {
    read: () =>
      streamTranscripts(patterns, cwd, {
        maxFiles: config.maxFiles,
        limits: readLimitsOf(config),
        warn: (message) => say(`warning: ${message}`),
        onFound: (files) => {
          found = files;
        },
      }),
    countInputs: () => found ?? countFiles(patterns, cwd, config.maxFiles),
  };
}

/** The number of transcript files the patterns name, found without a word (reading tells of problems). */
function countFiles(patterns: readonly string[], cwd: string, maxFiles: number): number {
  try {
    return findInputFiles(patterns, cwd, { maxFiles, warn: () => {} }).length;
  } catch {
    // Reading will say what is wrong; for sizing, assume a long run.
    return Number.POSITIVE_INFINITY;
  }
}
