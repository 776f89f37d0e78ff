import { z } from 'zod';
import { ReviewThresholdsSchema } from '../aggregate/thresholds.ts';
import { AlignOptionsSchema } from '../align/align-options.ts';

const positiveInt = (what: string) =>
  z
    .number({ error: `${what} must be a number` })
    .int()
    .min(1);

/**
 * Price of one model, USD per 1M tokens. The `batch*` prices apply to calls answered through the
 * OpenAI Batch API (`--batch-api`); each defaults to half its online price, as OpenAI charges.
 */
export const PriceSchema = z
  .object({
    input: z.number().min(0),
    cachedInput: z.number().min(0),
    output: z.number().min(0),
    batchInput: z.number().min(0).optional(),
    batchCachedInput: z.number().min(0).optional(),
    batchOutput: z.number().min(0).optional(),
  })
  .strict();

/**
 * The resolved configuration: every `score` flag, plus what has no flag (prices, review
 * thresholds, the rating rule, redaction). Unknown keys are errors. The API key is never here.
 */
export const ConfigSchema = z
  .object({
    rubric: z.string().optional(),
    out: z.string().optional(),
    /** Comma list of judges: `heuristic`, `openai`, or `openai,heuristic` (heuristic cross-checks). */
    judge: z.string().optional(),
    model: z.string().default('gpt-4o-mini'),
    samples: positiveInt('samples').default(1),
    baseUrl: z.url().optional(),
    concurrency: positiveInt('concurrency').default(4),
    rpm: positiveInt('rpm').optional(),
    tpm: positiveInt('tpm').optional(),
    maxRetries: z.number().int().min(0).default(4),
    timeoutMs: positiveInt('timeoutMs').default(60_000),
    budgetUsd: z.number().positive().optional(),
    cacheDir: z.string().optional(),
    cache: z.boolean().default(true),
    redact: z.boolean().default(true),
    format: z.string().default('md,html,json'),
    quiet: z.boolean().default(false),
    logLevel: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).default('info'),
    temperature: z.number().min(0).max(2).default(0),
    seed: z.number().int().optional(),
    structuredOutput: z.enum(['auto', 'json_schema', 'tool_call', 'json_object']).default('auto'),
    /** First retry delay and the cap of the exponential backoff (with full jitter), in ms. */
    retryBaseMs: positiveInt('retryBaseMs').default(500),
    retryMaxMs: positiveInt('retryMaxMs').default(30_000),
    /** Consecutive endpoint failures that open a model's circuit, and how long it stays open before a probe. */
    breakerThreshold: positiveInt('breakerThreshold').default(5),
    breakerHalfOpenMs: positiveInt('breakerHalfOpenMs').default(30_000),
    /**
     * An answer longer than this (in the model's tokens) is not sent to an LLM judge: the item
     * fails with a reason naming this limit, and `--resume --max-answer-tokens N` judges it.
     */
    maxAnswerTokens: positiveInt('maxAnswerTokens').default(20_000),
    /** At most this many transcript files in one run (a runaway glob is refused, naming the flag). */
    maxFiles: positiveInt('maxFiles').default(20_000),
    /** A transcript file larger than this (MB) is refused before it is read. */
    maxFileMb: z.number().positive().default(25),
    /** Most segments (cues, lines, utterances, words) one transcript file may yield. */
    maxSegments: positiveInt('maxSegments').default(200_000),
    /** When stderr is not a terminal, a status line at least this often while judging (ms). */
    heartbeatMs: positiveInt('heartbeatMs').default(10_000),
    /**
     * Send the run's remote calls through the OpenAI Batch API (upload, batch, poll, collect) at
     * batch prices instead of one request per call; see src/batch/run-batches.ts.
     */
    batchApi: z.boolean().default(false),
    /** Most requests in one batch input file (OpenAI's limit: 50,000). */
    batchMaxRequests: positiveInt('batchMaxRequests').max(50_000).default(50_000),
    /** Largest batch input file in MB of 1,000,000 bytes (OpenAI's limit: 200 MB). */
    batchMaxMb: z.number().positive().max(200).default(200),
    /** First wait between two checks of a batch in flight, and the cap it backs off to (ms). */
    batchPollMs: positiveInt('batchPollMs').default(5_000),
    batchPollMaxMs: positiveInt('batchPollMaxMs').default(60_000),
    prices: z.record(z.string(), PriceSchema).default({}),
    review: ReviewThresholdsSchema.default(ReviewThresholdsSchema.parse({})),
    /** Overrides of the answer aligner's thresholds and weights (see src/align/align-options.ts). */
    align: AlignOptionsSchema.partial().strict().default({}),
    /** Extra words to redact before any remote call (company names, project code names…). */
    redactTerms: z.array(z.string()).default([]),
  })
  .strict();
export type Config = z.infer<typeof ConfigSchema>;
export type ConfigKey = keyof Config;

/** Where a resolved value came from, for `rubricate config --print`. */
export type ConfigSource = 'flag' | 'env' | 'file' | 'default';

/** The configuration a run uses, and where each value came from. */
export interface ResolvedConfig {
  readonly config: Readonly<Config>;
  readonly sources: Readonly<Record<string, ConfigSource>>;
}
