import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ResolvedConfig } from '../config/schema.ts';
import type { Deps } from '../deps.ts';
import { UsageError } from '../errors.ts';
import { buildEvalContext } from '../eval/build-eval-context.ts';
import {
  type Baseline,
  compareWithBaseline,
  type EvalResult,
  evaluateAgainstGold,
  type Gate,
  type GoldLabel,
  parseBaseline,
  parseLabels,
  parseSuite,
  renderEvalJunit,
  renderEvalMarkdown,
  type Suite,
  toBaseline,
} from '../eval/index.ts';
import { writeFileAtomic } from '../io/atomic-write.ts';
import { makePrivateDir } from '../io/private-dir.ts';
import { readRunReport } from '../io/read-run-report.ts';
import { readRun } from '../io/run-store.ts';
import { writeEvalExtras } from '../io/write-eval-extras.ts';
import type { RunEvent, ScoreResult } from './score-request.ts';
import { scoreRun } from './score-run.ts';

/** A suite directory's files, read and validated. */
export interface SuiteFiles {
  readonly suite: Suite;
  readonly labels: GoldLabel[];
  readonly baseline: Baseline | null;
  /** `suite.yaml` as the user would name it, for messages. */
  readonly suitePath: string;
}

/** Reads `suite.yaml`, `labels.csv` and (optional) `baseline.json`; a missing or bad file is a usage error naming it. */
export function readSuite(suiteDir: string, suiteName: string): SuiteFiles {
  const read = (file: string, required: boolean) => {
    const path = join(suiteDir, file);
    if (!existsSync(path)) {
      if (required)
        throw new UsageError(`Expected ${file} in the suite directory ${suiteName}, but it is missing.`);
      return null;
    }
    return { path: join(suiteName, file), text: readFileSync(path, 'utf8') };
  };
  const suiteFile = read('suite.yaml', true);
  const labelsFile = read('labels.csv', true);
  if (suiteFile === null || labelsFile === null)
    throw new UsageError(`${suiteName} is not a suite directory.`);
  const baselineFile = read('baseline.json', false);
  return {
    suite: parseSuite(suiteFile),
    labels: parseLabels(labelsFile),
    baseline: baselineFile === null ? null : parseBaseline(baselineFile),
    suitePath: suiteFile.path,
  };
}

/** The judge settings a suite fixes (what is measured), as config keys. */
export function suiteSettings(suite: Suite): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries({
      judge: suite.judge,
      model: suite.model,
      samples: suite.samples,
      baseUrl: suite.baseUrl,
      concurrency: suite.concurrency,
    }).filter(([, v]) => v !== undefined),
  );
}

/** One `eval` of a suite: where to write, with which settings, and what the caller wants told. */
export interface EvaluateRequest {
  readonly suiteDir: string;
  /** The suite as the user named it, for messages and the report. */
  readonly suiteName: string;
  readonly files: SuiteFiles;
  /** Resolved settings, with `rubric`, `out` (the run folder) and `format` set for the suite. */
  readonly settings: ResolvedConfig;
  readonly outDir: string;
  readonly updateBaseline: boolean;
  /** `--summary-md FILE` (absolute) and GitHub's `$GITHUB_STEP_SUMMARY`. */
  readonly summaryMd?: string;
  readonly stepSummary?: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly homedir: string;
  readonly signal?: AbortSignal;
  readonly onEvent?: (event: RunEvent) => void;
  readonly deps?: Omit<Deps, 'logger'>;
}

/** What an eval produced: a gate decision, or an incomplete scoring run to finish first. */
export type EvaluateResult =
  | {
      readonly kind: 'incomplete';
      readonly run: ScoreResult;
      readonly runDir: string;
      readonly outDir: string;
    }
  | {
      readonly kind: 'evaluated';
      readonly passed: boolean;
      readonly gate: Gate;
      readonly result: EvalResult;
      readonly outDir: string;
      readonly runDir: string;
      /** Files written, absolute. */
      readonly files: readonly string[];
    };

/**
 * An eval, step by step: score the suite's transcripts with its settings (the same run as
 * `score`, so the response cache is reused), compare the ratings with the gold labels and the
 * baseline, write eval-report.md/.html, junit.xml and the job summary, and (asked to) the new
 * baseline. A scoring run that did not complete is returned as `incomplete`: no gate is decided
 * on partial results.
 */
export async function evaluateSuite(request: EvaluateRequest): Promise<EvaluateResult> {
  const { outDir, files } = request;
  const runDir = request.settings.config.out ?? join(outDir, 'run');
  makePrivateDir(outDir, { gitignore: true });
  const scored = await scoreRun({
    transcripts: files.suite.transcripts,
    settings: request.settings,
    cwd: request.suiteDir,
    env: request.env,
    homedir: request.homedir,
    ...(request.signal === undefined ? {} : { signal: request.signal }),
    ...(request.onEvent === undefined ? {} : { onEvent: request.onEvent }),
    ...(request.deps === undefined ? {} : { deps: request.deps }),
  });
  if (scored.kind !== 'run' || scored.status !== 'complete')
    return { kind: 'incomplete', run: scored, runDir, outDir };

  const run = readRun(runDir);
  const result = evaluateAgainstGold(run.items, files.labels);
  const meta = {
    suite: request.suiteName,
    rubricVersion: run.rubric.version,
    promptVersion: run.manifest.promptVersion,
    judge: `${run.manifest.judge.kind}:${run.manifest.judge.models.join(',')}`,
    createdAt: new Date().toISOString(),
  };
  // Updating the baseline measures against the thresholds alone: the new baseline is this run.
  const gate = compareWithBaseline(
    result,
    request.updateBaseline ? null : files.baseline,
    files.suite.thresholds,
  );
  const context = buildEvalContext(files.baseline, run.rubric, readRunReport(runDir).summary);
  const written = [join(outDir, 'eval-report.md'), join(outDir, 'junit.xml')];
  writeFileAtomic(join(outDir, 'eval-report.md'), renderEvalMarkdown(result, gate, meta, context));
  writeFileAtomic(join(outDir, 'junit.xml'), renderEvalJunit(result, gate));
  writeEvalExtras(
    {
      outDir,
      ...(request.summaryMd === undefined ? {} : { summaryMd: request.summaryMd }),
      ...(request.stepSummary === undefined ? {} : { stepSummary: request.stepSummary }),
    },
    { result, gate, meta, context },
  );
  if (request.updateBaseline) {
    const path = join(request.suiteDir, 'baseline.json');
    writeFileAtomic(
      path,
      `${JSON.stringify(toBaseline(result, meta, run.rubric), null, 2)}\n`,
      // The baseline is meant to be committed with the suite: an ordinary readable file.
      { mode: 0o644 },
    );
    written.push(path);
  }
  return { kind: 'evaluated', passed: gate.passed, gate, result, outDir, runDir, files: written };
}
