import { basename, join } from 'node:path';
import { checkSuitePaths, findSuiteEscapes } from '../config/check-suite-paths.ts';
import { checkFileSettings, isTrustGiven, usesRemoteJudge } from '../config/check-trust.ts';
import { processEnvironment } from '../io/process-env.ts';
import { resolvePath } from '../io/resolve-path.ts';
import { type EvaluateResult, evaluateSuite, readSuite, suiteSettings } from './evaluate.ts';
import { resolveSettings, type ScoreSettings } from './resolve-settings.ts';
import type { RunEvent } from './score-request.ts';

/** Options of `evaluate()`: the suite, where to write, and how (never what) to run. */
export interface EvaluateOptions {
  /** A folder with suite.yaml, labels.csv and optionally baseline.json. */
  readonly suite: string;
  /** Where the run, eval-report.md/.html and junit.xml go (default `runs/eval-<time>-<suite>`). */
  readonly out?: string;
  /** Rewrite the suite's baseline.json from this run. */
  readonly updateBaseline?: boolean;
  /** Accept a `baseUrl` from suite.yaml and suite paths outside its repository (default false). */
  readonly trust?: boolean;
  /** Also write the short Markdown job summary here. */
  readonly summaryMd?: string;
  /** How to run: `cacheDir`, `cache`, `concurrency`, `rpm`, … (the suite fixes judge and model). */
  readonly settings?: ScoreSettings;
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly apiKey?: string;
  readonly signal?: AbortSignal;
  readonly onEvent?: (event: RunEvent) => void;
}

/**
 * Runs a golden-set eval (the Node API of `rubricate eval`): scores the suite, compares with the
 * gold labels and the baseline, writes the reports. Resolves with `evaluated` (`passed`, the gate,
 * the metrics) or `incomplete` (the suite's run needs `score --resume` first). Throws
 * `RubricateError` for a bad suite, settings, or untrusted endpoints and paths; never exits.
 *
 * ```ts
 * const outcome = await evaluate({ suite: 'evals/golden' });
 * if (outcome.kind === 'evaluated' && !outcome.passed) process.exitCode = 1;
 * ```
 */
export async function evaluate(options: EvaluateOptions): Promise<EvaluateResult> {
  const real = processEnvironment();
  const env = { ...(options.env ?? real.env) };
  if (options.apiKey !== undefined) env.OPENAI_API_KEY = options.apiKey;
  const cwd = options.cwd ?? process.cwd();
  const suiteDir = resolvePath(cwd, options.suite);
  const files = readSuite(suiteDir, options.suite);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const outDir = resolvePath(cwd, options.out ?? join('runs', `eval-${stamp}-${basename(suiteDir)}`));
  const settings = resolveSettings(
    {
      ...suiteSettings(files.suite),
      ...options.settings,
      rubric: resolvePath(suiteDir, files.suite.rubric),
      out: join(outDir, 'run'),
      format: 'json',
    },
    env,
  );
  // A suite may be someone else's (a pull request): its paths and endpoint need the caller's word.
  const trusted = isTrustGiven(options.trust, env);
  const announced = checkSuitePaths(findSuiteEscapes(files.suite, suiteDir, files.suitePath), trusted);
  if (
    usesRemoteJudge(settings.config.judge, env) &&
    files.suite.baseUrl !== undefined &&
    options.settings?.baseUrl === undefined
  ) {
    announced.push(
      ...checkFileSettings([{ key: 'baseUrl', value: files.suite.baseUrl, file: files.suitePath }], trusted),
    );
  }
  for (const message of announced) options.onEvent?.({ type: 'alert', message });
  return evaluateSuite({
    suiteDir,
    suiteName: options.suite,
    files,
    settings,
    outDir,
    updateBaseline: options.updateBaseline === true,
    ...(options.summaryMd === undefined ? {} : { summaryMd: resolvePath(cwd, options.summaryMd) }),
    env,
    homedir: real.homedir,
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    ...(options.onEvent === undefined ? {} : { onEvent: options.onEvent }),
  });
}
