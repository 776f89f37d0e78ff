import { constants, homedir } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { openStdinLineReader } from './line-reader.ts';
import { runCli } from './program.ts';

const HEAP_GROWING_PERCENT = 30;

// The only place that touches process.exitCode: every command returns its code to here.
const controller = new AbortController();
let interrupts = 0;
// Ctrl-C, `kill`/`docker stop`/CI cancellation, and a closed terminal all mean "stop": the run
// stops scheduling, saves what is done and exits 3 (resumable). A second signal quits at once
// with the shell's code for that signal (130 for SIGINT, 143 for SIGTERM).
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(sig, () => {
    interrupts += 1;
    if (interrupts > 1) process.exit(128 + constants.signals[sig]);
    process.stderr.write(
      `\nrubricate: ${sig} received, stopping: finishing calls in flight and saving (send it again, or press Ctrl-C, to quit now)\n`,
    );
    controller.abort();
  });
}

// V8 lets the old generation grow to up to 4× what survived the last full collection before it
// collects again: a batch run whose live data is ~100 MB would sit on 300 MB of garbage. Growing
// by 30% instead keeps the peak near the live data for a few more (short) collections. Not a cap:
// a run that needs more memory still gets it. V8 reads this flag at every collection.
setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);

// Detection runs some 500 patterns, most of them on few clauses. V8 first compiles a pattern to
// bytecode and interprets it, then compiles it again to machine code on its next run: two
// compilations each, which made the first pass over a batch's answers ten times slower than the
// next (1.2 s for the bundled interviews against 0.1 s). Compiling straight to machine code cut
// that first pass by a third with the same speed after it (see BENCHMARKS.md). V8 reads this flag
// at each compilation, and it holds for the analysis worker too (flags are per process).
setFlagsFromString('--no-regexp-tier-up');

// `rubricate … | head` closes the pipe early: that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: process.stderr.isTTY === true,
  homedir: homedir(),
  signal: controller.signal,
  openLineReader: openStdinLineReader,
});
