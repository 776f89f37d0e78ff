import type { CallRecord } from '../cache/call-record.ts';
import type { Config } from '../config/schema.ts';
import type { JudgeVerdict } from '../judge/schema.ts';
import { createVerdictFormatCache } from '../judge/verdict-format.ts';
import type { Rubric } from '../rubric/schema.ts';
import type { Transcript } from '../transcript/schema.ts';
import { aggregateRun } from './aggregate-run.ts';
import type { BuiltJudges } from './build-judges.ts';
import type { ResultCollector } from './collect-results.ts';
import type { JobRunner } from './create-job-runner.ts';
import type { ExecuteResult, StopReason } from './execute-jobs.ts';
import { planAfterDetection, planFirstCalls } from './plan-transcript.ts';
import type { AnalysedFeed } from './transcript-feed.ts';

/** A run's transcripts, judged as they are read. */
export interface TranscriptFeed {
  /** The next readable transcript, or null when there is none left. */
  next(): Promise<Transcript | null>;
}

const NO_CALLS: ExecuteResult = { records: new Map(), skipped: new Map() };

/** Transcripts judged at once at most, beyond what keeps every call slot busy. */
const SPARE_TRANSCRIPTS = 4;
/** How many times the plain window transcripts may be in the works, for those waiting on one slow call. */
const WINDOW_STRAGGLERS = 3;
/** results.jsonl text that may wait for a slow earlier transcript before reading pauses. */
const MAX_BACKLOG_CHARS = 64 * 1024 * 1024;

/**
 * The judging loop of `score`: reads transcripts one by one, plans each (align, twins, redact,
 * prompts), hands its calls to the shared runner, and when they are all back aggregates its items
 * into the collector. Reading stays a few transcripts ahead of the calls in flight, so a run of
 * 10,000 transcripts holds a handful of them, not all. Resolves once every transcript is done.
 */
export async function judgeTranscripts(args: {
  readonly feed: AnalysedFeed;
  readonly rubric: Rubric;
  readonly config: Config;
  readonly judges: BuiltJudges;
  readonly runner: JobRunner;
  readonly collector: ResultCollector;
  readonly secret: string;
  /** Told about each finished call (journal or new), for the summary and the run's status. */
  readonly onRecord: (record: CallRecord) => void;
  /** Told about each transcript's redaction classes, for the manifest. */
  readonly onRedaction: (classes: readonly string[]) => void;
}): Promise<void> {
  const { rubric, config, judges } = args;
  const formatOf = createVerdictFormatCache(rubric.scale);
  const calls = callsPerTranscript(judges, rubric);
  // Reading is paced by calls, not transcripts: a transcript waiting on its one slow call must
  // not hold a place while the limit has room (at 300 ms a call, a window of whole transcripts
  // left a quarter of the slots idle). Keep a transcript's worth of calls queued beyond the
  // limit, with a cap on transcripts in the works so memory stays flat.
  const callsAhead = config.concurrency + Math.max(1, calls);
  const window = (Math.ceil(config.concurrency / Math.max(1, calls)) + SPARE_TRANSCRIPTS) * WINDOW_STRAGGLERS;
  const inFlight = new Set<Promise<void>>();
  const failures: unknown[] = [];
  let seq = 0;
  const settings = {
    rubric,
    specs: judges.specs,
    secret: args.secret,
    redact: config.redact,
    redactTerms: config.redactTerms,
    formatOf,
  };
  for (let next = await args.feed.next(); next !== null; next = await args.feed.next()) {
    // The remote judges' calls on the answers go as soon as the transcript is aligned; twins and
    // local judges' calls follow its detection.
    const first = planFirstCalls(settings, next.transcript, next.slots);
    args.onRedaction(first.redactor?.classes ?? []);
    const mine = seq++;
    const firstRun = first.jobs.length > 0 ? args.runner.run(first.jobs) : Promise.resolve(NO_CALLS);
    // Awaited below once detection is done; a rejection meanwhile must not count as unhandled.
    firstRun.catch(() => undefined);
    const done = next.reports.then(async (reports) => {
      const { plan, later } = planAfterDetection(settings, first, reports);
      const laterRun = later.length > 0 ? args.runner.run(later) : NO_CALLS;
      const [a, b] = await Promise.all([firstRun, laterRun]);
      const records = new Map([...a.records, ...b.records]);
      const skipped = new Map([...a.skipped, ...b.skipped]);
      const verdictsByItem = new Map<string, JudgeVerdict[]>();
      const missingByItem = new Map<string, string>();
      for (const job of plan.jobs) {
        const record = records.get(job.key);
        if (record === undefined) {
          missingByItem.set(job.itemKey, describeStop(skipped.get(job.key)));
          continue;
        }
        const list = verdictsByItem.get(job.itemKey) ?? [];
        list.push(restoreVerdict(record.verdict, job.restore));
        verdictsByItem.set(job.itemKey, list);
      }
      for (const record of records.values()) args.onRecord(record);
      const items = aggregateRun({
        items: plan.items,
        injection: plan.injection,
        verdictsByItem,
        missingByItem,
        crossCheckJudges: judges.crossCheckNames,
        rubric,
        thresholds: config.review,
      });
      args.collector.add(mine, items);
    });
    // A throw here is a bug: it stops the run (after the calls in flight), never silently.
    const tracked: Promise<void> = done.then(
      () => void inFlight.delete(tracked),
      (error: unknown) => {
        inFlight.delete(tracked);
        failures.push(error);
      },
    );
    inFlight.add(tracked);
    // Read on only while few transcripts are in the works and little waits to be written.
    while (
      inFlight.size > 0 &&
      (inFlight.size >= window || args.collector.backlogBytes() > MAX_BACKLOG_CHARS)
    ) {
      await Promise.race(inFlight);
    }
    // … and while the calls already handed over would not keep every slot busy.
    while (inFlight.size > 0 && failures.length === 0 && args.runner.unfinished() >= callsAhead) {
      await Promise.race([args.runner.nextFinish(), ...inFlight]);
    }
    if (failures.length > 0) break;
    // Planning is synchronous work and the offline judge answers without I/O: let timers (the
    // progress heartbeat), signals (Ctrl-C) and the responses of calls in flight have their turn.
    await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(inFlight);
  if (failures.length > 0) throw failures[0];
}

/** The calls one transcript takes (every question, judge and sample; twins aside). */
export function callsPerTranscript(judges: Pick<BuiltJudges, 'specs'>, rubric: Rubric): number {
  return judges.specs.reduce((n, spec) => n + spec.samples, 0) * rubric.questions.length;
}

function describeStop(stop: StopReason | undefined): string {
  if (stop === 'budget_reached')
    return 'not judged: the --budget-usd limit was reached (resume with a higher budget)';
  if (stop === 'circuit_open') return 'not judged: the circuit breaker was open (the endpoint kept failing)';
  if (stop === 'interrupted') return 'not judged: the run was interrupted';
  if (stop === 'batch_pending')
    return 'not judged yet: its OpenAI batch is still running (--resume collects it)';
  if (stop === 'batch_not_submitted') return 'not judged: its OpenAI batch could not be submitted';
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
