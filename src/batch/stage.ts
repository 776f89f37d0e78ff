import type { Deps } from '../deps.ts';
import type { ChatCallResult } from '../judge/openai/client.ts';
import type { BatchBook, BatchStore } from './batch-book.ts';
import type { BatchEntry, BatchLimits, BatchTransport } from './schema.ts';
import type { RetrySettings } from './with-retries.ts';

/** One call that may be answered through a batch. */
export interface BatchCall {
  /** The request key: the line's `custom_id` and the journal key. */
  readonly key: string;
  readonly judge: string;
  readonly model: string;
  /** The line's `body`, built when its file is written (not kept in memory meanwhile). */
  readonly body: () => Readonly<Record<string, unknown>>;
  /** Its estimated cost at batch prices, for `--budget-usd`. */
  readonly estimateUsd: () => number;
}

/** Why a call must not be made online in this run. */
export type HoldReason = 'batch_pending' | 'batch_not_submitted' | 'budget_reached' | 'interrupted';

/** Everything the batch stage needs; effects come in through `transport`, `store` and `deps`. */
export interface BatchStageArgs {
  /** The run's pending calls that may go through a batch (not in the journal or the cache). */
  readonly calls: readonly BatchCall[];
  /** Whether new batches may be made (`--batch-api`); batches in flight are collected regardless. */
  readonly submit: boolean;
  /** Names the run's files and tags its batches (`<runName>-<n>.jsonl`). */
  readonly runName: string;
  readonly limits: BatchLimits;
  readonly poll: { readonly firstMs: number; readonly maxMs: number };
  readonly retry: RetrySettings;
  /** Results settled at once (a repair re-ask is an online call). */
  readonly concurrency: number;
  readonly budget: { readonly limitUsd: number | null; readonly spentUsd: number };
  /**
   * Takes one result line's reply through the judge's validation (and repair) and into the
   * journal. Called once per key; only for keys among `calls`.
   */
  readonly settle: (key: string, reply: ChatCallResult, entry: BatchEntry) => Promise<void>;
  readonly transport: BatchTransport;
  readonly store: BatchStore;
  readonly notice: (message: string) => void;
  readonly signal: AbortSignal;
  readonly deps: Pick<Deps, 'sleep' | 'random' | 'clock' | 'logger'>;
}

/** What the batch stage leaves to the rest of the run. */
export interface BatchStageResult {
  /** Keys whose result went through `settle` (they are in the journal now). */
  readonly settled: ReadonlySet<string>;
  /** Keys that must not be called online in this run, and why. Other unsettled keys go online. */
  readonly held: ReadonlyMap<string, HoldReason>;
  /** Why batches could not be made or followed (for the run's hints). */
  readonly problems: readonly string[];
  /** Ids of batches still running when the stage stopped (`--resume` collects them). */
  readonly pendingBatchIds: readonly string[];
}

/** What the stage's steps share. */
export interface StageContext {
  readonly args: BatchStageArgs;
  readonly book: BatchBook;
  readonly calls: ReadonlyMap<string, BatchCall>;
  readonly settled: Set<string>;
}
