import type { CallRecord } from '../../cache/call-record.ts';
import { requestKey } from '../../cache/request-key.ts';
import { classifyEndpoint, endpointHost } from '../../cost/classify-endpoint.ts';
import { createTokenCounter, expectedOutputTokens } from '../../cost/count-tokens.ts';
import type { Deps } from '../../deps.ts';
import type { CallStats, PolicyResult, ResiliencePolicy } from '../../resilience/create-resilience-policy.ts';
import type { ChatMessage, JudgeModel, JudgeRequest, JudgeVerdict, Usage } from '../schema.ts';
import { buildRepairMessages, withFormatInstructions } from './build-messages.ts';
import {
  type ChatCaller,
  type ChatCallResult,
  createChatCaller,
  formatParams,
  type ResponseFormatMode,
} from './client.ts';
import { redactSecret } from './redact-secret.ts';
import { validateVerdict } from './validate-verdict.ts';

/** Options for one model of the jury. */
export interface OpenAIJudgeOptions {
  readonly model: string;
  readonly apiKey: string;
  /** Any OpenAI-compatible endpoint; default OpenAI's. */
  readonly baseUrl?: string;
  readonly temperature: number;
  readonly seed?: number;
  /** Start in this mode (default `json_schema`; falls back to `json_object` when unsupported). */
  readonly structuredOutput?: ResponseFormatMode;
  /** Shared by every judge of the run, so limits and the breaker cover all calls. */
  readonly policy: ResiliencePolicy;
  /** Called once per `judge()` with its `calls.jsonl` record (not for cache hits: the runner writes those). */
  readonly onCall?: (record: CallRecord) => void;
  /** The run's HTTP client (see `createFetch`), shared by every model of a jury. */
  readonly fetch?: typeof globalThis.fetch;
  /** Replaces the SDK caller (tests, or a custom transport). */
  readonly caller?: ChatCaller;
}

/** A JudgeModel that also tells the runner its cache key for a request. */
export interface OpenAIJudge extends JudgeModel {
  /** The key this judge's call for `request` is recorded and cached under. */
  requestKey(request: JudgeRequest): string;
  /** The structured-output mode now in use (after any fallback). */
  responseFormat(): ResponseFormatMode;
  /**
   * The chat completion body `judge(request)` would send now (model, messages, sampling, the
   * question's schema in the current mode): a Batch API line's `body`.
   */
  chatBody(request: JudgeRequest): Record<string, unknown>;
  /**
   * Judges from a reply that came some other way (a Batch API output line) exactly as if the
   * first request had returned it: the same validation, one repair re-ask (sent online), the same
   * verdicts and `onCall` record, whose `attempts` count that first reply as one request.
   */
  judgeReply(request: JudgeRequest, reply: ChatCallResult): Promise<JudgeVerdict>;
}

/**
 * A judge on any OpenAI-compatible endpoint. Sends `request.prompt.messages` through the
 * resilience policy; validates the output (schema + the question's flag ids); re-asks once with
 * the validation error; returns `invalid` or `failed` verdicts rather than throwing, and never
 * makes up a rating.
 */
