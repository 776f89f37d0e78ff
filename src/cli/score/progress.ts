import cliProgress from 'cli-progress';
import type { Progress } from '../../run/execute-jobs.ts';

/** Shows run progress: a bar on a TTY; otherwise a plain line every 10% (CI logs stay short). */
export function createProgressReporter(options: {
  isTTY: boolean;
  quiet: boolean;
  stderr: (text: string) => void;
  now: () => number;
}): { update: (p: Progress) => void; stop: () => void } {
  if (options.quiet) return { update: () => {}, stop: () => {} };
  const started = options.now();
  if (options.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        format:
          'judging {bar} {value}/{total} · {rate}/s · ETA {eta_formatted} · retries {retries} · USD {spent}',
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
        const payload = { retries: p.retries, spent: p.spentUsd.toFixed(4), rate };
        if (!begun) {
          bar.start(p.total, p.done, payload);
          begun = true;
        } else bar.update(p.done, payload);
      },
      stop: () => begun && bar.stop(),
    };
  }
  let lastDecile = -1;
  return {
    update: (p) => {
      const decile = p.total === 0 ? 10 : Math.floor((p.done / p.total) * 10);
      if (decile === lastDecile) return;
      lastDecile = decile;
      const secs = ((options.now() - started) / 1000).toFixed(1);
      options.stderr(
        `judged ${p.done}/${p.total} (${secs}s, retries ${p.retries}, failed ${p.failed}, $${p.spentUsd.toFixed(4)})\n`,
      );
    },
    stop: () => {},
  };
}
