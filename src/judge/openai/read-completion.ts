import { z } from 'zod';
import type { Usage } from '../schema.ts';
import { describeBody } from './describe-body.ts';

/**
 * The least a chat completion must have to be one: a `choices` array. Everything inside is read
 * leniently below, because OpenAI-compatible servers differ (nulls, missing usage, content parts);
 * what the model wrote is checked later, by `validateVerdict`.
 */
const CompletionShapeSchema = z.object({
  choices: z.array(z.unknown()),
  usage: z.unknown().optional(),
});

/** What one 200 response carried, read defensively. */
export interface CompletionRead {
  readonly content: string | null;
  readonly refusal: string | null;
  readonly finishReason: string | null;
  readonly usage: Usage;
}

/**
 * Reads a parsed 200 body. Returns `null` and a description when the body is not a chat
 * completion at all (an HTML page from a proxy, `null`, an error object sent with status 200):
 * that is an endpoint fault, not model output. A completion with no choice or no text is read
 * as `content: null` (the model said nothing usable). Pure.
 */
export function readCompletion(
  data: unknown,
): { readonly ok: true; readonly value: CompletionRead } | { readonly ok: false; readonly error: string } {
  const shape = CompletionShapeSchema.safeParse(data);
  if (!shape.success) {
    return { ok: false, error: `expected a chat completion, got ${describeBody(data)}` };
  }
  const choice = asRecord(shape.data.choices[0]);
  const message = asRecord(choice.message);
  return {
    ok: true,
    value: {
      // In tool-call mode the verdict is the forced call's arguments, not the message text.
      content: toolArgumentsOf(message.tool_calls) ?? textOf(message.content),
      refusal: typeof message.refusal === 'string' ? message.refusal : null,
      finishReason: typeof choice.finish_reason === 'string' ? choice.finish_reason : null,
      usage: usageOf(shape.data.usage),
    },
  };
}

/** A string, or the text parts of a content array (`[{type: 'text', text}]`) joined; else null. */
function textOf(content: unknown): string | null {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return null;
  const texts = content
    .map((part) => asRecord(part))
    .filter((part) => (part.type === undefined || part.type === 'text') && typeof part.text === 'string')
    .map((part) => part.text as string);
  return texts.length === 0 ? null : texts.join('');
}

/** The `arguments` text of the first function call, when the message made one. */
function toolArgumentsOf(calls: unknown): string | null {
  if (!Array.isArray(calls)) return null;
  for (const call of calls) {
    const args = asRecord(asRecord(call).function).arguments;
    if (typeof args === 'string') return args;
    // Some servers send the arguments already parsed.
    if (typeof args === 'object' && args !== null) return JSON.stringify(args);
  }
  return null;
}

/** Token counts; anything missing, negative or not a number counts as 0 (never NaN, never text). */
function usageOf(raw: unknown): Usage {
  const usage = asRecord(raw);
  const details = asRecord(usage.prompt_tokens_details);
  return {
    inputTokens: countOf(usage.prompt_tokens),
    cachedInputTokens: countOf(details.cached_tokens),
    outputTokens: countOf(usage.completion_tokens),
  };
}

function countOf(value: unknown): number {
  // Some servers send counts as numeric strings.
  const n = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? Math.round(n) : 0;
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}
