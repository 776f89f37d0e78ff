import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCacheSecret } from '../../cache/cache-secret.ts';
import { deriveRunKey } from '../../cache/derive-run-key.ts';
import { defaultCacheDir } from '../../cache/response-cache.ts';
import { UsageError } from '../../errors.ts';
import { loadRubric } from '../../io/load-rubric.ts';
import {
  assertNewRunDir,
  createRunDir,
  RUN_FILES,
  readRun,
  readRunKey,
  writeJson,
  writeRunKey,
} from '../../io/run-store.ts';
import { PROMPT_VERSION } from '../../prompt/version.ts';
import type { RunInput } from '../../report/schema.ts';
import { formatDiagnostic } from '../../rubric/format-diagnostic.ts';
import type { Rubric } from '../../rubric/schema.ts';
import type { Transcript } from '../../transcript/schema.ts';
import { type Config, ConfigSchema } from '../config/schema.ts';
import { resolvePath } from '../resolve-path.ts';
import { readTranscripts } from './read-transcripts.ts';
import type { ScoreInvocation } from './run-score.ts';

export interface PreparedRun {
  readonly config: Config;
  readonly rubric: Rubric;
  readonly dir: string;
  readonly transcripts: Transcript[];
  readonly inputs: RunInput[];
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
]);
const CONFIG_FILE = 'config.json';

/** Reads everything a run needs, validating all input before the run directory is touched. */
export async function prepareRun(inv: ScoreInvocation): Promise<PreparedRun> {
  return inv.resume === null ? prepareFresh(inv) : prepareResume(inv, inv.resume);
}

async function prepareFresh(inv: ScoreInvocation): Promise<PreparedRun> {
  const { config } = inv.resolved;
  const { io } = inv;
  if (config.rubric === undefined)
    throw new UsageError('Expected `--rubric FILE` (or `rubric:` in the config file).');
  if (inv.patterns.length === 0)
    throw new UsageError('Expected at least one transcript file, folder or glob.');
  const { rubric, diagnostics } = loadRubric(config.rubric, io.cwd);
  for (const d of diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
  const { transcripts, inputs } = await readTranscripts(inv.patterns, io.cwd);
  const startedAt = (inv.deps?.clock ?? (() => new Date()))().toISOString();
  const dir = resolvePath(
    io.cwd,
    config.out ?? join('runs', `${startedAt.replace(/[:.]/g, '-')}-${rubric.id}`),
  );
  const cacheDir = resolvePath(io.cwd, config.cacheDir ?? defaultCacheDir(io.env, io.homedir));
  const nothing = () => {};
  if (inv.dryRun) {
    return { config, rubric, dir, transcripts, inputs, secret: 'dry-run', startedAt, materialize: nothing };
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
    writeJson(dir, CONFIG_FILE, { cwd: io.cwd, patterns: inv.patterns, config });
    writeRunKey(dir, secret);
  };
  return { config, rubric, dir, transcripts, inputs, secret, startedAt, materialize };
}

async function prepareResume(inv: ScoreInvocation, resumeArg: string): Promise<PreparedRun> {
  const { io } = inv;
  const dir = resolvePath(io.cwd, resumeArg);
  const { manifest, rubric } = readRun(dir);
  const stored = JSON.parse(readFileSync(join(dir, CONFIG_FILE), 'utf8')) as {
    cwd: string;
    patterns: string[];
    config: unknown;
  };
  const given = inv.resolved;
  const changed = Object.keys(given.sources).filter(
    (k) => given.sources[k] === 'flag' && !RESUMABLE.has(k) && k !== 'rubric' && k !== 'out',
  );
  if (changed.length > 0) {
    throw new UsageError(
      `--resume continues a run as it was configured; it cannot change ${changed.map((k) => `\`${k}\``).join(', ')}.`,
    );
  }
  if (given.config.rubric !== undefined) {
    const current = loadRubric(given.config.rubric, io.cwd).rubric;
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
  const { transcripts, inputs } = await readTranscripts(stored.patterns, stored.cwd);
  const secret = readRunKey(dir);
  if (secret === undefined) {
    throw new UsageError(`${resumeArg} has no ${RUN_FILES.runKey}; it cannot be resumed.`);
  }
  return {
    config,
    rubric,
    dir,
    transcripts,
    inputs,
    secret,
    startedAt: manifest.startedAt,
    materialize: () => {},
  };
}
