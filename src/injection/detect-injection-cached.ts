import { type DetectOptions, detectInjection, type InjectionReport } from './detect-injection.ts';

/** Reports remembered: a run's transcripts in the works hold a few hundred answers at most. */
const CACHE_LIMIT = 512;
const cache = new Map<string, InjectionReport>();

/**
 * `detectInjection`, remembered for the latest answers: a run detects on each answer when it
 * plans the item (to judge a stripped twin) and again when the offline judge reads it, and
 * detection is the costliest step of planning. The report is frozen, as it is shared.
 */
export function detectInjectionCached(text: string, options: DetectOptions = {}): InjectionReport {
  const key = `${(options.flagTerms ?? []).join('\u0001')}\u0000${options.flagTerms === undefined ? 0 : 1}${options.learned === false ? 0 : 1}\u0000${text}`;
  const known = cache.get(key);
  if (known !== undefined) {
    // Most recently used last, so the oldest goes first.
    cache.delete(key);
    cache.set(key, known);
    return known;
  }
  const report = freeze(detectInjection(text, options));
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, report);
  return report;
}

function freeze(report: InjectionReport): InjectionReport {
  for (const span of report.spans) Object.freeze(span);
  Object.freeze(report.spans);
  Object.freeze(report.matches);
  return Object.freeze(report);
}
