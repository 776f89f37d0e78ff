import { join } from 'node:path';
import type { CallRecord } from '../cache/call-record.ts';
import { openJournal, readJournal } from '../cache/journal.ts';
import type { Deps } from '../deps.ts';
import { UsageError } from '../errors.ts';
import { writeFileAtomic } from '../io/atomic-write.ts';
import { createLogger } from '../io/logger.ts';
import { createRealDeps } from '../io/real-deps.ts';
import { RUN_FILES, writeJson, writeResults } from '../io/run-store.ts';
import type { JudgeVerdict } from '../judge/schema.ts';
import { PROMPT_VERSION } from '../prompt/version.ts';
import { createRedactor } from '../redact/create-redactor.ts';
import { parseFormats } from '../report/parse-formats.ts';
import { renderReports } from '../report/registry.ts';
import type { RunManifest } from '../report/schema.ts';
import { TOOL_VERSION } from '../version.ts';
import { aggregateRun } from './aggregate-run.ts';
import { buildJudges, checkJudgeSettings } from './build-judges.ts';
import { describeIncomplete } from './describe-incomplete.ts';
import { estimateDryRun } from './estimate-dry-run.ts';
import { executeJobs, type StopReason } from './execute-jobs.ts';
import { planItems } from './plan-items.ts';
import { planJobs } from './plan-jobs.ts';
import { planInjectionTwins } from './plan-twins.ts';
import { prepareRun } from './prepare-run.ts';
import type { RunEvent, ScoreRequest, ScoreResult } from './score-request.ts';
import { summarizeRun } from './summarize-run.ts';

/**
 * A `score` run, step by step: read the rubric and transcripts (bad usage or a bad rubric is an
 * error before anything is written), check the judge settings, create the run directory, build
 * the judges, align answers, plan the judge calls (with a stripped twin for every answer that
 * carries suspect text), run them through the journal, aggregate, decide whether the run is
 * complete, and write results, summary and reports. Expected failures end up in the results and
 * in `status`; it throws only `RubricateError`s (usage, input) and bugs, and never exits.
 */
