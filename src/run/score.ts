import { processEnvironment } from '../io/process-env.ts';
import type { Progress } from './execute-jobs.ts';
import { resolveSettings, type ScoreSettings } from './resolve-settings.ts';
import type { RunEvent, ScoreResult } from './score-request.ts';
import { scoreRun } from './score-run.ts';

export type { ScoreSettings } from './resolve-settings.ts';

/** Options of `score()`: the run's settings plus where and how to run. */
export interface ScoreOptions extends ScoreSettings {
  /** Transcript files, folders or globs (relative to `cwd`); not needed with `resume`. */
  readonly transcripts?: readonly string[];
  /** Base for relative paths (default: `process.cwd()`). */
  readonly cwd?: string;
  /** Parse, align and price the calls; call no judge, write nothing. */
  readonly dryRun?: boolean;
  /** A run directory to continue (completed calls are never repeated). */
  readonly resume?: string;
  /** The OpenAI-compatible API key (default: `OPENAI_API_KEY` from `env`). */
  readonly apiKey?: string;
  /** The environment to read `OPENAI_API_KEY` / `OPENAI_BASE_URL` from (default: `process.env`). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Stops scheduling calls; the run is saved and comes back `incomplete`, resumable. */
  readonly signal?: AbortSignal;
  /** Progress of the judge calls. */
  readonly onProgress?: (progress: Progress) => void;
  /** Every notice, alert and progress event. */
  readonly onEvent?: (event: RunEvent) => void;
}

const OWN_KEYS = new Set([
  'transcripts',
  'cwd',
  'dryRun',
  'resume',
  'apiKey',
  'env',
  'signal',
  'onProgress',
  'onEvent',
]);

/**
 * Scores transcripts against a rubric and writes a run directory (the Node API of
 * `rubricate score`). Resolves with the run's status, summary and directory; an incomplete run
 * (failed items, budget, breaker, interrupt) is a result, not an error. Throws `RubricateError`
 * (with a `code`) for bad options or input; never exits the process.
 *
 * ```ts
 * const result = await score({ transcripts: ['transcripts'], rubric: 'rubrics/interview-rubric.md', judge: 'heuristic' });
 * if (result.kind === 'run') console.log(result.status, result.summary.items);
 * ```
 */
export async function score(options: ScoreOptions): Promise<ScoreResult> {
  const real = processEnvironment();
  const env = { ...(options.env ?? real.env) };
  if (options.apiKey !== undefined) env.OPENAI_API_KEY = options.apiKey;
  const given = Object.fromEntries(Object.entries(options).filter(([key]) => !OWN_KEYS.has(key)));
  return scoreRun({
    transcripts: options.transcripts ?? [],
    settings: resolveSettings(given, env),
    cwd: options.cwd ?? process.cwd(),
    env,
    homedir: real.homedir,
    ...(options.dryRun === undefined ? {} : { dryRun: options.dryRun }),
    ...(options.resume === undefined ? {} : { resume: options.resume }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    onEvent: (event) => {
      options.onEvent?.(event);
      if (event.type === 'progress') options.onProgress?.(event.progress);
    },
  });
}
