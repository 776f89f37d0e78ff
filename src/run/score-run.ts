import { join } from 'node:path';
import type { CallRecord } from '../cache/call-record.ts';
import { openJournal } from '../cache/journal.ts';
import { indexJournal } from '../cache/journal-index.ts';
import type { Deps } from '../deps.ts';
import { UsageError } from '../errors.ts';
import { writeChunksAtomic } from '../io/atomic-write.ts';
import { createLogger } from '../io/logger.ts';
import { createRealDeps } from '../io/real-deps.ts';
import { RUN_FILES, writeJson } from '../io/run-store.ts';
import { createVerdictFormatCache } from '../judge/verdict-format.ts';
import { PROMPT_VERSION } from '../prompt/version.ts';
import { parseFormats } from '../report/parse-formats.ts';
import { forEachReport } from '../report/registry.ts';
import type { RunInput, RunManifest } from '../report/schema.ts';
import type { Transcript } from '../transcript/schema.ts';
import { TOOL_VERSION } from '../version.ts';
import { analyserFor, closeAnalyser } from './analyser.ts';
import { buildJudges, checkJudgeSettings } from './build-judges.ts';
import { createResultCollector } from './collect-results.ts';
import { createJobRunner } from './create-job-runner.ts';
import { describeIncomplete } from './describe-incomplete.ts';
import { createDryRunEstimator } from './estimate-dry-run.ts';
import { runBatchStage } from './execute-with-batches.ts';
import { callsPerTranscript, judgeTranscripts } from './judge-transcripts.ts';
import type { JudgeJob } from './plan-jobs.ts';
import { prepareRun } from './prepare-run.ts';
import type { RunEvent, ScoreRequest, ScoreResult } from './score-request.ts';
import { setupBatches } from './setup-batches.ts';
import { callStatsOf, createSummaryBuilder } from './summarize-run.ts';
import { analyseAhead, createFeed, planEveryJob } from './transcript-feed.ts';

/**
 * A `score` run, step by step: read the rubric (bad usage or a bad rubric is an error before
 * anything is written), check the judge settings, read transcripts until one can be read (none:
 * an error, nothing written), create the run directory, build the judges, then transcript by
 * transcript align answers, plan the judge calls (with a stripped twin for every answer that
 * carries suspect text), run them through the journal and aggregate, streaming results to disk;
 * decide whether the run is complete, and write summary and reports. Expected failures end up in
 * the results and in `status`; it throws only `RubricateError`s (usage, input) and bugs, and
 * never exits.
 */
