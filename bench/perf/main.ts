/**
 * `npm run bench`'s performance scenarios (issue 12): writes `bench/results.json` and prints a
 * table of each figure beside its target. Scenarios can be picked by name
 * (`node --import tsx bench/perf/main.ts overhead latency`); `BENCH_SIZE=0.1` scales every
 * workload down for a quick look (the figures are then not comparable with the targets).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './processes.ts';
import { latency, overhead, rateLimited, scale, tokenShare } from './scenarios.ts';

const size = Number(process.env.BENCH_SIZE ?? 1);
const n = (count: number) => Math.max(11, Math.round(count * size));
const wanted = new Set(process.argv.slice(2));
const want = (name: string) => wanted.size === 0 || wanted.has(name);

const path = join(ROOT, 'bench/results.json');
// Scenarios picked by name replace their own figures in an earlier results.json and keep the rest.
const earlier: Record<string, unknown> =
  wanted.size > 0 && existsSync(path)
    ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>)
    : {};
const results: Record<string, unknown> = {
  ...earlier,
  machine: { cores: availableParallelism(), node: process.version },
};
const details: Record<string, unknown> = { ...(earlier.details as Record<string, unknown> | undefined) };
const started = performance.now();
const step = (name: string) =>
  console.error(`bench: ${name}… (${((performance.now() - started) / 1000).toFixed(0)} s)`);

if (want('overhead')) {
  step('overhead');
  const r = await overhead(n(5_000));
  results.overhead = r.figures;
  details.overhead = r.details;
}
if (want('latency')) {
  step('latency');
  const r = await latency(n(2_000));
  results.latency = r.figures;
  details.latency = r.details;
}
if (want('rateLimited')) {
  step('rateLimited');
  const r = await rateLimited(n(1_200));
  results.rateLimited = { withRpm: r.withRpm.figures, adaptive: r.adaptive.figures };
  details.rateLimited = { withRpm: r.withRpm.details, adaptive: r.adaptive.details };
}
if (want('tokens')) {
  step('tokens');
  const r = await tokenShare(n(440));
  results.tokens = { ratioToNaive: r.ratioToNaive, cacheableShare: r.cacheableShare };
  details.tokens = r;
}
if (want('scale')) {
  step('scale');
  const r = await scale([n(1_000), n(10_000)], process.env.BENCH_SCALE_LLM !== '0');
  results.scale = r.figures;
  details.scale = r.details;
}
results.details = details;

writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
console.log(formatTable(results));
console.log(
  `\n(written to ${path}${size === 1 ? '' : `; BENCH_SIZE=${size}: not comparable with the targets`})`,
);

/** Each figure, its target and whether it is met. */
function formatTable(r: Record<string, unknown>): string {
  const get = (path: string): number | undefined => {
    let value: unknown = r;
    for (const key of path.split('.')) value = (value as Record<string, unknown> | undefined)?.[key];
    return typeof value === 'number' ? value : undefined;
  };
  const rows: Array<[string, string, (v: number) => boolean]> = [
    ['overhead.callsPerSec', '≥ 500', (v) => v >= 500],
    ['overhead.cpuMsPerCall', '≤ 2', (v) => v <= 2],
    ['latency.wallMs', '', () => true],
    ['latency.idealMs', '', () => true],
    ['latency.ratio', '≤ 1.10', (v) => v <= 1.1],
    ['rateLimited.withRpm.ratio', '≤ 1.15', (v) => v <= 1.15],
    ['rateLimited.withRpm.rate429', '≤ 0.02', (v) => v <= 0.02],
    ['rateLimited.adaptive.ratio', '', () => true],
    ['rateLimited.adaptive.rate429', '≤ 0.10', (v) => v <= 0.1],
    ['tokens.ratioToNaive', '≤ 0.35', (v) => v <= 0.35],
    ['tokens.cacheableShare', '≥ 0.5', (v) => v >= 0.5],
    ['scale.offlineItemsPerSec', '≥ 2000', (v) => v >= 2000],
    ['scale.peakRssMb1k', '', () => true],
    ['scale.peakRssMb10k', '≤ 400', (v) => v <= 400],
  ];
  const lines = ['| figure | measured | target | met |', '|---|---:|---|---|'];
  for (const [key, target, ok] of rows) {
    const value = get(key);
    if (value === undefined) continue;
    const shown = Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(3);
    lines.push(
      `| \`${key}\` | ${shown} | ${target} | ${target === '' ? '' : ok(value) ? 'yes' : '**no**'} |`,
    );
  }
  const machine = r.machine as { cores: number; node: string };
  lines.push('', `machine: ${machine.cores} cores, Node ${machine.node}`);
  return lines.join('\n');
}
