/**
 * The scenarios of `npm run bench` (issue 12). Each runs the real CLI as a child process against
 * the fake server in another process, and returns its figures beside the ideal.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateTranscripts } from './generate-transcripts.ts';
import { measureTokens, type TokenFigures } from './measure-tokens.ts';
import { type CliRun, type FakeServerStats, ROOT, runCliProcess, startServerProcess } from './processes.ts';

const RUBRIC = join(ROOT, 'rubrics/interview-rubric.md');
const QUESTIONS = 11;
const CONCURRENCY = 64;

interface Summary {
  readonly status: string;
  readonly items: { readonly total: number; readonly failed: number };
  readonly llm: { readonly calls: number; readonly retries: number; readonly rateLimited: number };
}

/** A fresh scratch folder; removed by `cleanup`. */
export function scratch(label: string): string {
  return mkdtempSync(join(tmpdir(), `rubricate-bench-${label}-`));
}

export function cleanup(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** A corpus with about `calls` judge calls (every question asked in every transcript). */
export async function corpusFor(dir: string, calls: number): Promise<string> {
  const transcripts = join(dir, 'transcripts');
  await generateTranscripts(transcripts, Math.ceil(calls / QUESTIONS));
  return transcripts;
}

/** One `score` run of the CLI against a fake server; its summary and its process costs. */
async function scoreAgainstServer(args: {
  readonly dir: string;
  readonly transcripts: string;
  readonly server: {
    readonly latencyMs?: number;
    readonly jitterMs?: number;
    readonly rpm?: number;
    readonly bodies?: string;
  };
  readonly extra?: readonly string[];
  readonly judge?: 'openai' | 'heuristic';
}) {
  const out = join(args.dir, `run-${Math.random().toString(36).slice(2, 8)}`);
  const judge = args.judge ?? 'openai';
  const server = judge === 'openai' ? await startServerProcess(args.server) : null;
  const cli = await runCliProcess(
    [
      'score',
      args.transcripts,
      '--rubric',
      RUBRIC,
      '--out',
      out,
      '--judge',
      judge,
      '--concurrency',
      String(CONCURRENCY),
      '--no-cache',
      '--quiet',
      ...(args.extra ?? []),
    ],
    {
      cwd: args.dir,
      env: server === null ? {} : { OPENAI_API_KEY: 'sk-bench', OPENAI_BASE_URL: server.baseUrl },
    },
  );
  const stats: FakeServerStats = (await server?.stop()) ?? {
    requests: 0,
    ok: 0,
    rateLimited: 0,
    firstAtEpochMs: 0,
    lastAtEpochMs: 0,
    firstAt: 0,
    lastReplyAt: 0,
    busyMs: 0,
    arrivalsPer250Ms: [],
  };
  check(cli, out);
  const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as Summary;
  return { cli, summary, stats, out };
}

function check(cli: CliRun, out: string): void {
  if (cli.code !== 0) {
    throw new Error(`the CLI exited ${cli.code} for ${out}:\n${cli.stderr.slice(-3000)}`);
  }
}

/** Zero latency, 5,000 calls at concurrency 64: how fast the client itself is. */
export async function overhead(calls = 5_000) {
  const dir = scratch('overhead');
  try {
    const transcripts = await corpusFor(dir, calls);
    const { cli, summary } = await scoreAgainstServer({ dir, transcripts, server: {} });
    return {
      figures: {
        callsPerSec: (summary.llm.calls / cli.wallMs) * 1000,
        cpuMsPerCall: cli.cpuMs / summary.llm.calls,
      },
      details: {
        calls: summary.llm.calls,
        wallMs: cli.wallMs,
        cpuMs: cli.cpuMs,
        userMs: cli.userMs,
        peakRssMb: cli.peakRssMb,
      },
    };
  } finally {
    cleanup(dir);
  }
}

/** 300 ± 100 ms per call, 2,000 calls: wall time against calls × mean latency / concurrency. */
export async function latency(calls = 2_000, latencyMs = 300, jitterMs = 100) {
  const dir = scratch('latency');
  try {
    const transcripts = await corpusFor(dir, calls);
    const { cli, summary, stats } = await scoreAgainstServer({
      dir,
      transcripts,
      server: { latencyMs, jitterMs },
    });
    const idealMs = (summary.llm.calls * latencyMs) / CONCURRENCY;
    return {
      figures: { wallMs: cli.wallMs, idealMs, ratio: cli.wallMs / idealMs },
      details: {
        calls: summary.llm.calls,
        cpuMs: cli.cpuMs,
        // Where the wall time beyond the calls goes: start-up to the first request, the
        // requests themselves, the last request to the process's exit (its reply, then the reports).
        toFirstRequestMs: stats.firstAtEpochMs - cli.startedAtEpochMs,
        requestsSpanMs: stats.lastAtEpochMs - stats.firstAtEpochMs,
        lastRequestToExitMs: cli.exitedAtEpochMs - stats.lastAtEpochMs,
        // Calls the client kept in flight, on average, from its first request to the last reply (of --concurrency).
        meanInFlight: stats.busyMs / Math.max(1, stats.lastReplyAt - stats.firstAt),
        arrivalsPer250Ms: stats.arrivalsPer250Ms.map((n) => n ?? 0),
      },
    };
  } finally {
    cleanup(dir);
  }
}

/**
 * A server limited to `rpm` requests per minute (429 + Retry-After), 1,200 calls: with the
 * client-side `--rpm` set to the same limit, and without it (adaptive concurrency and
 * Retry-After alone). Ideal: calls / rpm minutes.
 */
export async function rateLimited(calls = 1_200, rpm = 600) {
  const dir = scratch('rate');
  try {
    const transcripts = await corpusFor(dir, calls);
    const one = async (extra: readonly string[]) => {
      const { cli, summary, stats } = await scoreAgainstServer({ dir, transcripts, server: { rpm }, extra });
      const idealMs = (summary.llm.calls / rpm) * 60_000;
      return {
        figures: { ratio: cli.wallMs / idealMs, rate429: stats.rateLimited / Math.max(1, stats.requests) },
        details: {
          calls: summary.llm.calls,
          requests: stats.requests,
          responses429: stats.rateLimited,
          wallMs: cli.wallMs,
          idealMs,
          failedItems: summary.items.failed,
        },
      };
    };
    const withRpm = await one(['--rpm', String(rpm)]);
    const adaptive = await one([]);
    return { withRpm, adaptive };
  } finally {
    cleanup(dir);
  }
}

/** What the prompts cost in input tokens, from the requests of a real run. */
export async function tokenShare(calls = 440): Promise<TokenFigures> {
  const dir = scratch('tokens');
  try {
    const transcripts = await corpusFor(dir, calls);
    const bodies = join(dir, 'bodies.jsonl');
    const { out } = await scoreAgainstServer({ dir, transcripts, server: { bodies } });
    return await measureTokens(bodies, out);
  } finally {
    cleanup(dir);
  }
}

/**
 * 1,000 and 10,000 generated transcripts: the offline judge's items per second, and the peak RSS
 * of the offline judge and of the fake LLM (zero latency) runs at each size (the larger of the two).
 */
export async function scale(sizes: readonly [number, number] = [1_000, 10_000], withLlm = true) {
  const runs: Array<{
    transcripts: number;
    judge: string;
    items: number;
    wallMs: number;
    cpuMs: number;
    peakRssMb: number;
  }> = [];
  for (const size of sizes) {
    const dir = scratch(`scale${size}`);
    try {
      const transcripts = join(dir, 'transcripts');
      await generateTranscripts(transcripts, size);
      for (const judge of withLlm ? (['heuristic', 'openai'] as const) : (['heuristic'] as const)) {
        const { cli, summary } = await scoreAgainstServer({ dir, transcripts, server: {}, judge });
        runs.push({
          transcripts: size,
          judge,
          items: summary.items.total,
          wallMs: cli.wallMs,
          cpuMs: cli.cpuMs,
          peakRssMb: cli.peakRssMb,
        });
      }
    } finally {
      cleanup(dir);
    }
  }
  const peak = (size: number) =>
    Math.max(...runs.filter((r) => r.transcripts === size).map((r) => r.peakRssMb));
  const offline = runs.filter((r) => r.judge === 'heuristic' && r.transcripts === sizes[1])[0];
  if (offline === undefined) throw new Error('no offline run');
  return {
    figures: {
      offlineItemsPerSec: (offline.items / offline.wallMs) * 1000,
      peakRssMb1k: peak(sizes[0]),
      peakRssMb10k: peak(sizes[1]),
    },
    details: runs,
  };
}
