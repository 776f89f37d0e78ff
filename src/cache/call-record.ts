import { z } from 'zod';
import { JudgeVerdictSchema, UsageSchema } from '../judge/schema.ts';

export const CallOutcomeSchema = z.enum(['ok', 'invalid', 'failed', 'cache_hit']);
export type CallOutcome = z.infer<typeof CallOutcomeSchema>;

/**
 * One line of `calls.jsonl`: one judge call for one (item, judge, sample), including its
 * retries. Never holds the API key, request headers or the prompt text (the key is a hash of it).
 * `summary.json.llm` is derived from these lines alone (see `summarizeCalls`).
 */
export const CallRecordSchema = z.object({
  /** `requestKey(...)`: sha256 of the canonical request; the cache and resume key. */
  key: z.string(),
  itemKey: z.string(),
  judge: z.string(),
  model: z.string(),
  sample: z.number().int(),
  /** HTTP requests made (0 for a cache hit), across transport retries and the repair re-ask. */
  attempts: z.number().int().min(0),
  /** `attempts - 1` when any request was made, else 0. */
  retries: z.number().int().min(0),
  rateLimited: z.number().int().min(0),
  timeouts: z.number().int().min(0),
  /** Whether the judge was re-asked once after invalid output. */
  repairAttempted: z.boolean(),
  latencyMs: z.number().min(0),
  usage: UsageSchema,
  outcome: CallOutcomeSchema,
  /** For invalid/failed: what went wrong (already free of secrets). */
  error: z.string().optional(),
  /** For failed: the transport failure kind, e.g. `circuit_open`, `rate_limited`. */
  errorKind: z.string().optional(),
  temperature: z.number(),
  seed: z.number().int().nullable(),
  promptVersion: z.string(),
  /** Flag ids in the order the prompt showed them (shuffled per sample, seeded by item and sample). */
  flagOrder: z.array(z.string()).optional(),
  /** `json_schema`, `tool_call` or `json_object`: how structured output was requested in the end. */
  responseFormat: z.enum(['json_schema', 'tool_call', 'json_object']).optional(),
  /** The provider's request id of the last response, for support tickets. */
  requestId: z.string().optional(),
  /**
   * For a call answered through the OpenAI Batch API: the batch's id and the part of `usage` its
   * line consumed (billed at batch prices; a repair re-ask sent online afterwards is not).
   */
  batch: z.object({ id: z.string(), usage: UsageSchema }).optional(),
  /** ISO time the call finished. */
  at: z.string(),
  verdict: JudgeVerdictSchema,
});
export type CallRecord = z.infer<typeof CallRecordSchema>;
