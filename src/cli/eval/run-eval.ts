import { basename, join, relative } from 'node:path';
import { checkSuitePaths, findSuiteEscapes } from '../../config/check-suite-paths.ts';
import {
  checkFileSettings,
  type FileSetting,
  findFileSettings,
  isTrustGiven,
  usesRemoteJudge,
} from '../../config/check-trust.ts';
import type { EvalResult, Gate } from '../../eval/index.ts';
import { resolvePath } from '../../io/resolve-path.ts';
import { evaluateSuite, readSuite, suiteSettings } from '../../run/evaluate.ts';
import type { CliIo } from '../cli-io.ts';
import { loadConfigFile } from '../config/load-config-file.ts';
import { resolveConfig } from '../config/resolve-config.ts';
import { EXIT, type ExitCode } from '../exit-codes.ts';

export interface EvalInvocation {
  readonly suiteArg: string;
  /** `--rubric FILE`: evaluate this rubric (the user's own file) instead of the suite's. */
  readonly rubric?: string;
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
 * `rubricate eval`: reads the suite, resolves its settings with the flags and config file, holds
 * what files say about endpoints, redaction and outside paths to the user's word, runs
 * `evaluateSuite` and prints the verdict. Returns 0 (passed), 1 (gate failed) or 3 (the suite's
 * run is incomplete).
 */
export async function runEval(inv: EvalInvocation): Promise<ExitCode> {
  const { io } = inv;
  const suiteDir = resolvePath(io.cwd, inv.suiteArg);
  const files = readSuite(suiteDir, inv.suiteArg);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const outDir = resolvePath(io.cwd, inv.out ?? join('runs', `eval-${stamp}-${basename(suiteDir)}`));
  const file = loadConfigFile(io.cwd, inv.configPath);
  const resolved = resolveConfig({
    flags: {
      ...suiteSettings(files.suite),
      ...inv.flags,
      rubric:
        inv.rubric === undefined
          ? resolvePath(suiteDir, files.suite.rubric)
          : resolvePath(io.cwd, inv.rubric),
      out: join(outDir, 'run'),
      format: 'json',
    },
    env: io.env,
    file,
  });
  // The suite and the config file are files someone else may have written: hold what they say
  // about endpoints, redaction and outside paths to the user's word before anything is read.
  const trusted = isTrustGiven(inv.trustConfig, io.env);
  const announced = checkSuitePaths(findSuiteEscapes(files.suite, suiteDir, files.suitePath), trusted);
  if (usesRemoteJudge(resolved.config.judge, io.env)) {
    const fromSuite: FileSetting[] =
      files.suite.baseUrl === undefined || inv.flags.baseUrl !== undefined
        ? []
        : [{ key: 'baseUrl', value: files.suite.baseUrl, file: files.suitePath }];
    announced.push(...checkFileSettings([...fromSuite, ...findFileSettings(resolved, file?.path)], trusted));
  }
  for (const line of announced) io.stderr(`${line}\n`);

  const quiet = resolved.config.quiet;
  const evaluated = await evaluateSuite({
    suiteDir,
    suiteName: inv.suiteArg,
    files,
    settings: resolved,
    outDir,
    updateBaseline: inv.updateBaseline,
    ...(inv.summaryMd === undefined ? {} : { summaryMd: resolvePath(io.cwd, inv.summaryMd) }),
    ...(io.env.GITHUB_STEP_SUMMARY === undefined ? {} : { stepSummary: io.env.GITHUB_STEP_SUMMARY }),
    env: io.env,
    homedir: io.homedir,
    ...(io.signal === undefined ? {} : { signal: io.signal }),
    // The scorer's lines go to stderr so `--json` leaves stdout to the eval result.
    onEvent: (event) => {
      if (event.type === 'alert' || (event.type === 'notice' && !quiet)) io.stderr(`${event.message}\n`);
    },
  });
  if (evaluated.kind === 'incomplete') {
    const hints = evaluated.run.kind === 'run' ? evaluated.run.hints : [];
    io.stderr(
      `rubricate: the suite's run is incomplete; finish it with \`rubricate score --resume ${relative(io.cwd, evaluated.runDir)}\` and run eval again.\n${hints.map((h) => `  - ${h}\n`).join('')}`,
    );
    return EXIT.incomplete;
  }
  if (inv.updateBaseline) io.stderr(`wrote ${join(inv.suiteArg, 'baseline.json')}\n`);
  const { gate, result } = evaluated;
  if (inv.json)
    io.stdout(
      `${JSON.stringify({ passed: gate.passed, gate, overall: result.overall, perQuestion: result.perQuestion, outDir }, null, 2)}\n`,
    );
  else io.stdout(formatEvalSummary(result.overall, gate, outDir));
  return gate.passed ? EXIT.ok : EXIT.gateFailed;
}

function formatEvalSummary(overall: EvalResult['overall'], gate: Gate, outDir: string): string {
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
