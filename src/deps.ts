import type { Logger } from 'pino';
import type { AnalyserFactory } from './run/analyser.ts';

/**
 * The effects the core may use, passed in explicitly so tests give fakes (never module mocks).
 * Only `cli/` builds the real one.
 */
export interface Deps {
  readonly clock: () => Date;
  readonly now: () => number;
  readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Uniform in [0, 1). */
  readonly random: () => number;
  readonly logger: Logger;
  /** Where transcripts are aligned and scanned (worker threads in the CLI); on the calling thread when absent. */
  readonly analysers?: AnalyserFactory;
}
