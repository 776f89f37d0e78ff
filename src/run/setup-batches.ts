import { createHash } from 'node:crypto';
import type { Config } from '../config/schema.ts';
import type { Deps } from '../deps.ts';
import { createBatchStore } from '../io/batch-store.ts';
import type { BatchSetup } from './execute-with-batches.ts';

/**
 * The run's Batch API wiring, or null when the run uses none: `--batch-api` is off and the run
 * directory holds no batches (with batches on record, they are followed even when resumed
 * without the flag, so a batch in flight is never paid for twice). The run name tags the files and
 * batches; it is a hash, so a run directory named after a candidate names nobody at the provider.
 */
export async function setupBatches(args: {
  readonly config: Config;
  readonly dir: string;
  readonly apiKey: string | null;
  /** The run's start time (from run.json on resume), so the name survives a resume. */
  readonly startedAt: string;
  readonly deps: Pick<Deps, 'clock' | 'logger'>;
  readonly notice: (message: string) => void;
}): Promise<BatchSetup | null> {
  const { config } = args;
  const store = createBatchStore(args.dir);
  if ((!config.batchApi && !store.exists()) || args.apiKey === null) return null;
  // Loaded only when needed, like the chat judge: the SDK takes a noticeable time to import.
  const { createBatchTransport } = await import('../judge/openai/batch-client.ts');
  const transport = createBatchTransport({
    apiKey: args.apiKey,
    ...(config.baseUrl === undefined ? {} : { baseUrl: config.baseUrl }),
    epochMs: () => args.deps.clock().getTime(),
    timeoutMs: config.timeoutMs,
  });
  const id = createHash('sha256').update(`${args.startedAt}\u0000${args.dir}`).digest('hex').slice(0, 12);
  return {
    transport,
    store,
    submit: config.batchApi,
    runName: `rubricate-${id}`,
    limits: { maxRequests: config.batchMaxRequests, maxBytes: Math.round(config.batchMaxMb * 1_000_000) },
    poll: { firstMs: config.batchPollMs, maxMs: Math.max(config.batchPollMs, config.batchPollMaxMs) },
    retry: { maxRetries: config.maxRetries, baseDelayMs: config.retryBaseMs, maxDelayMs: config.retryMaxMs },
    notice: (message) => {
      args.deps.logger.info(message);
      args.notice(message);
    },
  };
}
