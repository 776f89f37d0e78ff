import { join } from 'node:path';
import type { CallRecord } from '../../cache/call-record.ts';
import { openJournal, readJournal } from '../../cache/journal.ts';
import type { Deps } from '../../deps.ts';
import { UsageError } from '../../errors.ts';
import { writeFileAtomic } from '../../io/atomic-write.ts';
import { RUN_FILES, writeJson, writeResults } from '../../io/run-store.ts';
import type { JudgeVerdict } from '../../judge/schema.ts';
import { PROMPT_VERSION } from '../../prompt/version.ts';
import { createRedactor } from '../../redact/create-redactor.ts';
import { renderReports } from '../../report/registry.ts';
import type { RunManifest } from '../../report/schema.ts';
import { aggregateRun } from '../../run/aggregate-run.ts';
import { describeIncomplete } from '../../run/describe-incomplete.ts';
import { executeJobs, type StopReason } from '../../run/execute-jobs.ts';
import { planItems } from '../../run/plan-items.ts';
import { planJobs } from '../../run/plan-jobs.ts';
import { summarizeRun } from '../../run/summarize-run.ts';
import type { CliIo } from '../cli-io.ts';
import type { ResolvedConfig } from '../config/resolve-config.ts';
import { EXIT, type ExitCode } from '../exit-codes.ts';
import { createLogger } from '../logger.ts';
import { createRealDeps } from '../real-deps.ts';
import { TOOL_VERSION } from '../version.ts';
import { buildJudges, checkJudgeSettings } from './build-judges.ts';
import { parseFormats } from './parse-formats.ts';
import { prepareRun } from './prepare-run.ts';
import { createProgressReporter } from './progress.ts';
import { formatSummaryTable } from './summary-table.ts';

export interface ScoreInvocation {
  readonly patterns: readonly string[];
  readonly resolved: ResolvedConfig;
  readonly dryRun: boolean;
  readonly resume: string | null;
  readonly io: CliIo;
  /** Tests pass fake clocks and sleeps; the CLI the real ones. */
  readonly deps?: Omit<Deps, 'logger'>;
}

/**
 * `score`, end to end: read and align (exit 2 on bad usage or a bad rubric, before anything is
 * written), plan the judge calls, run them with the journal, aggregate, write the run directory.
 * Returns 0 when complete, 3 when anything is left for `--resume`.
 */