export async function scoreRun(request: ScoreRequest): Promise<ScoreResult> {
  const emit = (event: RunEvent) => request.onEvent?.(event);
  const notice = (message: string) => emit({ type: 'notice', message });
  const alert = (message: string) => emit({ type: 'alert', message });
  const base = request.deps ?? createRealDeps();
  const started = base.now();

  // 1. Read and validate everything the run needs.
  const run = await prepareRun(request, alert);
  const { config, rubric, dir, transcripts, inputs } = run;
  const formats = parseFormats(config.format);
  for (const input of inputs.filter((i) => i.status === 'failed')) alert(`skipped ${input.error}`);
  for (const input of inputs) {
    for (const w of input.warnings ?? [])
      notice(`${w.file}${w.line === undefined ? '' : `:${w.line}`}: warning: ${w.message}`);
  }
  if (transcripts.length === 0) throw new UsageError('No transcript could be read; nothing to score.');
  for (const t of transcripts.filter((x) => x.roles.method === 'none')) {
    alert(`${t.source.path}: ${t.roles.note ?? 'roles cannot be told apart'}; its items go to review.`);
  }
  const settings = checkJudgeSettings(config, request.env, notice);

  // 2. Only now, with every input and setting checked, may the run directory appear.
  const dryRun = request.dryRun === true;
  if (!dryRun) run.materialize();
  const logger = createLogger({
    level: config.logLevel,
    ...(dryRun ? {} : { file: join(dir, RUN_FILES.log) }),
    stderr: (line) => notice(line.replace(/\n$/, '')),
    quiet: false,
  });
  const deps: Deps = { ...base, logger };
  const judges = await buildJudges({
    settings,
    config,
    rubric,
    env: request.env,
    deps,
    cwd: request.cwd,
    homedir: request.homedir,
  });

  // 3. Align, redact, plan the calls.
  // zod's partial admits explicit undefineds; the aligner wants absent keys instead.
  const alignOptions = Object.fromEntries(Object.entries(config.align).filter(([, v]) => v !== undefined));
  const items = planItems(transcripts, rubric, alignOptions);
  const injection = planInjectionTwins(items);
  const redactors = new Map(
    transcripts.map((t) => [t.id, config.redact ? createRedactor(t, config.redactTerms) : null]),
  );
  const jobs = planJobs({
    items: [...items, ...injection.twins],
    specs: judges.specs,
    rubric,
    secret: run.secret,
    redactorOf: (id) => redactors.get(id) ?? null,
  });
  if (dryRun) return { kind: 'dry_run', estimate: estimateDryRun({ jobs, items, config }) };

  const manifest: RunManifest = {
    tool: { name: 'rubricate', version: TOOL_VERSION },
    rubric: { id: rubric.id, path: rubric.source.path, version: rubric.version, hash: rubric.version },
    promptVersion: PROMPT_VERSION,
    judge: judges.config,
    inputs,
    redaction: {
      enabled: config.redact,
      classes: [...new Set([...redactors.values()].flatMap((r) => r?.classes ?? []))].sort(),
    },
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

  // 4. Judge: the journal first (resume), then the shared cache, then the endpoint.
  const journalPath = join(dir, RUN_FILES.calls);
  const previous = readJournal(journalPath);
  if (previous.tornTail)
    logger.warn('calls.jsonl ended in a torn line (the last run was killed mid-write); it was dropped');
  for (const bad of previous.invalid)
    logger.warn(`calls.jsonl:${bad.line}: unreadable call record ignored: ${bad.error}`);
  const previouslyUnfinished = new Set(
    previous.records.filter((r) => r.outcome === 'failed' || r.outcome === 'invalid').map((r) => r.key),
  );
  const writer = openJournal(journalPath);
  const { records, skipped } = await executeJobs({
    jobs,
    journal: new Map(previous.records.map((r) => [r.key, r])),
    append: (record) => writer.append(record),
    cache: judges.cache,
    judgeOf: judges.runnableOf,
    costOf: judges.costOf,
    estimateOf: judges.estimateOf,
    concurrency: config.concurrency,
    budgetUsd: config.budgetUsd ?? null,
    ...(request.signal === undefined ? {} : { signal: request.signal }),
    onProgress: (progress) => emit({ type: 'progress', progress }),
    onJudgeError: (job, error) =>
      logger.error({ err: error, itemKey: job.itemKey, judge: job.spec.judge.name }, 'judge threw'),
    deps,
  });
  await writer.close();

  // 5. Aggregate every item from its verdicts (and its twin's), and decide the run's status.
  const verdictsByItem = new Map<string, JudgeVerdict[]>();
  const missingByItem = new Map<string, string>();
  for (const job of jobs) {
    const record = records.get(job.key);
    if (record === undefined) {
      missingByItem.set(job.itemKey, describeStop(skipped.get(job.key)));
      continue;
    }
    const list = verdictsByItem.get(job.itemKey) ?? [];
    list.push(restoreVerdict(record.verdict, job.restore));
    verdictsByItem.set(job.itemKey, list);
  }
  const results = aggregateRun({
    items,
    injection,
    verdictsByItem,
    missingByItem,
    crossCheckJudges: judges.crossCheckNames,
    rubric,
    thresholds: config.review,
  });
  const all = [...records.values()];
  const incomplete = describeIncomplete({
    dir,
    stops: [...new Set(skipped.values())],
    records: all,
    previouslyUnfinished,
    failedInputs: inputs
      .filter((i) => i.status === 'failed')
      .map((i) => ({ path: i.path, error: i.error ?? 'unreadable' })),
    budgetUsd: config.budgetUsd ?? null,
    spentUsd: all.reduce((sum, r) => sum + judges.costOf(r), 0),
    itemsWithoutVerdict: results.filter((i) => i.status === 'failed' && i.alignment.answer.trim() !== '')
      .length,
    host: judges.host,
    causes: judges.causes(),
  });
  const { status } = incomplete;
  const summary = summarizeRun({
    status,
    rubric,
    transcripts: transcripts.length,
    transcriptsFailed: inputs.filter((i) => i.status === 'failed').length,
    items: results,
    calls: all.map((r) => ({ ...statsOf(r, judges.isRemote(r.judge)), costUsd: judges.costOf(r) })),
    crossCheckJudges: judges.crossCheckNames,
    wallMs: deps.now() - started,
  });
  const finished: RunManifest = {
    ...manifest,
    finishedAt: deps.clock().toISOString(),
    status,
    incompleteReasons: incomplete.reasons,
    incompleteHints: incomplete.hints,
  };

  // 6. Write the results and reports; the manifest last, so `status` is only final once all is on disk.
  writeResults(dir, results);
  writeJson(dir, RUN_FILES.summary, summary);
  // summary.json is written above; the json renderer would only write it again.
  const reports = renderReports(
    { manifest: finished, summary, rubric, items: results },
    formats.filter((f) => f !== 'json'),
  );
  for (const file of reports) writeFileAtomic(join(dir, file.fileName), file.content);
  writeJson(dir, RUN_FILES.manifest, finished);
  logger.info({ status, incompleteReasons: incomplete.reasons, summary: summary.items }, 'run finished');
  return {
    kind: 'run',
    status,
    dir,
    manifest: finished,
    summary,
    rubric,
    reports: [...reports.map((f) => f.fileName), RUN_FILES.summary],
    hints: incomplete.hints,
  };
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

/** The counters the summary needs from one call record. */
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
