import { Agent, type Dispatcher, interceptors, request } from 'undici';

/** Statuses whose response has no body (a `Response` refuses one). */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

/** A response whose body broke off after its headers came (a reset, a dropped connection). */
export class ResponseCutOffError extends Error {
  override readonly name = 'ResponseCutOffError';
}

/**
 * The `fetch` the judge gives the openai SDK: one undici `Agent` for the run, keeping up to
 * `connections` sockets alive (one per call in flight), and `undici.request` underneath instead of
 * `fetch`. Node's own fetch wraps every response in WHATWG streams and spent more CPU per call
 * (0.6 ms of about 1.5 ms in the SDK, measured against the fake server) than the rest of a call's
 * HTTP work; a response here is read whole, then handed over as a `Response`. Redirects are
 * followed as fetch does. A body cut short after the headers rejects with `ResponseCutOffError`.
 */
export function createFetch(options: { readonly connections: number }): {
  readonly fetch: typeof globalThis.fetch;
  readonly close: () => Promise<void>;
} {
  const agent = new Agent({ connections: options.connections, keepAliveTimeout: 30_000 });
  const dispatcher: Dispatcher = agent.compose(interceptors.redirect({ maxRedirections: 5 }));
  const fetch = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    // A form or a stream (file uploads) goes through the platform's fetch, as before.
    if (init.body != null && typeof init.body !== 'string' && !(init.body instanceof Uint8Array)) {
      return globalThis.fetch(input, init);
    }
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, key) => {
      headers[key] = value;
    });
    const response = await request(input instanceof Request ? input.url : input, {
      method: (init.method ?? 'GET') as Dispatcher.HttpMethod,
      headers,
      body: init.body ?? null,
      ...(init.signal ? { signal: init.signal } : {}),
      dispatcher,
    });
    let body: ArrayBuffer;
    try {
      body = await response.body.arrayBuffer();
    } catch (error) {
      if (init.signal?.aborted) throw error;
      throw new ResponseCutOffError((error as Error).message, { cause: error });
    }
    const responseHeaders = new Headers();
    for (const [key, value] of Object.entries(response.headers)) {
      if (value !== undefined) responseHeaders.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    return new Response(NULL_BODY.has(response.statusCode) ? null : body, {
      status: response.statusCode,
      headers: responseHeaders,
    });
  };
  return { fetch: fetch as typeof globalThis.fetch, close: () => agent.close() };
}
