import { createHash } from 'node:crypto';

/** What the fake server reads out of a chat completion request body. */
export interface ChatRequestInfo {
  readonly model: string;
  readonly messages: ReadonlyArray<{ role: string; content: string }>;
  /** `response_format.type`, e.g. `json_schema` or `json_object`. */
  readonly responseFormat: string | undefined;
  /**
   * The question id (from prompt lines like `- [q5.g1] …`), for the request log and test
   * policies only: replies are generated from the request's schema, never from the prompt's ids.
   */
  readonly questionId: string | null;
  /** The text between `<answer-NONCE>` and `</answer-NONCE>`. */
  readonly answer: string | null;
  /** `<question id>#<first 8 hex of sha256(answer)>`: identifies the item across retries and samples. */
  readonly item: string;
  /** True for the judge's repair request after invalid output. */
  readonly repair: boolean;
  /** The words of the non-system messages: what generated strings ("quotes") are drawn from. */
  readonly words: readonly string[];
  /**
   * sha256 of the messages with the answer delimiters' nonce blanked: the same for the same item,
   * sample and flag order in two runs that use different nonce secrets.
   */
  readonly promptKey: string;
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
  const promptKey = createHash('sha256')
    .update(
      messages
        .map((m) => `${m.role}\u0000${m.content.replace(/\b(answer-|delimiter code )[0-9a-f]{8,}/g, '$1')}`)
        .join('\u0001'),
    )
    .digest('hex');
  return {
    promptKey,
    model: typeof record.model === 'string' ? record.model : '',
    messages,
    responseFormat: typeof format.type === 'string' ? format.type : undefined,
    questionId,
    answer,
    item: `${questionId ?? 'unknown'}#${digest}`,
    repair: messages.some(
      (m) => m.role === 'user' && m.content.startsWith('Your previous output was invalid'),
    ),
    words: messages
      .filter((m) => m.role === 'user')
      .map((m) => m.content)
      .join(' ')
      .split(/\s+/)
      .filter((w) => w !== ''),
  };
}