export async function runScore(inv: ScoreInvocation): Promise<ExitCode> {
  const { io } = inv;
  const base = inv.deps ?? createRealDeps();
  const started = base.now();
  const run = await prepareRun(inv);
  const { config, rubric, dir, transcripts, inputs } = run;
  const formats = parseFormats(config.format);
  for (const input of inputs.filter((i) => i.status === 'failed'))
    io.stderr(`rubricate: skipped ${input.error}\n`);
  if (transcripts.length === 0) throw new UsageError('No transcript could be read; nothing to score.');
  for (const t of transcripts.filter((x) => x.roles.method === 'none')) {
    io.stderr(
      `rubricate: ${t.source.path}: ${t.roles.note ?? 'roles cannot be told apart'}; its items go to review.\n`,
    );
  }

  const settings = checkJudgeSettings(config, io.env, (m) => {
    if (!config.quiet) io.stderr(`${m}\n`);
  });
  // Everything is validated: only now may the run directory appear (never for a dry run).
  if (!inv.dryRun) run.materialize();
  const logger = createLogger({
    level: config.logLevel,
    ...(inv.dryRun ? {} : { file: join(dir, RUN_FILES.log) }),
    stderr: io.stderr,
    quiet: config.quiet,
  });
  const deps: Deps = { ...base, logger };
  const judges = await buildJudges({
    settings,
    config,
    rubric,
    env: io.env,
    deps,
    cwd: io.cwd,
    homedir: io.homedir,
  });
  // zod's partial admits explicit undefineds; the aligner wants absent keys instead.
  const alignOptions = Object.fromEntries(Object.entries(config.align).filter(([, v]) => v !== undefined));
  const items = planItems(transcripts, rubric, alignOptions);
  const redactors = new Map(
    transcripts.map((t) => [t.id, config.redact ? createRedactor(t, config.redactTerms) : null]),
  );
  const jobs = planJobs({
    items,
    specs: judges.specs,
    rubric,
    secret: run.secret,
    redactorOf: (id) => redactors.get(id) ?? null,
  });

  if (inv.dryRun) {
    const { printDryRun } = await import('./dry-run.ts');
    printDryRun({ jobs, items, judges, config, io });
    return EXIT.ok;
  }

  const manifest: RunManifest = {
    tool: { name: 'rubricate', version: TOOL_VERSION },
    rubric: { id: rubric.id, path: rubric.source.path, version: rubric.version, hash: rubric.version },
    promptVersion: PROMPT_VERSION,
    judge: judges.config,
    inputs,
    startedAt: run.startedAt,
    finishedAt: null,
    status: 'running',
    incompleteReasons: [],
    incompleteHints: [],
  };
  writeJson(dir, RUN_FILES.manifest, manifest);
  logger.info(
    { dir, transcripts: transcripts.length, items: items.length, jobs: jobs.length },
    'run started',
  );

  const journalPath = join(dir, RUN_FILES.calls);
  const previous = readJournal(journalPath);
  if (previous.tornTail)
    logger.warn('calls.jsonl ended in a torn line (the last run was killed mid-write); it was dropped');
  for (const bad of previous.invalid)
    logger.warn(`calls.jsonl:${bad.line}: unreadable call record ignored: ${bad.error}`);
  const journal = new Map(previous.records.map((r) => [r.key, r]));
  const previouslyUnfinished = new Set(
    previous.records.filter((r) => r.outcome === 'failed' || r.outcome === 'invalid').map((r) => r.key),
  );
  const writer = openJournal(journalPath);
  const progress = createProgressReporter({
    isTTY: io.isTTY,
    quiet: config.quiet,
    stderr: io.stderr,
    now: deps.now,
    heartbeatMs: config.heartbeatMs,
  });
  const { records, skipped } = await executeJobs({
    jobs,
    journal,
    append: (record) => writer.append(record),
    cache: judges.cache,
    judgeOf: judges.runnableOf,
    costOf: judges.costOf,
    estimateOf: judges.estimateOf,
    concurrency: config.concurrency,
    budgetUsd: config.budgetUsd ?? null,
    ...(io.signal === undefined ? {} : { signal: io.signal }),
    onProgress: progress.update,
    onJudgeError: (job, error) =>
      logger.error({ err: error, itemKey: job.itemKey, judge: job.spec.judge.name }, 'judge threw'),
    deps,
  });
  progress.stop();
  writer.close();

  const verdictsByItem = new Map<string, JudgeVerdict[]>();
  const missingByItem = new Map<string, string>();
  for (const job of jobs) {
    const record = records.get(job.key);
    const stop = skipped.get(job.key);
    if (record === undefined) {
      missingByItem.set(job.itemKey, describeStop(stop));
      continue;
    }
    const list = verdictsByItem.get(job.itemKey) ?? [];
    list.push(restoreVerdict(record.verdict, job.restore));
    verdictsByItem.set(job.itemKey, list);
  }
  const results = aggregateRun({
    items,
    verdictsByItem,
    missingByItem,
    crossCheckJudges: judges.crossCheckNames,
    rubric,
    thresholds: config.review,
  });

  const spentUsd = [...records.values()].reduce((sum, r) => sum + judges.costOf(r), 0);
  const incomplete = describeIncomplete({
    dir,
    stops: [...new Set(skipped.values())],
    records: [...records.values()],
    previouslyUnfinished,
    failedInputs: inputs
      .filter((i) => i.status === 'failed')
      .map((i) => ({ path: i.path, error: i.error ?? 'unreadable' })),
    budgetUsd: config.budgetUsd ?? null,
    spentUsd,
    itemsWithoutVerdict: results.filter((i) => i.status === 'failed' && i.alignment.answer.trim() !== '')
      .length,
    host: judges.host,
    causes: judges.causes(),
  });
  const { status, reasons: incompleteReasons } = incomplete;
  const summary = summarizeRun({
    status,
    rubric,
    transcripts: transcripts.length,
    transcriptsFailed: inputs.filter((i) => i.status === 'failed').length,
    items: results,
    calls: [...records.values()].map((r) => ({
      ...statsOf(r, judges.isRemote(r.judge)),
      costUsd: judges.costOf(r),
    })),
    crossCheckJudges: judges.crossCheckNames,
    wallMs: deps.now() - started,
  });
  const finished: RunManifest = {
    ...manifest,
    finishedAt: deps.clock().toISOString(),
    status,
    incompleteReasons,
    incompleteHints: incomplete.hints,
  };
  writeResults(dir, results);
  writeJson(dir, RUN_FILES.summary, summary);
  // summary.json is always written above; the json renderer would only write it again.
  const reports = renderReports(
    { manifest: finished, summary, rubric, items: results },
    formats.filter((f) => f !== 'json'),
  );
  for (const file of reports) writeFileAtomic(join(dir, file.fileName), file.content);
  writeJson(dir, RUN_FILES.manifest, finished);
  logger.info({ status, incompleteReasons, summary: summary.items }, 'run finished');

  if (!config.quiet) io.stdout(`\n${formatSummaryTable(summary, rubric)}`);
  io.stdout(`run ${status}: ${dir}\n`);
  if (!config.quiet) {
    const hint = formats.includes('html') ? ' (open report.html in a browser)' : '';
    io.stdout(`reports: ${[...reports.map((f) => f.fileName), RUN_FILES.summary].join(', ')}${hint}\n`);
  }
  if (status === 'incomplete') {
    const noVerdict = summary.items.failed;
    io.stderr(
      `rubricate: run incomplete (${incompleteReasons.join(', ')})${noVerdict > 0 ? `: ${noVerdict} of ${summary.items.total - summary.items.notAsked} asked items have no usable verdict` : ''}.\n${incomplete.hints.map((h) => `  - ${h}\n`).join('')}`,
    );
    return EXIT.incomplete;
  }
  return EXIT.ok;
}

