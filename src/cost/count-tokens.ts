import * as cl100k from 'gpt-tokenizer/encoding/cl100k_base';
import * as o200k from 'gpt-tokenizer/encoding/o200k_base';
import { chatModelParams, modelToEncodingMap } from 'gpt-tokenizer/mapping';
import type { ChatMessage } from '../judge/schema.ts';

type ChatModel = NonNullable<Parameters<typeof o200k.encodeChat>[1]>;

/** Expected output tokens of one verdict: a fixed part plus one finding per flag (a heuristic). */
export function expectedOutputTokens(flagCount: number): number {
  return 80 + 60 * flagCount;
}

/**
 * Text in a message is text: special-token strings a candidate says or pastes ("<|im_end|>",
 * "<|endoftext|>") are counted as the ordinary characters they are, never refused (the
 * tokenizer's default throws "Disallowed special token", which would stop the whole run) and
 * never read as the token (which is what the endpoint does too: it receives JSON strings).
 */
const AS_TEXT = Object.freeze({ disallowedSpecial: new Set<string>() });

/**
 * Prompt tokens of a chat request, counted with the model's own chat encoding (gpt-tokenizer).
 * Unknown models (local ones, new ones) are counted as `gpt-4o` (o200k), or `gpt-4` (cl100k)
 * when the tokenizer maps the model to cl100k: an estimate, good enough for limits and budgets.
 */
export function countTokens(messages: readonly ChatMessage[], model: string): number {
  const known = Object.hasOwn(chatModelParams, model) ? (model as ChatModel) : undefined;
  const encoding = known === undefined ? undefined : (modelToEncodingMap as Record<string, string>)[known];
  if (encoding === 'cl100k_base') return cl100k.encodeChat(messages, known, AS_TEXT).length;
  return o200k.encodeChat(messages, known ?? 'gpt-4o', AS_TEXT).length;
}
