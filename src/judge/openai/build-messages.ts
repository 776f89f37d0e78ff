import type { ChatMessage } from '../schema.ts';
import type { VerdictFormat } from '../verdict-format.ts';
import type { ResponseFormatMode } from './client.ts';

/** A previous output longer than this is not echoed back in the repair request. */
const MAX_ECHO_LENGTH = 8_000;

/**
 * In JSON mode the endpoint only guarantees "some JSON" (and OpenAI requires the word JSON in the
 * messages), so the question's verdict schema is appended as a final system message. It goes
 * last so the shared prompt prefix, and with it the provider's prompt cache, is unchanged. In
 * the other modes the endpoint receives the schema itself.
 */
export function withFormatInstructions(
  messages: readonly ChatMessage[],
  mode: ResponseFormatMode,
  format: Pick<VerdictFormat, 'jsonSchema'>,
): ChatMessage[] {
  if (mode !== 'json_object') return [...messages];
  const hint = `Respond with one JSON object and nothing else. It must match this JSON Schema exactly (every flag id as a key of "findings", no other keys): ${JSON.stringify(format.jsonSchema)}`;
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