export async function scoreRun(request: ScoreRequest): Promise<ScoreResult> {
  const emit = (event: RunEvent) => request.onEvent?.(event);
  const notice = (message: string) => emit({ type: 'notice', message });
  const alert = (message: string) => emit({ type: 'alert', message });
  const base = request.deps ?? createRealDeps();
  const started = base.now();

  // 1. Read and validate the rubric and the settings; then transcripts until one can be read.
  const run = await prepareRun(request, alert);
  const { config, rubric, dir } = run;
  const formats = parseFormats(config.format);
  const settings = checkJudgeSettings(config, request.env, notice);
  const inputs: RunInput[] = [];
  const feed = createFeed(run.read(), (read) => {
    inputs.push(read.input);
    if (read.input.status === 'failed') alert(`skipped ${read.input.error}`);
    for (const w of read.input.warnings ?? [])
      notice(`${w.file}${w.line === undefined ? '' : `:${w.line}`}: warning: ${w.message}`);
    const t = read.transcript;
    if (t !== null && t.roles.method === 'none')
      alert(`${t.source.path}: ${t.roles.note ?? 'roles cannot be told apart'}; its items go to review.`);
  });
  if (!(await feed.hasAny())) throw new UsageError('No transcript could be read; nothing to score.');

  // 2. Only now, with the settings checked and a transcript to score, may the run directory appear.
  const dryRun = request.dryRun === true;
  if (!dryRun) run.materialize();
  const logger = createLogger({
    level: config.logLevel,
    ...(dryRun ? {} : { file: join(dir, RUN_FILES.log) }),
    stderr: (line) => notice(line.replace(/\n$/, '')),
    quiet: false,
  });
  const deps: Deps = { ...base, logger };
  // zod's partial admits explicit undefineds; the aligner wants absent keys instead.
  const alignOptions = Object.fromEntries(Object.entries(config.align).filter(([, v]) => v !== undefined));
  // Worker threads (for a long run) load while the judges and the journal are set up; a dry run
  // plans on this thread.
  const analyser = analyserFor(dryRun ? 0 : run.countInputs(), deps.analysers)(rubric, alignOptions);
  try {
    const judges = await buildJudges({
      settings,
      config,
      rubric,
      env: request.env,
      deps,
      cwd: request.cwd,
      homedir: request.homedir,
    });

    const formatOf = createVerdictFormatCache(rubric.scale);
    // Whole transcripts planned on this thread (a dry run, the Batch API stage) need the detector
    // here: loaded only then, so a run that detects in worker threads never loads it on this one.
    const wholePlanner = async () => {
      const { planTranscript } = await import('./plan-whole-transcript.ts');
      return (transcript: Transcript) =>
        planTranscript({
          transcript,
          rubric,
          alignOptions,
          specs: judges.specs,
          secret: run.secret,
          redact: config.redact,
          redactTerms: config.redactTerms,
          formatOf,
        });
    };
    if (dryRun) {
      const planOf = await wholePlanner();
      const estimator = createDryRunEstimator(config);
      for (let t = await feed.next(); t !== null; t = await feed.next()) {
        const plan = planOf(t);
        estimator.add(plan.jobs, plan.items);
      }
      return { kind: 'dry_run', estimate: estimator.result() };
    }

    const redactionClasses = new Set<string>();
    const manifest: RunManifest = {
      tool: { name: 'rubricate', version: TOOL_VERSION },
      rubric: { id: rubric.id, path: rubric.source.path, version: rubric.version, hash: rubric.version },
      promptVersion: PROMPT_VERSION,
      judge: judges.config,
      inputs,
      redaction: { enabled: config.redact, classes: [] },
      startedAt: run.startedAt,
      finishedAt: null,
      status: 'running',
      incompleteReasons: [],
      incompleteHints: [],
    };
    writeJson(dir, RUN_FILES.manifest, manifest);
    logger.info({ dir }, 'run started');

    // 3. Judge, transcript by transcript: the journal first (resume), then the shared cache, then the endpoint.
    const journalPath = join(dir, RUN_FILES.calls);
    // Indexed, not loaded: a resumed run of 110,000 calls reads each record back when its job comes up.
    const previous = indexJournal(journalPath);
    if (previous.tornTail)
      logger.warn('calls.jsonl ended in a torn line (the last run was killed mid-write); it was dropped');
    for (const bad of previous.invalid)
      logger.warn(`calls.jsonl:${bad.line}: unreadable call record ignored: ${bad.error}`);
    const previouslyUnfinished = previous.unfinished;
    const writer = openJournal(journalPath);
    const calling = {
      journal: previous.calls,
      append: (record: CallRecord) => writer.append(record),
      cache: judges.cache,
      judgeOf: judges.runnableOf,
      costOf: judges.costOf,
      estimateOf: judges.estimateOf,
      concurrency: config.concurrency,
      budgetUsd: config.budgetUsd ?? null,
      ...(request.signal === undefined ? {} : { signal: request.signal }),
      onJudgeError: (job: JudgeJob, error: unknown) =>
        logger.error({ err: error, itemKey: job.itemKey, judge: job.spec.judge.name }, 'judge threw'),
      deps,
    };
    // With --batch-api (or batches of an earlier process on record) the Batch API answers first:
    // every transcript is planned once for it, then read again and judged below, where the calls
    // the batches answered come from them and those of batches still running are held back.
    const batches = await setupBatches({
      config,
      dir,
      apiKey: settings.apiKey,
      startedAt: run.startedAt,
      deps,
      notice,
    });
    const stage =
      batches === null
        ? null
        : await runBatchStage(
            { ...calling, jobs: await planEveryJob(run.read(), await wholePlanner()) },
            batches,
          );
    const runner = createJobRunner({
      ...calling,
      onProgress: (progress) => emit({ type: 'progress', progress }),
      ...(stage === null ? {} : { settled: stage.answered, held: stage.held }),
    });
    const summary = createSummaryBuilder({ rubric, crossCheckJudges: judges.crossCheckNames });
    const collector = createResultCollector({
      path: join(dir, RUN_FILES.results),
      rowsPath: join(dir, RUN_FILES.reportRows),
      questions: rubric.questions.length,
      summary,
    });
    // The calls that ended without a usable verdict: the run's status and hints come from them.
    const unfinished: CallRecord[] = [];
    // Alignment and detection in worker threads where the deps give them (the CLI does).
    try {
      await judgeTranscripts({
        feed: analyseAhead(feed, analyser, {
          inFlight: config.concurrency,
          perTranscript: callsPerTranscript(judges, rubric),
        }),
        rubric,
        config,
        judges,
        runner,
        collector,
        secret: run.secret,
        onRecord: (record) => {
          if (record.outcome === 'failed' || record.outcome === 'invalid') unfinished.push(record);
          summary.addCall({
            ...callStatsOf(record, judges.isRemote(record.judge)),
            costUsd: judges.costOf(record),
          });
        },
        onRedaction: (classes) => {
          for (const c of classes) redactionClasses.add(c);
        },
      });
    } catch (error) {
      collector.abandon();
      await writer.close().catch(() => undefined);
      throw error;
    } finally {
      await closeAnalyser(analyser, logger);
    }
    runner.finishPlanning();
    await writer.close();
    const collected = collector.finish();

    // 4. Decide the run's status.
    const incomplete = describeIncomplete({
      dir,
      stops: [...runner.stops()],
      records: unfinished,
      previouslyUnfinished,
      failedInputs: inputs
        .filter((i) => i.status === 'failed')
        .map((i) => ({ path: i.path, error: i.error ?? 'unreadable' })),
      budgetUsd: config.budgetUsd ?? null,
      spentUsd: runner.spentUsd(),
      itemsWithoutVerdict: collected.itemsWithoutVerdict,
      host: judges.host,
      causes: judges.causes(),
      batch: stage?.batch ?? NO_BATCH,
    });
    const { status } = incomplete;
    const transcriptsFailed = inputs.filter((i) => i.status === 'failed').length;
    const finalSummary = summary.build({
      status,
      transcripts: inputs.length - transcriptsFailed,
      transcriptsFailed,
      wallMs: deps.now() - started,
    });
    const finished: RunManifest = {
      ...manifest,
      inputs,
      redaction: { enabled: config.redact, classes: [...redactionClasses].sort() },
      finishedAt: deps.clock().toISOString(),
      status,
      incompleteReasons: incomplete.reasons,
      incompleteHints: incomplete.hints,
    };

    // 5. Write the summary and reports; the manifest last, so `status` is only final once all is on disk.
    writeJson(dir, RUN_FILES.summary, finalSummary);
    // summary.json is written above; the json renderer would only write it again.
    let reports: string[];
    try {
      reports = forEachReport(
        { manifest: finished, summary: finalSummary, rubric, items: collected.details, rows: collected.rows },
        formats.filter((f) => f !== 'json'),
        (file) => writeChunksAtomic(join(dir, file.fileName), file.chunks),
      );
    } finally {
      collector.release();
    }
    writeJson(dir, RUN_FILES.manifest, finished);
    logger.info(
      { status, incompleteReasons: incomplete.reasons, summary: finalSummary.items },
      'run finished',
    );
    return {
      kind: 'run',
      status,
      dir,
      manifest: finished,
      summary: finalSummary,
      rubric,
      reports: [...reports, RUN_FILES.summary],
      hints: incomplete.hints,
    };
  } finally {
    // Already closed once judging is done; this is for a run that stopped before.
    await analyser.close();
  }
}

const NO_BATCH = Object.freeze({ problems: [], pendingBatchIds: [] });
