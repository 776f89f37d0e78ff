/**
 * `npm run bench`: every benchmark, one after the other, each in its own process so one's
 * warm-up and garbage do not colour another's numbers. Prints; asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const BENCHES = [
  ['heuristic-judge.bench.ts', '5000'],
  ['pipeline.bench.ts', '10'],
  ['llm-runner.bench.ts', '400'],
  ['security.bench.ts', ''],
  ['transcript-reading.bench.ts', ''],
] as const;

let failed = 0;
for (const [file, arg] of BENCHES) {
  const args = ['--import', 'tsx', resolve(import.meta.dirname, file), ...(arg === '' ? [] : [arg])];
  const result = spawnSync(process.execPath, args, {
    stdio: 'inherit',
  });
  if (result.status !== 0) failed += 1;
}
process.exitCode = failed === 0 ? 0 : 1;
