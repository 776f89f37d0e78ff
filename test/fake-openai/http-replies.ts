import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ChatRequestInfo } from './parse-chat-request.ts';

/** Reads a whole request body as UTF-8. */
export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Sends a JSON response with extra headers. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** An OpenAI-shaped error body. */
export function errorBody(message: string, type: string, code?: string) {
  return { error: { message, type, param: null, code: code ?? null } };
}

/** An OpenAI-shaped chat completion with usage (about 4 characters per token). */
export function completion(
  seq: number,
  info: ChatRequestInfo,
  content: string | null,
  refusal: string | null,
  cached: number,
  toolCall: { readonly name: string; readonly arguments: string } | null = null,
) {
  const promptChars = info.messages.reduce((n, m) => n + m.content.length, 0);
  const promptTokens = Math.ceil(promptChars / 4);
  const completionTokens = Math.ceil((content ?? refusal ?? toolCall?.arguments ?? '').length / 4);
  const message =
    toolCall === null
      ? { role: 'assistant', content, refusal }
      : {
          role: 'assistant',
          content: null,
          refusal: null,
          tool_calls: [{ id: `call_${seq}`, type: 'function', function: toolCall }],
        };
  return {
    id: `chatcmpl-fake-${seq}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: info.model,
    choices: [
      { index: 0, message, finish_reason: toolCall === null ? 'stop' : 'tool_calls', logprobs: null },
    ],
    usage: {
      prompt_tokens: promptTokens,
      completion_tokens: completionTokens,
      total_tokens: promptTokens + completionTokens,
      prompt_tokens_details: { cached_tokens: Math.min(cached, promptTokens) },
    },
  };
}
