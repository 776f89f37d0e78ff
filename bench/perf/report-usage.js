// Preloaded into the CLI child by the benchmarks (`node --import ./report-usage.js bin/rubricate.js …`):
// on exit, writes the process's own getrusage (CPU times in µs, peak RSS in KiB) to the file
// named by RUBRICATE_BENCH_USAGE. Plain JavaScript, so the child runs exactly what users run.
import { writeFileSync } from 'node:fs';

const out = process.env.RUBRICATE_BENCH_USAGE;
if (out) process.on('exit', () => writeFileSync(out, JSON.stringify(process.resourceUsage())));
