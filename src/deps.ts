import type { Logger } from 'pino';

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
}
