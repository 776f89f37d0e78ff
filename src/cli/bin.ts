import { homedir } from 'node:os';
import { openStdinLineReader } from './line-reader.ts';
import { runCli } from './program.ts';

// The only place that touches process.exitCode: every command returns its code to here.
const controller = new AbortController();
let interrupts = 0;
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    interrupts += 1;
    if (interrupts > 1) process.exit(130);
    process.stderr.write(
      '\nrubricate: stopping: finishing calls in flight and saving (press Ctrl-C again to quit now)\n',
    );
    controller.abort();
  });
}

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
