/**
 * The two processes of a benchmark scenario: the fake server (`fake-server-main.ts`, through tsx)
 * and the real CLI (`node bin/rubricate.js`, i.e. the compiled `dist/`), with the CLI's own CPU
 * time and peak RSS read from its getrusage at exit (`report-usage.js`).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface FakeServerOptions {
  readonly latencyMs?: number;
  readonly jitterMs?: number;
  readonly rpm?: number;
  /** Append every request's messages to this JSONL file. */
  readonly bodies?: string;
}

export interface FakeServerStats {
  readonly requests: number;
  readonly ok: number;
  readonly rateLimited: number;
  /** Wall-clock times (ms since the epoch) of the first and the last request received. */
  readonly firstAtEpochMs: number;
  readonly lastAtEpochMs: number;
  /** The server's clock (ms since it started) at the first request and when the last reply was due. */
  readonly firstAt: number;
  readonly lastReplyAt: number;
  /** Sum of the replies' latencies (ms). */
  readonly busyMs: number;
  /** Requests received in each 250 ms from the first: the client's ramp-up and stalls. */
  readonly arrivalsPer250Ms: readonly (number | null)[];
}

export interface RunningServer {
  readonly baseUrl: string;
  /** Stops the server and returns its counters. */
  stop(): Promise<FakeServerStats>;
}

/** Starts the fake server in a process of its own and waits for its base URL. */
export async function startServerProcess(options: FakeServerOptions = {}): Promise<RunningServer> {
  const scratch = mkdtempSync(join(tmpdir(), 'rubricate-bench-server-'));
  const statsFile = join(scratch, 'stats.json');
  const args = [
    '--import',
    'tsx',
    join(ROOT, 'bench/perf/fake-server-main.ts'),
    '--stats',
    statsFile,
    ...(options.latencyMs === undefined ? [] : ['--latency-ms', String(options.latencyMs)]),
    ...(options.jitterMs === undefined ? [] : ['--jitter-ms', String(options.jitterMs)]),
    ...(options.rpm === undefined ? [] : ['--rpm', String(options.rpm)]),
    ...(options.bodies === undefined ? [] : ['--bodies', options.bodies]),
  ];
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const baseUrl = await firstLine(child).then((line) => (JSON.parse(line) as { baseUrl: string }).baseUrl);
  return {
    baseUrl,
    async stop() {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
      const stats = JSON.parse(readFileSync(statsFile, 'utf8')) as FakeServerStats;
      rmSync(scratch, { recursive: true, force: true });
      return stats;
    },
  };
}

function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((done, fail) => {
    if (child.stdout === null) return fail(new Error('no stdout'));
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => {
      lines.close();
      done(line);
    });
    child.once('exit', (code) => fail(new Error(`the fake server exited (${code}) before listening`)));
  });
}

/** What one CLI process cost. */
export interface CliRun {
  readonly code: number | null;
  readonly wallMs: number;
  /** Wall-clock times (ms since the epoch) the process was started and had exited. */
  readonly startedAtEpochMs: number;
  readonly exitedAtEpochMs: number;
  /** User + system CPU time of the CLI process. */
  readonly cpuMs: number;
  readonly userMs: number;
  readonly peakRssMb: number;
  readonly stderr: string;
}

/**
 * Runs `node bin/rubricate.js …args` in `cwd`, waits for it, and reads its getrusage. With
 * `RUBRICATE_BENCH_PROFILE=DIR` in the environment the child writes a CPU profile there;
 * `RUBRICATE_BENCH_NODE_FLAGS` adds Node flags (space-separated) for an experiment.
 */
export function runCliProcess(
  args: readonly string[],
  options: { readonly cwd: string; readonly env?: Readonly<Record<string, string>> },
): Promise<CliRun> {
  const profile = process.env.RUBRICATE_BENCH_PROFILE;
  // Extra Node flags for an experiment (`RUBRICATE_BENCH_NODE_FLAGS="--max-semi-space-size=32"`).
  const flags = (process.env.RUBRICATE_BENCH_NODE_FLAGS ?? '').split(' ').filter((flag) => flag !== '');
  return runNodeProcess(
    [
      ...flags,
      ...(profile ? ['--cpu-prof', '--cpu-prof-dir', profile] : []),
      join(ROOT, 'bin/rubricate.js'),
      ...args,
    ],
    { ...options, env: { HOME: options.cwd, ...options.env } },
  );
}

/**
 * Runs `node …args` (a script and its arguments) in `cwd` with only PATH and `env` in its
 * environment, waits for it, and reads the getrusage it reports at exit (`report-usage.js`).
 */
export async function runNodeProcess(
  args: readonly string[],
  options: { readonly cwd: string; readonly env?: Readonly<Record<string, string>> },
): Promise<CliRun> {
  const scratch = mkdtempSync(join(tmpdir(), 'rubricate-bench-usage-'));
  const usageFile = join(scratch, 'usage.json');
  const started = performance.now();
  const startedAtEpochMs = Date.now();
  const child = spawn(process.execPath, ['--import', join(ROOT, 'bench/perf/report-usage.js'), ...args], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '', ...options.env, RUBRICATE_BENCH_USAGE: usageFile },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    if (stderr.length < 20_000) stderr += chunk.toString('utf8');
  });
  const code = await new Promise<number | null>((done) => child.once('exit', done));
  const wallMs = performance.now() - started;
  const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as NodeJS.ResourceUsage;
  rmSync(scratch, { recursive: true, force: true });
  return {
    code,
    wallMs,
    startedAtEpochMs,
    exitedAtEpochMs: Date.now(),
    cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
    userMs: usage.userCPUTime / 1000,
    peakRssMb: usage.maxRSS / 1024,
    stderr,
  };
}
