import type { BatchEntry } from './schema.ts';

/**
 * The progress line of one batch, printed when its status or counts change:
 * `batch 1/2 batch_abc (gpt-4o-mini, 5,000 requests): in_progress, 1,200 done, 3 failed (4m 10s)`.
 * Pure.
 */
export function formatBatchProgress(
  entry: BatchEntry,
  /** e.g. `1/2`: which of the run's batch files. */
  position: string,
  elapsedMs: number,
): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const counts =
    entry.counts === null || entry.counts.total === 0
      ? ''
      : `, ${n(entry.counts.completed)} done${entry.counts.failed > 0 ? `, ${n(entry.counts.failed)} failed` : ''}`;
  return `batch ${position} ${entry.batchId ?? entry.name} (${entry.model}, ${n(entry.keys.length)} requests): ${entry.status ?? 'submitted'}${counts} (${formatDuration(elapsedMs)})`;
}

/** `45s`, `4m 10s`, `2h 05m`. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
