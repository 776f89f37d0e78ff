import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { onTestFinished } from 'vitest';
import { generateFromSchema, requestedSchema } from '../fake-openai/generate-from-schema.ts';
import { completion, readBody } from '../fake-openai/http-replies.ts';
import { type ChatRequestInfo, parseChatRequest } from '../fake-openai/parse-chat-request.ts';
import { createPrng } from '../fake-openai/prng.ts';

/** One request as the raw server saw it. Times are ms since the server started. */
export interface RawLogEntry {
  readonly seq: number;
  readonly receivedAt: number;
  /** When the response was fully written (absent if it never was). */
  finishedAt?: number;
  readonly body: string;
  readonly info: ChatRequestInfo;
  /** Status line sent, if any. */
  status?: number;
  /**
   * `finished`: the whole response went out; `client_closed`: the client went away first (it
   * timed out or aborted); `reset`: the handler destroyed the socket; `open` while in progress.
   */
  end: 'open' | 'finished' | 'client_closed' | 'reset';
}

/** What a handler gets: the raw response, the parsed request and a few reply helpers. */
export interface RawContext {
  readonly seq: number;
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly info: ChatRequestInfo;
  /** This request's log line; `reset()` and the replies below keep it up to date. */
  readonly entry: RawLogEntry;
  /** A valid chat completion whose content is a verdict for this request (default rating 3). */
  verdictCompletion(rating?: number): ReturnType<typeof completion>;
  /** A chat completion with exactly this message content (and refusal). */
  contentCompletion(content: unknown, refusal?: string | null): ReturnType<typeof completion>;
  /** Writes status, headers and a JSON body (or a raw string, sent as is). */
  reply(status: number, body: unknown, headers?: Readonly<Record<string, string>>): void;
  /** Destroys the socket now: the client sees a reset connection. */
  reset(): void;
}

/** Decides what to do with one request; may write partially and stall. */
export type RawHandler = (context: RawContext) => void | Promise<void>;

export interface RawServer {
  readonly baseUrl: string;
  readonly port: number;
  readonly log: readonly RawLogEntry[];
  /** Stops listening and destroys every open socket (idempotent). */
  close(): Promise<void>;
}

/**
 * A bare `node:http` server on 127.0.0.1 (port 0) that lets a test script odd endpoint behaviour
 * byte by byte: non-JSON 200s, stalls after the headers, resets, odd headers. Unlike
 * `test/fake-openai/server.ts` it adds nothing of its own. It closes itself when the test ends.
 */
export async function startRawServer(handler: RawHandler): Promise<RawServer> {
  const started = performance.now();
  const elapsed = (): number => Math.round((performance.now() - started) * 10) / 10;
  const log: RawLogEntry[] = [];
  const sockets = new Set<Socket>();

  const server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      let json: unknown = null;
      try {
        json = JSON.parse(body);
      } catch {
        // Not our client's doing; keep the raw text in the log.
      }
      const info = parseChatRequest(json);
      const entry: RawLogEntry = { seq: log.length, receivedAt: elapsed(), body, info, end: 'open' };
      log.push(entry);
      res.on('finish', () => {
        entry.finishedAt = elapsed();
        entry.end = 'finished';
      });
      res.on('close', () => {
        if (entry.end === 'open') entry.end = 'client_closed';
      });
      const context: RawContext = {
        seq: entry.seq,
        req,
        res,
        info,
        entry,
        verdictCompletion: (rating = 3) => {
          const wanted = requestedSchema((json ?? {}) as Record<string, unknown>);
          const verdict = generateFromSchema(wanted?.schema ?? {}, {
            random: createPrng(entry.seq + 1),
            words: info.words,
            // A scripted well-behaved model: the rating given, no injection claim.
            pin: { rating, injectionSuspected: false },
          });
          return completion(entry.seq, info, JSON.stringify(verdict), null, 0);
        },
        contentCompletion: (content, refusal = null) => {
          const base = completion(entry.seq, info, '', refusal, 0);
          const choice = { ...base.choices[0], message: { role: 'assistant', content, refusal } };
          return { ...base, choices: [choice] } as ReturnType<typeof completion>;
        },
        reply: (status, payload, headers = {}) => {
          entry.status = status;
          const text = typeof payload === 'string' ? payload : JSON.stringify(payload);
          const type = typeof payload === 'string' ? {} : { 'content-type': 'application/json' };
          res.writeHead(status, { ...type, ...headers });
          res.end(text);
        },
        reset: () => {
          entry.end = 'reset';
          req.socket.destroy();
        },
      };
      await handler(context);
    })().catch((error: unknown) => {
      // A handler bug must show up in the test, not as a hanging request.
      res.destroy(error instanceof Error ? error : new Error(String(error)));
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
    return closing;
  };
  onTestFinished(close);
  return { baseUrl: `http://127.0.0.1:${port}/v1`, port, log, close };
}

/** A port that was just free and now has nobody listening: connections to it are refused. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
