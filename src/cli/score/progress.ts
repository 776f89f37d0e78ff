import cliProgress from 'cli-progress';
import type { Progress } from '../../run/execute-jobs.ts';

/**
 * Shows run progress: a bar on a TTY; otherwise a plain line every 10% and, while judging, a
 * heartbeat at least every `heartbeatMs` (so a CI log shows a stalled endpoint as it stalls,
 * with what is in flight and the last error, instead of going silent).
 */
export function createProgressReporter(options: {
  isTTY: boolean;
  quiet: boolean;
  stderr: (text: string) => void;
  now: () => number;
  heartbeatMs?: number;
}): { update: (p: Progress) => void; stop: () => void } {
  if (options.quiet) return { update: () => {}, stop: () => {} };
  const started = options.now();
  if (options.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        format:
          'judging {bar} {value}/{total} · {rate}/s · ETA {eta_formatted} · retries {retries} · failed {failed} · USD {spent}',
        hideCursor: true,
        clearOnComplete: false,
        // The bar redraws with cursor moves, so it needs the real terminal stream.
        stream: process.stderr,
      },
      cliProgress.Presets.shades_classic,
    );
    let begun = false;
    return {
      update: (p) => {
        const rate = ((p.done / Math.max(1, options.now() - started)) * 1000).toFixed(1);
        const payload = { retries: p.retries, failed: p.failed, spent: p.spentUsd.toFixed(4), rate };
        if (!begun) {
          bar.start(p.total, p.done, payload);
          begun = true;
        } else bar.update(p.done, payload);
      },
      stop: () => begun && bar.stop(),
    };
  }
  let lastDecile = -1;
  let latest: Progress | null = null;
  let lastPrinted = options.now();
  const secs = () => ((options.now() - started) / 1000).toFixed(1);
  const print = (text: string) => {
    lastPrinted = options.now();
    options.stderr(text);
  };
  const heartbeatMs = options.heartbeatMs ?? 10_000;
  const timer = setInterval(
    () => {
      if (latest === null || latest.done >= latest.total) return;
      if (options.now() - lastPrinted < heartbeatMs * 0.9) return;
      const p = latest;
      const error = p.lastError === null ? '' : `; last error: ${p.lastError.slice(0, 160)}`;
      print(`still judging: ${p.done}/${p.total} done, ${p.inFlight} in flight (${secs()}s${error})\n`);
    },
    Math.max(50, Math.floor(heartbeatMs / 2)),
  );
  timer.unref();
  return {
    update: (p) => {
      latest = p;
      const decile = p.total === 0 ? 10 : Math.floor((p.done / p.total) * 10);
      if (decile === lastDecile) return;
      lastDecile = decile;
      print(
        `judged ${p.done}/${p.total} (${secs()}s, retries ${p.retries}, failed ${p.failed}, $${p.spentUsd.toFixed(4)})\n`,
      );
    },
    stop: () => clearInterval(timer),
  };
}
