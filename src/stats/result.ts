import type { StatResult } from './schema.ts';

/** A statistic that could not be computed, with the reason a reader will see. */
export function nullStat(reason: string, n: number): StatResult {
  return { value: null, reason, n };
}

/**
 * A computed statistic. Every statistic leaves through here, so a value that is somehow not
 * finite becomes a null with a reason instead of leaking NaN or Infinity into reports and JSON.
 */
export function valueStat(value: number, n: number): StatResult {
  if (!Number.isFinite(value)) return nullStat(`the computation gave ${value}, not a finite number`, n);
  return { value, n };
}
