import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { CallError } from '../../resilience/call-error.ts';
import { parseRateLimitReset, parseRetryAfter } from '../../resilience/parse-retry-after.ts';
import type { ChatMessage, Usage } from '../schema.ts';
import { createFetch, ResponseCutOffError } from './create-fetch.ts';
import { errorMessageOf } from './describe-body.ts';
import { readCompletion } from './read-completion.ts';
import { redactSecret } from './redact-secret.ts';

/**
 * How structured output is requested: strict JSON Schema (Structured Outputs, or a constrained
 * decoder on a local server), a forced function call whose parameters are the schema (endpoints
 * that constrain tool arguments but not `response_format`), or plain JSON mode as a fallback
 * (the schema then travels in the prompt).
 */
export type ResponseFormatMode = 'json_schema' | 'tool_call' | 'json_object';

/** The name of the one function offered in `tool_call` mode. */
export const VERDICT_TOOL = 'submit_verdict';

/** One chat completion request, as narrow as the judge needs. */
export interface ChatCallRequest {
  readonly model: string;
  readonly messages: readonly ChatMessage[];
  readonly temperature: number;
  readonly seed?: number;
  readonly responseFormat: ResponseFormatMode;
  /** The question's verdict schema (its name and JSON Schema). */
  readonly schema: { readonly name: string; readonly jsonSchema: Readonly<Record<string, unknown>> };
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

/**
 * The only place the `openai` SDK is used. Retries are off here (`maxRetries: 0`): they live in
 * one layer, the resilience policy. The base URL is always passed, so the SDK never falls back
 * to reading `OPENAI_BASE_URL` itself.
 */
export function createChatCaller(options: {
  readonly apiKey: string;
  readonly baseUrl?: string;
  /** The HTTP client (default: `createFetch` with 16 connections); a run shares one (see `createFetch`). */
  readonly fetch?: typeof globalThis.fetch;
  /** Wall-clock time in epoch ms (not a monotonic clock): a Retry-After may be an HTTP date. */
  readonly epochMs: () => number;
}): ChatCaller {
  const client = new TolerantOpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseUrl ?? 'https://api.openai.com/v1',
    maxRetries: 0,
    timeout: SDK_BACKSTOP_TIMEOUT_MS,
    fetch: options.fetch ?? createFetch({ connections: 16 }).fetch,
  });
  return async (request) => {
    let response: { data: unknown; request_id: string | null };
    try {
      response = await client.chat.completions
        .create(
          {
            model: request.model,
            messages: request.messages.map((m) => ({ role: m.role, content: m.content })),
            temperature: request.temperature,
            ...(request.seed === undefined ? {} : { seed: request.seed }),
            ...formatParams(request),
          },
          { signal: request.signal },
        )
        .withResponse();
    } catch (error) {
      throw toCallError(error, request.signal, options.apiKey, options.epochMs());
    }
    // The SDK hands back whatever a 200 carried (text for an HTML page, null, a truncated
    // object's parse error above): nothing is trusted until it has the shape of a completion.
    const read = readCompletion(response.data);
    if (!read.ok) {
      throw new CallError(
        'server',
        redactSecret(`the 200 response is not usable: ${read.error}`, options.apiKey),
      );
    }
    return { ...read.value, ...(response.request_id ? { requestId: response.request_id } : {}) };
  };
}

/** The request parameters that ask for the verdict in the chosen mode (also used for batch lines). */
export function formatParams(request: Pick<ChatCallRequest, 'responseFormat' | 'schema'>) {
  const schema = request.schema.jsonSchema as Record<string, unknown>;
  if (request.responseFormat === 'json_object') return { response_format: { type: 'json_object' as const } };
  if (request.responseFormat === 'tool_call') {
    return {
      tools: [
        {
          type: 'function' as const,
          function: {
            name: VERDICT_TOOL,
            description: 'Submit the verdict on the candidate answer.',
            parameters: schema,
            strict: true,
          },
        },
      ],
      tool_choice: { type: 'function' as const, function: { name: VERDICT_TOOL } },
    };
  }
  return {
    response_format: {
      type: 'json_schema' as const,
      json_schema: { name: request.schema.name, strict: true, schema },
    },
  };
}

