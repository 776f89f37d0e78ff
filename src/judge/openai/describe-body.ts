/** A described body longer than this is cut: it ends up in `calls.jsonl` and the review queue. */
const MAX_DESCRIPTION = 300;

/**
 * A short, single-line description of a response body that is not what we asked for, for error
 * messages: an HTML page becomes `HTML page "<title>"` (proxies and gateways answer with those),
 * other text is collapsed and cut. Pure.
 */
export function describeBody(body: unknown): string {
  if (body === undefined || body === null || body === '') return 'an empty body';
  if (typeof body !== 'string') return cut(safeStringify(body));
  if (/^\s*(<!doctype html|<html|<head|<body)/i.test(body)) {
    const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(body)?.[1];
    const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(body)?.[1];
    const label = collapse(stripTags(title ?? heading ?? ''));
    return label === '' ? 'an HTML page' : `an HTML page "${cut(label)}"`;
  }
  return cut(collapse(body));
}

/**
 * The human message in an error body of any common shape: OpenAI's `{error: {message}}`, a bare
 * `{error: "…"}`, vLLM's `{object: "error", message}`, FastAPI's `{detail}`; else the body itself.
 */
export function errorMessageOf(body: unknown): string {
  if (typeof body !== 'object' || body === null) return describeBody(body);
  const record = body as Record<string, unknown>;
  const error = record.error;
  if (typeof error === 'object' && error !== null) {
    const message = (error as Record<string, unknown>).message;
    if (typeof message === 'string' && message.trim() !== '') return cut(collapse(message));
  }
  for (const candidate of [error, record.message, record.detail]) {
    if (typeof candidate === 'string' && candidate.trim() !== '') return cut(collapse(candidate));
  }
  return describeBody(body);
}

function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, ' ');
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function cut(text: string): string {
  return text.length > MAX_DESCRIPTION ? `${text.slice(0, MAX_DESCRIPTION)}…` : text;
}

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
