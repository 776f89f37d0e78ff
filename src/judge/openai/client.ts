import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import { CallError } from '../../resilience/call-error.ts';
import { parseRetryAfter } from '../../resilience/parse-retry-after.ts';
import { type ChatMessage, type Usage, VerdictBodySchema } from '../schema.ts';
import { redactSecret } from './redact-secret.ts';

/** How structured output is requested: strict JSON Schema, or plain JSON mode as a fallback. */
export type ResponseFormatMode = 'json_schema' | 'json_object';

/** One chat completion request, as narrow as the judge needs. */
export interface ChatCallRequest {
  readonly model: string;
  readonly messages: readonly ChatMessage[];
  readonly temperature: number;
  readonly seed?: number;
  readonly responseFormat: ResponseFormatMode;
  readonly signal: AbortSignal;
}

/** What came back. `content` is null when the model refused or sent no text. */
export interface ChatCallResult {
  readonly content: string | null;
  readonly refusal: string | null;
  readonly finishReason: string | null;
  readonly usage: Usage;
  readonly requestId?: string;
}

/** Sends one request, no retries. Throws `CallError` (and only that) for expected failures. */
export type ChatCaller = (request: ChatCallRequest) => Promise<ChatCallResult>;

/** The SDK's own timeout is only a backstop: the resilience policy aborts each attempt first. */
const SDK_BACKSTOP_TIMEOUT_MS = 3_600_000;

/** The strict response format built from `VerdictBodySchema` (the SDK's helper supports zod 4). */
const VERDICT_FORMAT = zodResponseFormat(VerdictBodySchema, 'verdict');

/**
 * The only place the `openai` SDK is used. Retries are off here (`maxRetries: 0`): they live in
 * one layer, the resilience policy. The base URL is always passed, so the SDK never falls back
 * to reading `OPENAI_BASE_URL` itself.
 */
export function createChatCaller(options: {
  readonly apiKey: string;
  readonly baseUrl?: string;
  readonly now: () => number;
}): ChatCaller {
  const client = new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseUrl ?? 'https://api.openai.com/v1',
    maxRetries: 0,
    timeout: SDK_BACKSTOP_TIMEOUT_MS,
  });
  return async (request) => {
    try {
      const { data, request_id } = await client.chat.completions
        .create(
          {
            model: request.model,
            messages: request.messages.map((m) => ({ role: m.role, content: m.content })),
            temperature: request.temperature,
            ...(request.seed === undefined ? {} : { seed: request.seed }),
            response_format:
              request.responseFormat === 'json_schema' ? VERDICT_FORMAT : { type: 'json_object' },
          },
          { signal: request.signal },
        )
        .withResponse();
      const choice = data.choices[0];
      const usage = data.usage;
      return {
        content: choice?.message.content ?? null,
        refusal: choice?.message.refusal ?? null,
        finishReason: choice?.finish_reason ?? null,
        usage: {
          inputTokens: usage?.prompt_tokens ?? 0,
          cachedInputTokens: usage?.prompt_tokens_details?.cached_tokens ?? 0,
          outputTokens: usage?.completion_tokens ?? 0,
        },
        ...(request_id ? { requestId: request_id } : {}),
      };
    } catch (error) {
      throw toCallError(error, options.apiKey, options.now());
    }
  };
}

/** Maps SDK errors to our kinds; messages are redacted and no SDK object (headers) is kept. */
function toCallError(error: unknown, apiKey: string, now: number): unknown {
  if (error instanceof APIUserAbortError) return new CallError('aborted', 'request aborted');
  if (error instanceof APIConnectionTimeoutError) return new CallError('timeout', 'request timed out');
  if (error instanceof APIConnectionError) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return new CallError('connection', redactSecret(`connection error${cause}`, apiKey));
  }
  if (!(error instanceof APIError) || error.status === undefined) return error;
  const status = error.status;
  const message = redactSecret(error.message, apiKey);
  const retryAfterMs = parseRetryAfter(error.headers, now);
  const details = { status, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) };
  if (status === 429) {
    // An exhausted quota is also a 429, but waiting does not help.
    const kind = error.code === 'insufficient_quota' ? 'client' : 'rate_limited';
    return new CallError(kind, message, details);
  }
  if (status === 408) return new CallError('timeout', message, details);
  if (status === 409 || status >= 500) return new CallError('server', message, details);
  if ((status === 400 || status === 422) && /response_format|json_schema/i.test(message)) {
    return new CallError('unsupported_schema', message, details);
  }
  return new CallError('client', message, details);
}
