import { z } from 'zod';
import type { ChatCallResult } from './client.ts';
import { describeBody, errorMessageOf } from './describe-body.ts';
import { readCompletion } from './read-completion.ts';

/** The endpoint every line of a rubricate batch file calls. */
export const BATCH_ENDPOINT = '/v1/chat/completions';

/**
 * One line of a Batch API input file: the chat completion `body` exactly as the online path sends
 * it, under the job's request key as `custom_id` (unique within a run, so results map back).
 */
export function toBatchLine(customId: string, body: Readonly<Record<string, unknown>>): string {
  return JSON.stringify({ custom_id: customId, method: 'POST', url: BATCH_ENDPOINT, body });
}

/** What one line of a batch output or error file says. */
export type BatchLineRead =
  | { readonly kind: 'result'; readonly customId: string; readonly result: ChatCallResult }
  | {
      readonly kind: 'error';
      readonly customId: string;
      /** e.g. `batch_expired`, or the HTTP status for a request the provider answered with an error. */
      readonly code: string;
      readonly message: string;
    }
  | { readonly kind: 'unreadable'; readonly error: string };

const LineSchema = z.object({
  custom_id: z.string().min(1),
  response: z
    .object({
      status_code: z.number().int(),
      request_id: z.string().nullish(),
      body: z.unknown(),
    })
    .nullish(),
  error: z.object({ code: z.string().nullish(), message: z.string().nullish() }).nullish(),
});

/**
 * Reads one line of an output or error file. A line is a result only when its response is a 200
 * carrying a chat completion; everything else (an `error` object such as `batch_expired`, a non-200
 * response, a 200 that is not a completion) is an error of that one request, with its reason. What
 * the model wrote is not judged here: the caller validates it like an online reply. Pure.
 */
export function readBatchLine(text: string): BatchLineRead {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { kind: 'unreadable', error: `not JSON (${(error as Error).message})` };
  }
  const parsed = LineSchema.safeParse(json);
  if (!parsed.success) {
    return { kind: 'unreadable', error: `expected a batch result line, got ${describeBody(json)}` };
  }
  const { custom_id: customId, response, error } = parsed.data;
  if (error !== null && error !== undefined) {
    return {
      kind: 'error',
      customId,
      code: error.code ?? 'error',
      message: error.message ?? 'the request failed in the batch',
    };
  }
  if (response === null || response === undefined) {
    return { kind: 'error', customId, code: 'no_response', message: 'the line has no response' };
  }
  if (response.status_code !== 200) {
    return {
      kind: 'error',
      customId,
      code: String(response.status_code),
      message: errorMessageOf(response.body),
    };
  }
  const read = readCompletion(response.body);
  if (!read.ok) return { kind: 'error', customId, code: 'server', message: read.error };
  const requestId = response.request_id ?? undefined;
  return {
    kind: 'result',
    customId,
    result: { ...read.value, ...(requestId === undefined ? {} : { requestId }) },
  };
}
