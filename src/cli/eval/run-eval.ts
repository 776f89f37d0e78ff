import { existsSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { UsageError } from '../../errors.ts';
import { buildEvalContext } from '../../eval/build-eval-context.ts';
import {
  compareWithBaseline,
  evaluateAgainstGold,
  parseBaseline,
  parseLabels,
  parseSuite,
  renderEvalJunit,
  renderEvalMarkdown,
  toBaseline,
} from '../../eval/index.ts';
import { writeFileAtomic } from '../../io/atomic-write.ts';
import { makePrivateDir } from '../../io/private-dir.ts';
import { readRunReport } from '../../io/read-run-report.ts';
import { readRun } from '../../io/run-store.ts';
import { writeEvalExtras } from '../../io/write-eval-extras.ts';
import type { CliIo } from '../cli-io.ts';
import { checkSuitePaths, findSuiteEscapes } from '../config/check-suite-paths.ts';
import {
  checkFileSettings,
  type FileSetting,
  findFileSettings,
  isTrustGiven,
  usesRemoteJudge,
} from '../config/check-trust.ts';
import { loadConfigFile } from '../config/load-config-file.ts';
import { resolveConfig } from '../config/resolve-config.ts';
import { EXIT, type ExitCode } from '../exit-codes.ts';
import { resolvePath } from '../resolve-path.ts';
import { runScore } from '../score/run-score.ts';

export interface EvalInvocation {
  readonly suiteArg: string;
  readonly out?: string;
  readonly updateBaseline: boolean;
  /** `--trust-config`: accept endpoints, `redact: false` and outside paths from the files. */
  readonly trustConfig?: boolean;
  readonly json: boolean;
  /** `--config`, `--cache-dir`, `--no-cache`, `--quiet`: how to run, never what to measure. */
  readonly flags: Readonly<Record<string, unknown>>;
  readonly configPath?: string;
  /** `--summary-md FILE`: the short job summary (also appended to `$GITHUB_STEP_SUMMARY` when set). */
  readonly summaryMd?: string;
  readonly io: CliIo;
}

/**
 * `eval`: scores the suite's transcripts with its judge settings (through the same runner as
 * `score`, so the response cache is reused), compares the ratings with the gold labels and the
 * baseline, writes `eval-report.md` and `junit.xml`, and returns 1 when the gate fails.
 */
export async function runEval(inv: EvalInvocation): Promise<ExitCode> {
  const { io } = inv;
  const suiteDir = resolvePath(io.cwd, inv.suiteArg);
  const read = (file: string, required: boolean) => {
    const path = join(suiteDir, file);
    if (!existsSync(path)) {
      if (required)
        throw new UsageError(`Expected ${file} in the suite directory ${inv.suiteArg}, but it is missing.`);
      return null;
    }
    return { path: join(inv.suiteArg, file), text: readFileSync(path, 'utf8') };
  };
  const suiteFile = read('suite.yaml', true);
  const labelsFile = read('labels.csv', true);
  if (suiteFile === null || labelsFile === null)
    throw new UsageError(`${inv.suiteArg} is not a suite directory.`);
  const suite = parseSuite(suiteFile);
  const labels = parseLabels(labelsFile);
  const baselineFile = read('baseline.json', false);
  const baseline = baselineFile === null ? null : parseBaseline(baselineFile);

  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const outDir = resolvePath(io.cwd, inv.out ?? join('runs', `eval-${stamp}-${basename(suiteDir)}`));
  const runDir = join(outDir, 'run');
  const suiteSettings = Object.fromEntries(
    Object.entries({
      judge: suite.judge,
      model: suite.model,
      samples: suite.samples,
      baseUrl: suite.baseUrl,
      concurrency: suite.concurrency,
    }).filter(([, v]) => v !== undefined),
  );
  const file = loadConfigFile(io.cwd, inv.configPath);
  const resolved = resolveConfig({
    flags: {
      ...suiteSettings,
      ...inv.flags,
      rubric: resolvePath(suiteDir, suite.rubric),
      out: runDir,
      format: 'json',
    },
    env: io.env,
    file,
  });
  // The suite and the config file are files someone else may have written: hold what they say
  // about endpoints, redaction and outside paths to the user's word before anything is read.
  const trusted = isTrustGiven(inv.trustConfig, io.env);
  const announced = checkSuitePaths(findSuiteEscapes(suite, suiteDir, suiteFile.path), trusted);
  if (usesRemoteJudge(resolved.config.judge, io.env)) {
    const fromSuite: FileSetting[] =
      suite.baseUrl === undefined || inv.flags.baseUrl !== undefined
        ? []
        : [{ key: 'baseUrl', value: suite.baseUrl, file: suiteFile.path }];
    announced.push(...checkFileSettings([...fromSuite, ...findFileSettings(resolved, file?.path)], trusted));
  }
  for (const line of announced) io.stderr(`${line}\n`);
  makePrivateDir(outDir, { gitignore: true });
  // The scorer's table goes to stderr so `--json` leaves stdout to the eval result.
  const scoreIo: CliIo = { ...io, cwd: suiteDir, stdout: io.stderr };
  const scored = await runScore({
    patterns: suite.transcripts,
    resolved,
    dryRun: false,
    resume: null,
    io: scoreIo,
  });
  if (scored !== EXIT.ok) {
    io.stderr(
      `rubricate: the suite's run is incomplete; finish it with \`rubricate score --resume ${relative(io.cwd, runDir)}\` and run eval again.\n`,
    );
    return scored;
  }

  const run = readRun(runDir);
  const result = evaluateAgainstGold(run.items, labels);
  const meta = {
    suite: inv.suiteArg,
    rubricVersion: run.rubric.version,
    promptVersion: run.manifest.promptVersion,
    judge: `${run.manifest.judge.kind}:${run.manifest.judge.models.join(',')}`,
    createdAt: new Date().toISOString(),
  };
  // Updating the baseline measures against the thresholds alone: the new baseline is this run.
  const gate = compareWithBaseline(result, inv.updateBaseline ? null : baseline, suite.thresholds);
  const context = buildEvalContext(baseline, run.rubric, readRunReport(runDir).summary);
  writeFileAtomic(join(outDir, 'eval-report.md'), renderEvalMarkdown(result, gate, meta, context));
  writeFileAtomic(join(outDir, 'junit.xml'), renderEvalJunit(result, gate));
  writeEvalExtras(
    {
      outDir,
      ...(inv.summaryMd === undefined ? {} : { summaryMd: resolvePath(io.cwd, inv.summaryMd) }),
      ...(io.env.GITHUB_STEP_SUMMARY === undefined ? {} : { stepSummary: io.env.GITHUB_STEP_SUMMARY }),
    },
    { result, gate, meta, context },
  );
  if (inv.updateBaseline) {
    writeFileAtomic(
      join(suiteDir, 'baseline.json'),
      `${JSON.stringify(toBaseline(result, meta, run.rubric), null, 2)}\n`,
      // The baseline is meant to be committed with the suite: an ordinary readable file.
      { mode: 0o644 },
    );
    io.stderr(`wrote ${join(inv.suiteArg, 'baseline.json')}\n`);
  }

  if (inv.json)
    io.stdout(
      `${JSON.stringify({ passed: gate.passed, gate, overall: result.overall, perQuestion: result.perQuestion, outDir }, null, 2)}\n`,
    );
  else io.stdout(formatEvalSummary(result.overall, gate, outDir));
  return gate.passed ? EXIT.ok : EXIT.gateFailed;
}

function formatEvalSummary(
  overall: ReturnType<typeof evaluateAgainstGold>['overall'],
  gate: ReturnType<typeof compareWithBaseline>,
  outDir: string,
): string {
  const fmt = (x: number | null) => (x === null ? '—' : x.toFixed(3));
  const failed = gate.checks.filter((c) => !c.passed);
  return [
    `eval ${gate.passed ? 'PASSED' : 'FAILED'}: quadratic κ ${fmt(overall.quadraticKappa)} · exact agreement ${fmt(overall.exactAgreement)} · within one ${fmt(overall.withinOne)} (n = ${overall.n})`,
    `${gate.checks.length - failed.length}/${gate.checks.length} checks passed${gate.baseline === null ? ' (no baseline)' : ''}`,
    ...failed.map((c) => `  ✗ ${c.message}`),
    `report: ${join(outDir, 'eval-report.md')} · ${join(outDir, 'eval-report.html')} · ${join(outDir, 'junit.xml')}`,
    '',
  ].join('\n');
}
