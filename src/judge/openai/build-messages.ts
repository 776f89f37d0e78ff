import { z } from 'zod';
import { type ChatMessage, VerdictBodySchema } from '../schema.ts';
import type { ResponseFormatMode } from './client.ts';

/** The verdict schema as JSON Schema, for JSON mode where the endpoint cannot enforce it. */
const VERDICT_JSON_SCHEMA = JSON.stringify(z.toJSONSchema(VerdictBodySchema));

/** A previous output longer than this is not echoed back in the repair request. */
const MAX_ECHO_LENGTH = 8_000;

/**
 * In JSON mode the endpoint only guarantees "some JSON" (and OpenAI requires the word JSON in the
 * messages), so the schema is appended as a final system message. It goes last so the shared
 * prompt prefix, and with it the provider's prompt cache, is unchanged.
 */
export function withFormatInstructions(
  messages: readonly ChatMessage[],
  mode: ResponseFormatMode,
): ChatMessage[] {
  if (mode === 'json_schema') return [...messages];
  const hint = `Respond with one JSON object and nothing else. It must match this JSON Schema: ${VERDICT_JSON_SCHEMA}`;
  return [...messages, { role: 'system', content: hint }];
}

/**
 * The one repair request after invalid output: the original messages, the invalid output (so
 * the model sees what it wrote, unless huge), and what was wrong with it.
 */
export function buildRepairMessages(
  original: readonly ChatMessage[],
  previousOutput: string | null,
  error: string,
): ChatMessage[] {
  const echo: ChatMessage[] =
    previousOutput !== null && previousOutput.trim() !== '' && previousOutput.length <= MAX_ECHO_LENGTH
      ? [{ role: 'assistant', content: previousOutput }]
      : [];
  const ask = `Your previous output was invalid: ${error}. Return only the JSON object.`;
  return [...original, ...echo, { role: 'user', content: ask }];
}
