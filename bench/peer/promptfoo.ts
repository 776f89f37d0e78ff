/**
 * Side by side with the closest TypeScript peer (issue 12): the same items graded by rubricate and
 * by promptfoo's `llm-rubric` assertion, against the same fake server (a process of its own), at
 * zero latency and at 300 ± 100 ms, concurrency 64, no cache. promptfoo is not a dependency:
 * install it anywhere and point `PROMPTFOO` at its `dist/src/main.js`.
 *
 *   npm i --prefix /tmp/pf promptfoo@0.118.11 --ignore-scripts
 *   PROMPTFOO=/tmp/pf/node_modules/promptfoo/dist/src/main.js node --import tsx bench/peer/promptfoo.ts [transcripts=200]
 *
 * The items: rubricate's run of the generated transcripts (the answers it aligned), one promptfoo
 * test per answered item, its rubric the question with its green and red flags; the echo provider
 * returns the answer, so every promptfoo call is a grading call, as every rubricate call is.
 * Writes `bench/peer-results.json` and prints a table.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { ROOT, runCliProcess, runNodeProcess, startServerProcess } from '../perf/processes.ts';
import { corpusFor, scratch } from '../perf/scenarios.ts';

const PROMPTFOO = process.env.PROMPTFOO;
if (PROMPTFOO === undefined)
  throw new Error('Set PROMPTFOO to promptfoo’s dist/src/main.js (see the header).');
const transcriptCount = Number(process.argv[2] ?? 200);
const CONCURRENCY = 64;
const RUBRIC = join(ROOT, 'rubrics/interview-rubric.md');

interface Flag {
  readonly text: string;
}
interface Question {
  readonly id: string;
  readonly text: string;
  readonly greenFlags: readonly Flag[];
  readonly redFlags: readonly Flag[];
}

async function rubricateRun(
  dir: string,
  transcripts: string,
  server: { latencyMs: number; jitterMs: number },
) {
  const running = await startServerProcess(server);
  const out = join(dir, `rubricate-${server.latencyMs}`);
  const cli = await runCliProcess(
    [
      'score',
      transcripts,
      '--rubric',
      RUBRIC,
      '--out',
      out,
      '--judge',
      'openai',
      '--model',
      'm',
      '--concurrency',
      String(CONCURRENCY),
      '--no-cache',
      '--quiet',
    ],
    { cwd: dir, env: { OPENAI_API_KEY: 'sk-bench', OPENAI_BASE_URL: running.baseUrl } },
  );
  const stats = await running.stop();
  if (cli.code !== 0) throw new Error(`rubricate exited ${cli.code}:\n${cli.stderr.slice(-2000)}`);
  return { cli, stats, out };
}

/** promptfoo's config: one test per answered item of a rubricate run. */
function writePeerConfig(dir: string, run: string): { path: string; tests: number } {
  const rubric = JSON.parse(readFileSync(join(run, 'rubric.json'), 'utf8')) as { questions: Question[] };
  const byId = new Map(rubric.questions.map((q) => [q.id, q]));
  const tests: unknown[] = [];
  for (const line of readFileSync(join(run, 'results.jsonl'), 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const item = JSON.parse(line) as { question: string; alignment: { answer: string } };
    const question = byId.get(item.question);
    if (question === undefined || item.alignment.answer.trim() === '') continue;
    const flags = [
      `Question: ${question.text}`,
      'Green flags (good signs):',
      ...question.greenFlags.map((f) => `- ${f.text}`),
      'Red flags (bad signs):',
      ...question.redFlags.map((f) => `- ${f.text}`),
      'Pass if the answer shows the green flags and none of the red flags.',
    ].join('\n');
    tests.push({ vars: { answer: item.alignment.answer }, assert: [{ type: 'llm-rubric', value: flags }] });
  }
  const config = {
    description: 'rubricate side-by-side',
    prompts: ['{{answer}}'],
    providers: ['echo'],
    defaultTest: { options: { provider: { id: 'openai:chat:m', config: { apiBaseUrl: 'PLACEHOLDER' } } } },
    tests,
  };
  const path = join(dir, 'promptfooconfig.yaml');
  writeFileSync(path, stringify(config, { lineWidth: 0 }));
  return { path, tests: tests.length };
}

/** One `promptfoo eval` process with its getrusage (the same probe as the CLI's). */
async function promptfooRun(dir: string, config: string, server: { latencyMs: number; jitterMs: number }) {
  const running = await startServerProcess(server);
  const cfg = join(dir, `promptfoo-${server.latencyMs}.yaml`);
  writeFileSync(cfg, readFileSync(config, 'utf8').replace('PLACEHOLDER', running.baseUrl));
  const home = join(dir, 'pf-home');
  mkdirSync(home, { recursive: true });
  const cli = await runNodeProcess(
    [
      PROMPTFOO as string,
      'eval',
      '-c',
      cfg,
      '-j',
      String(CONCURRENCY),
      '--no-cache',
      '--no-progress-bar',
      '--no-table',
      '--no-write',
    ],
    {
      cwd: dir,
      env: {
        HOME: home,
        OPENAI_API_KEY: 'sk-bench',
        PROMPTFOO_DISABLE_TELEMETRY: '1',
        PROMPTFOO_DISABLE_UPDATE: '1',
        PROMPTFOO_CONFIG_DIR: join(home, '.promptfoo'),
      },
    },
  );
  const stats = await running.stop();
  return { cli, stats };
}

const dir = scratch('peer');
try {
  const transcripts = await corpusFor(dir, transcriptCount * 11);
  const rows: Record<string, unknown>[] = [];
  let config: { path: string; tests: number } | null = null;
  for (const server of [
    { latencyMs: 0, jitterMs: 0 },
    { latencyMs: 300, jitterMs: 100 },
  ]) {
    const ours = await rubricateRun(dir, transcripts, server);
    config ??= writePeerConfig(dir, ours.out);
    const peer = await promptfooRun(dir, config.path, server);
    const idealMs = (config.tests * server.latencyMs) / CONCURRENCY;
    for (const [tool, run] of [
      ['rubricate', ours],
      ['promptfoo 0.118.11', peer],
    ] as const) {
      rows.push({
        latencyMs: server.latencyMs,
        tool,
        exit: run.cli.code,
        requests: run.stats.requests,
        wallMs: Math.round(run.cli.wallMs),
        ratioToIdeal: idealMs > 0 ? run.cli.wallMs / idealMs : null,
        cpuMsPerRequest: run.cli.cpuMs / Math.max(1, run.stats.requests),
        peakRssMb: Math.round(run.cli.peakRssMb),
      });
    }
  }
  const result = { transcripts: transcriptCount, items: config?.tests ?? 0, concurrency: CONCURRENCY, rows };
  writeFileSync(join(ROOT, 'bench/peer-results.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(
    '| latency | tool | exit | requests | wall ms | wall / ideal | CPU ms / request | peak RSS MB |',
  );
  console.log('|---|---|---|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const ratio = typeof r.ratioToIdeal === 'number' ? r.ratioToIdeal.toFixed(2) : '';
    console.log(
      `| ${r.latencyMs} ms | ${r.tool} | ${r.exit} | ${r.requests} | ${r.wallMs} | ${ratio} | ${(r.cpuMsPerRequest as number).toFixed(2)} | ${r.peakRssMb} |`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
