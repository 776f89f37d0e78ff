import type { ResolvedConfig } from '../config/schema.ts';
import type { Deps } from '../deps.ts';
import type { RunManifest, Summary } from '../report/schema.ts';
import type { Rubric } from '../rubric/schema.ts';
import type { DryRunEstimate } from './estimate-dry-run.ts';
import type { Progress } from './execute-jobs.ts';

/**
 * What a run tells its caller while it works. `notice`: worth reading, skippable (`--quiet` hides
 * it); `alert`: something the user must see (a file that could not be read, a transcript whose
 * roles could not be told apart); `progress`: the judge calls' counters.
 */
export type RunEvent =
  | { readonly type: 'notice'; readonly message: string }
  | { readonly type: 'alert'; readonly message: string }
  | { readonly type: 'progress'; readonly progress: Progress };

/** Everything one `score` run needs from its caller. */
export interface ScoreRequest {
  /** Transcript files, folders or globs, relative to `cwd` (not needed with `resume`). */
  readonly transcripts: readonly string[];
  /** The validated configuration and where each value came from (`--resume` checks the sources). */
  readonly settings: ResolvedConfig;
  readonly cwd: string;
  /** For `OPENAI_API_KEY` and the default cache folder; never read from `process.env` directly. */
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly homedir: string;
  readonly dryRun?: boolean;
  /** A run directory to continue. */
  readonly resume?: string;
  /** Stop scheduling new calls, save everything, return `incomplete`. */
  readonly signal?: AbortSignal;
  readonly onEvent?: (event: RunEvent) => void;
  /** Clock, sleep and randomness (tests give fakes); the real ones by default. */
  readonly deps?: Omit<Deps, 'logger'>;
}

/** What a run produced: a written run directory, or (dry run) an estimate. */
export type ScoreResult =
  | { readonly kind: 'dry_run'; readonly estimate: DryRunEstimate }
  | {
      readonly kind: 'run';
      readonly status: 'complete' | 'incomplete';
      readonly dir: string;
      readonly manifest: RunManifest;
      readonly summary: Summary;
      readonly rubric: Rubric;
      /** The report files written, by name (`report.md`, …, `summary.json`). */
      readonly reports: readonly string[];
      /** One line per cause of an incomplete run, saying how to finish it. */
      readonly hints: readonly string[];
    };