function describeStop(stop: StopReason | undefined): string {
  if (stop === 'budget_reached')
    return 'not judged: the --budget-usd limit was reached (resume with a higher budget)';
  if (stop === 'circuit_open') return 'not judged: the circuit breaker was open (the endpoint kept failing)';
  if (stop === 'interrupted') return 'not judged: the run was interrupted';
  return 'not judged';
}

/** Puts redacted PII back into what a remote judge quoted, for local reports. */
function restoreVerdict(verdict: JudgeVerdict, restore: (text: string) => string): JudgeVerdict {
  if (verdict.outcome !== 'ok') return verdict;
  return {
    ...verdict,
    body: {
      ...verdict.body,
      rationale: restore(verdict.body.rationale),
      findings: verdict.body.findings.map((f) => ({ ...f, evidence: f.evidence.map(restore) })),
    },
  };
}

function statsOf(r: CallRecord, remote: boolean) {
  return {
    remote,
    outcome: r.outcome,
    attempts: r.attempts,
    retries: r.retries,
    repairs: Math.max(0, r.attempts - r.retries - 1),
    rateLimited: r.rateLimited,
    timeouts: r.timeouts,
    latencyMs: r.latencyMs,
    inputTokens: r.usage.inputTokens,
    cachedInputTokens: r.usage.cachedInputTokens,
    outputTokens: r.usage.outputTokens,
  };
}
