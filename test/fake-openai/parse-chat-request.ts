import { createHash } from 'node:crypto';

/** What the fake server reads out of a chat completion request body. */
export interface ChatRequestInfo {
  readonly model: string;
  readonly messages: ReadonlyArray<{ role: string; content: string }>;
  /** `response_format.type`, e.g. `json_schema` or `json_object`. */
  readonly responseFormat: string | undefined;
  /** Flag ids from prompt lines like `- [q5.g1] …`, in order. */
  readonly flagIds: string[];
  /** The question id (the flag ids' prefix), when there are flags. */
  readonly questionId: string | null;
  /** The text between `<answer-NONCE>` and `</answer-NONCE>`. */
  readonly answer: string | null;
  /** `<question id>#<first 8 hex of sha256(answer)>`: identifies the item across retries and samples. */
  readonly item: string;
  /** True for the judge's repair request after invalid output. */
  readonly repair: boolean;
}

/** Reads a (parsed JSON) request body; tolerant of anything, since it is only a test double. */
export function parseChatRequest(body: unknown): ChatRequestInfo {
  const record = (body ?? {}) as Record<string, unknown>;
  const messages = Array.isArray(record.messages)
    ? record.messages.map((m) => {
        const message = (m ?? {}) as Record<string, unknown>;
        return {
          role: String(message.role),
          content: typeof message.content === 'string' ? message.content : '',
        };
      })
    : [];
  const format = (record.response_format ?? {}) as Record<string, unknown>;
  const prompt = messages.filter((m) => m.role !== 'assistant').map((m) => m.content);
  const flagIds = prompt.flatMap((text) =>
    [...text.matchAll(/^\s*-\s*\[([^\]\s]+)\]/gm)].map((m) => m[1] ?? ''),
  );
  const unique = [...new Set(flagIds)];
  // Only user messages carry the answer; the system prompt merely describes the tags.
  const answerMatch = messages
    .filter((m) => m.role === 'user')
    .map((m) => m.content)
    .map((text) => /<answer-([^>\s]+)>([\s\S]*?)<\/answer-\1>/.exec(text))
    .find(Boolean);
  const answer = answerMatch?.[2]?.trim() ?? null;
  const questionId = unique[0]?.split('.')[0] ?? null;
  const digest = createHash('sha256')
    .update(answer ?? '')
    .digest('hex')
    .slice(0, 8);
  return {
    model: typeof record.model === 'string' ? record.model : '',
    messages,
    responseFormat: typeof format.type === 'string' ? format.type : undefined,
    flagIds: unique,
    questionId,
    answer,
    item: `${questionId ?? 'unknown'}#${digest}`,
    repair: messages.some(
      (m) => m.role === 'user' && m.content.startsWith('Your previous output was invalid'),
    ),
  };
}