export function createOpenAIJudge(options: OpenAIJudgeOptions, deps: Deps): OpenAIJudge {
  // `deps.now` is monotonic; an HTTP-date Retry-After needs the wall clock.
  const epochMs = (): number => deps.clock().getTime();
  const caller =
    options.caller ??
    createChatCaller({
      apiKey: options.apiKey,
      epochMs,
      ...baseUrlOf(options),
      ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
    });
  const name = `openai:${options.model}`;
  const endpointKind = classifyEndpoint(options.baseUrl);
  const host = endpointHost(options.baseUrl);
  let mode: ResponseFormatMode = options.structuredOutput ?? 'json_schema';
  const countTokens = createTokenCounter();

  // Planning asks for a request's key and so does the call's record: one hash per request, not
  // two (canonical JSON of the whole prompt, then sha256, was 0.14 ms a call). Keyed by the
  // request object, which nothing changes once built.
  const keys = new WeakMap<JudgeRequest, string>();
  const keyOf = (request: JudgeRequest): string => {
    let key = keys.get(request);
    if (key === undefined) {
      key = computeKey(request);
      keys.set(request, key);
    }
    return key;
  };
  const computeKey = (request: JudgeRequest): string =>
    requestKey({
      endpointKind,
      ...(host === undefined ? {} : { baseUrlHost: host }),
      model: options.model,
      params: { temperature: options.temperature, seed: options.seed ?? null },
      promptVersion: request.prompt.version,
      messages: request.prompt.messages,
      sample: request.sample,
      schema: request.format.hash,
    });

  const send = (messages: readonly ChatMessage[], request: JudgeRequest, format: ResponseFormatMode) => {
    const wire = withFormatInstructions(messages, format, request.format);
    const estimatedTokens = () =>
      countTokens(wire, options.model) + expectedOutputTokens(request.format.flagIds.length);
    return options.policy.execute(
      (signal) =>
        caller({
          model: options.model,
          messages: wire,
          temperature: options.temperature,
          ...(options.seed === undefined ? {} : { seed: options.seed }),
          responseFormat: format,
          schema: request.format,
          signal,
        }),
      { estimatedTokens, itemKey: request.itemKey, ...(request.signal ? { signal: request.signal } : {}) },
    );
  };

  /**
   * One logical request (its stats added to `stats`); falls back to JSON mode, for the rest of
   * the run, if the endpoint refuses the schema.
   */
  const sendWithFallback = async (
    messages: readonly ChatMessage[],
    request: JudgeRequest,
    stats: CallStats,
  ): Promise<PolicyResult<ChatCallResult>> => {
    const format = mode;
    const first = await send(messages, request, format);
    addStats(stats, first);
    if (first.ok || first.error.kind !== 'unsupported_schema' || format === 'json_object') return first;
    // Concurrent calls may all hit the refusal; switch and warn once.
    if (mode === format) {
      mode = 'json_object';
      deps.logger.warn(
        { judge: name },
        `${host ?? 'the endpoint'} refused ${format} structured output; using json_object mode (the schema goes into the prompt)`,
      );
    }
    const second = await send(messages, request, 'json_object');
    addStats(stats, second);
    return second;
  };

  return {
    name,
    model: options.model,
    requestKey: keyOf,
    responseFormat: () => mode,
    chatBody: (request) => {
      const params = {
        temperature: options.temperature,
        ...(options.seed === undefined ? {} : { seed: options.seed }),
      };
      return {
        model: options.model,
        messages: withFormatInstructions(request.prompt.messages, mode, request.format).map((m) => ({
          role: m.role,
          content: m.content,
        })),
        ...params,
        ...formatParams({ responseFormat: mode, schema: request.format }),
      };
    },
    judge: (request) => run(request, null),
    judgeReply: (request, reply) => run(request, reply),
  };

  /** One judge call; `first`, when given, stands for the first request's reply (not sent again). */
  async function run(request: JudgeRequest, first: ChatCallResult | null): Promise<JudgeVerdict> {
    const started = deps.now();
    const stats: CallStats = { attempts: 0, rateLimited: 0, timeouts: 0 };
    let repairSent = 0;
    let usage: Usage = { inputTokens: 0, cachedInputTokens: 0, outputTokens: 0 };
    let messages: readonly ChatMessage[] = request.prompt.messages;
    let repairAttempted = false;
    let last: ChatCallResult | undefined;
    let outcome: { verdict: JudgeVerdict; errorKind?: string };
    const base = { judge: name, model: options.model, sample: request.sample };
    let given = first;
    for (;;) {
      const before = stats.attempts;
      const result: PolicyResult<ChatCallResult> =
        given === null
          ? await sendWithFallback(messages, request, stats)
          : { ok: true, value: given, stats: { attempts: 0, rateLimited: 0, timeouts: 0 } };
      given = null;
      if (repairAttempted && stats.attempts > before) repairSent = 1;
      if (!result.ok) {
        const { kind, status, message } = result.error;
        const error = redactSecret(
          `${kind}${status === undefined ? '' : ` ${status}`}: ${message}`,
          options.apiKey,
        );
        outcome = { verdict: { ...base, outcome: 'failed', error, usage }, errorKind: kind };
        break;
      }
      last = result.value;
      usage = addUsage(usage, last.usage);
      const check =
        last.refusal !== null && last.content === null
          ? ({ ok: false, error: `the model refused: ${last.refusal}` } as const)
          : validateVerdict(last.content, request.format);
      if (check.ok) {
        outcome = { verdict: { ...base, outcome: 'ok', body: check.body, usage } };
        break;
      }
      if (repairAttempted) {
        outcome = { verdict: { ...base, outcome: 'invalid', error: check.error, usage } };
        break;
      }
      repairAttempted = true;
      messages = buildRepairMessages(request.prompt.messages, last.content, check.error);
    }
    // A reply given from elsewhere (a batch line) was one request, though not sent from here.
    const sent = stats.attempts + (first === null ? 0 : 1);
    options.onCall?.({
      key: keyOf(request),
      itemKey: request.itemKey,
      ...base,
      attempts: sent,
      // Transport retries (and a schema fallback) only: the repair re-ask is counted apart, so
      // requests sent = calls + retries + repairs.
      retries: Math.max(0, sent - repairSent - (sent > repairSent ? 1 : 0)),
      rateLimited: stats.rateLimited,
      timeouts: stats.timeouts,
      repairAttempted,
      latencyMs: Math.max(0, deps.now() - started),
      usage,
      outcome: outcome.verdict.outcome,
      ...('error' in outcome.verdict ? { error: outcome.verdict.error } : {}),
      ...(outcome.errorKind === undefined ? {} : { errorKind: outcome.errorKind }),
      temperature: options.temperature,
      seed: options.seed ?? null,
      promptVersion: request.prompt.version,
      responseFormat: mode,
      ...(last?.requestId === undefined ? {} : { requestId: last.requestId }),
      at: deps.clock().toISOString(),
      verdict: outcome.verdict,
    });
    return outcome.verdict;
  }
}

function baseUrlOf(options: OpenAIJudgeOptions): { baseUrl?: string } {
  return options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl };
}

function addStats(into: CallStats, result: PolicyResult<unknown>): void {
  into.attempts += result.stats.attempts;
  into.rateLimited += result.stats.rateLimited;
  into.timeouts += result.stats.timeouts;
}

function addUsage(a: Usage, b: Usage): Usage {
  return {
    inputTokens: a.inputTokens + b.inputTokens,
    cachedInputTokens: a.cachedInputTokens + b.cachedInputTokens,
    outputTokens: a.outputTokens + b.outputTokens,
  };
}
