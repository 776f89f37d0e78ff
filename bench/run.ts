/**
 * `npm run bench`: every benchmark, one after the other, each in its own process so one's
 * warm-up and garbage do not colour another's numbers. Prints; asserts nothing. The performance
 * scenarios (`perf/main.ts`, issue 12) come first and write `bench/results.json`; the others
 * (stage micro-benchmarks, security and reading figures) print. `npm run bench -- perf` runs
 * only the scenarios; `npm run bench -- stages` only the others.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const PERF = [['perf/main.ts', '']] as const;
const STAGES = [
  ['heuristic-judge.bench.ts', '5000'],
  ['pipeline.bench.ts', '10'],
  ['llm-runner.bench.ts', '400'],
  ['security.bench.ts', ''],
  ['transcript-reading.bench.ts', ''],
] as const;

const only = process.argv[2];
const BENCHES = only === 'perf' ? PERF : only === 'stages' ? STAGES : [...PERF, ...STAGES];

let failed = 0;
for (const [file, arg] of BENCHES) {
  const args = ['--import', 'tsx', resolve(import.meta.dirname, file), ...(arg === '' ? [] : [arg])];
  const result = spawnSync(process.execPath, args, {
    stdio: 'inherit',
  });
  if (result.status !== 0) failed += 1;
}
process.exitCode = failed === 0 ? 0 : 1;