/**
 * The SDK, with one change: it builds error messages only from OpenAI's `{error: {message}}`
 * shape and drops the rest of the body, so vLLM's `{object: "error", message}` or FastAPI's
 * `{detail}` became "400 status code (no body)". Here every shape gives its message (which is
 * how a refused `response_format` is recognised). `makeStatusError` is the SDK's protected hook
 * for exactly this. Exported for `batch-client.ts`, which reuses it for the Files and Batches calls.
 */
export class TolerantOpenAI extends OpenAI {
  protected override makeStatusError(
    status: number,
    error: object,
    message: string | undefined,
    headers: Headers,
  ): APIError {
    const inner = (error as { error?: unknown } | null | undefined)?.error;
    if (typeof inner === 'object' && inner !== null)
      return super.makeStatusError(status, error, message, headers);
    const text = error === undefined || error === null ? (message ?? '') : error;
    const normalised = { error: { ...pick(error), message: errorMessageOf(text) } };
    return super.makeStatusError(status, normalised, undefined, headers);
  }
}

/** The `param`, `code` and `type` of a non-OpenAI error body, when it has them at the top level. */
function pick(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null) return {};
  const record = body as Record<string, unknown>;
  return Object.fromEntries(['param', 'code', 'type'].filter((k) => k in record).map((k) => [k, record[k]]));
}

/** Errors from the network stack that mean the request never left this machine. */
const NOT_SENT_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
]);

/**
 * Maps what the SDK (or fetch under it) threw to our kinds. Messages are redacted and no SDK
 * object (headers) is kept. Failures while reading a 200's body come through as plain errors:
 * a JSON `SyntaxError` (truncated body) is an endpoint fault; anything else (`terminated`, a
 * reset socket) is a broken connection. Also used by `batch-client.ts`.
 */
export function toCallError(error: unknown, signal: AbortSignal, apiKey: string, epochMs: number): unknown {
  if (error instanceof APIUserAbortError || signal.aborted)
    return new CallError('aborted', 'request aborted');
  if (error instanceof APIConnectionTimeoutError) return new CallError('timeout', 'request timed out');
  if (error instanceof APIConnectionError && error.cause instanceof ResponseCutOffError) {
    const code = errorCodeOf(error.cause.cause);
    return new CallError(
      'connection',
      redactSecret(`response cut off: ${error.cause.message}${code ? ` (${code})` : ''}`, apiKey),
    );
  }
  if (error instanceof APIConnectionError) {
    const code = errorCodeOf(error);
    const cause = error.cause instanceof Error ? `: ${error.cause.message}${code ? ` (${code})` : ''}` : '';
    return new CallError('connection', redactSecret(`connection error${cause}`, apiKey), {
      sent: code === undefined || !NOT_SENT_CODES.has(code),
    });
  }
  if (error instanceof SyntaxError) {
    return new CallError('server', `the 200 response is not valid JSON (${error.message})`);
  }
  if (!(error instanceof APIError)) {
    if (!(error instanceof Error)) return error;
    const code = errorCodeOf(error);
    return new CallError(
      'connection',
      redactSecret(`response cut off: ${error.message}${code ? ` (${code})` : ''}`, apiKey),
    );
  }
  if (error.status === undefined) return error;
  return statusError(error, error.status, apiKey, epochMs);
}

function statusError(error: APIError, status: number, apiKey: string, epochMs: number): CallError {
  const message = redactSecret(error.message, apiKey);
  const retryAfterMs =
    parseRetryAfter(error.headers, epochMs) ??
    (status === 429 ? parseRateLimitReset(error.headers) : undefined);
  const details = { status, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) };
  if (status === 429) {
    // An exhausted quota is also a 429, but waiting does not help.
    const kind = error.code === 'insufficient_quota' ? 'client' : 'rate_limited';
    return new CallError(kind, message, details);
  }
  // 408 is the server giving up on us, not our timeout: retried like a 5xx, not counted as a timeout.
  if (status === 408 || status === 409 || status >= 500) return new CallError('server', message, details);
  const aboutFormat =
    error.param === 'response_format' ||
    error.param === 'tools' ||
    error.param === 'tool_choice' ||
    /response_format|json_schema|tool_choice|\btools?\b/i.test(message);
  if ((status === 400 || status === 422) && aboutFormat)
    return new CallError('unsupported_schema', message, details);
  return new CallError('client', message, details);
}

/** The first `code` (e.g. `ECONNREFUSED`) along an error's cause chain. */
function errorCodeOf(error: unknown): string | undefined {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[A-Z_]+$/.test(code)) return code;
    current = current.cause;
  }
  return undefined;
}
