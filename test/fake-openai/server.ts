import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createFakeBatchApi, type FakeBatchApi, type FakeBatchOptions } from './batch-api.ts';
import { type FaultMix, faultMixPolicy } from './fault-mix.ts';
import { generateFromSchema, requestedSchema } from './generate-from-schema.ts';
import { completion, errorBody, readBody, sendJson } from './http-replies.ts';
import { type ChatRequestInfo, parseChatRequest } from './parse-chat-request.ts';
import { createPrng } from './prng.ts';

/**
 * What the fake endpoint does with one request. `verdict`: JSON generated from the schema the
 * request carries (random but valid, as a constrained decoder produces; `rating` pins that
 * top-level key when the schema allows the value).
 */
export type FakeReply =
  | {
      readonly kind: 'verdict';
      readonly rating?: number;
      /** Other top-level keys to pin, e.g. `{ injectionSuspected: false }`. */
      readonly pin?: Readonly<Record<string, unknown>>;
      /** Seeds the generator (default: the request body's hash, or per call when `noisy`). */
      readonly seed?: number;
      readonly latencyMs?: number;
    }
  | {
      readonly kind: 'content';
      readonly content: string | null;
      readonly refusal?: string;
      readonly latencyMs?: number;
    }
  | {
      readonly kind: 'error';
      readonly status: number;
      readonly message?: string;
      readonly code?: string;
      readonly headers?: Readonly<Record<string, string>>;
      readonly latencyMs?: number;
    }
  /** Never answers; the socket is destroyed by the client's abort or by `close()`. */
  | { readonly kind: 'hang' };

/** What a policy sees about a request. */
export interface FakeRequestContext {
  readonly seq: number;
  readonly info: ChatRequestInfo;
  readonly bodyHash: string;
  /** How many requests with this exact body arrived so far, this one included (1 = first). */
  readonly seen: number;
  readonly elapsedMs: number;
  readonly authorization: string | undefined;
  readonly random: () => number;
  /** The parsed request body. */
  readonly body: Readonly<Record<string, unknown>>;
}

/** Decides each request's reply. */
export type FakePolicy = (context: FakeRequestContext) => FakeReply | Promise<FakeReply>;

/** One line of the request log. Times are ms since the server started. */
export interface FakeLogEntry {
  readonly seq: number;
  readonly receivedAt: number;
  respondedAt?: number;
  readonly bodyHash: string;
  readonly item: string;
  readonly model: string;
  readonly responseFormat: string | undefined;
  readonly repair: boolean;
  /** The parsed request body, for assertions on what was sent. */
  readonly body: unknown;
  kind: FakeReply['kind'] | 'outage' | 'schema_rejected';
  /** HTTP status sent, `hang` while never answered, `aborted` if the client went away first. */
  status: number | 'hang' | 'aborted' | 'pending';
}

export interface FakeOpenAIOptions {
  /** Scripted replies; wins over `faults`. Default: valid verdicts rated by `rate` (or 3). */
  readonly policy?: FakePolicy;
  readonly faults?: FaultMix;
  readonly seed?: number;
  /** Answer `response_format: json_schema` with 400 "not supported", like older or local models. */
  readonly rejectJsonSchema?: boolean;
  /** Windows (ms since start) in which every request gets 503. */
  readonly outages?: ReadonlyArray<{ readonly fromMs: number; readonly toMs: number }>;
  /** Pins the `rating` of generated verdicts; unpinned, it is random like everything else. */
  readonly rate?: (info: ChatRequestInfo) => number;
  /** Pins other top-level keys of every generated verdict (e.g. `{ injectionSuspected: false }`). */
  readonly pin?: Readonly<Record<string, unknown>>;
  /**
   * Generated replies draw fresh randomness per call (a jury of such judges disagrees); by
   * default the randomness is seeded by the request body, so an identical request gets an
   * identical reply (as temperature 0 with a seed would).
   */
  readonly noisy?: boolean;
  /** The Files and Batches endpoints' behaviour (see batch-api.ts). */
  readonly batch?: FakeBatchOptions;
}

export interface FakeOpenAI {
  /** Base URL to give the SDK, ending in `/v1`. */
  readonly baseUrl: string;
  readonly log: readonly FakeLogEntry[];
  readonly inFlight: number;
  readonly maxInFlight: number;
  setPolicy(policy: FakePolicy): void;
  /** Turns a manual outage (all 503) on or off. */
  setOutage(on: boolean): void;
  /** The Files and Batches endpoints and what they received. */
  readonly batchApi: FakeBatchApi;
  /** Stops the server, destroying hanging sockets. */
  close(): Promise<void>;
}

/**
 * A real HTTP server on 127.0.0.1 (random port) speaking enough of the OpenAI chat completions
 * API for the real SDK: `POST /v1/chat/completions`, OpenAI-shaped errors and usage.
 */
export async function startFakeOpenAI(options: FakeOpenAIOptions = {}): Promise<FakeOpenAI> {
  const started = performance.now();
  const elapsed = (): number => performance.now() - started;
  const random = createPrng(options.seed ?? 1);
  const rate = options.rate;
  let policy: FakePolicy =
    options.policy ??
    (options.faults
      ? faultMixPolicy({ ...(rate ? { rate } : {}), ...options.faults }, options.seed ?? 1)
      : defaultPolicy(rate));
  let outage = false;
  let inFlight = 0;
  let maxInFlight = 0;
  const log: FakeLogEntry[] = [];
  const seenBodies = new Map<string, number>();
  const seenSystemPrompts = new Set<string>();
  const timers = new Set<NodeJS.Timeout>();
  const batchApi = createFakeBatchApi(options.batch ?? {}, {
    seed: options.seed ?? 1,
    ...(rate ? { rate } : {}),
    ...(options.pin ? { pin: options.pin } : {}),
  });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (await batchApi.handle(req, res)) return;
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
      sendJson(res, 404, errorBody(`No route ${req.method} ${req.url}`, 'invalid_request_error'));
      return;
    }
    const raw = await readBody(req);
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      sendJson(
        res,
        400,
        errorBody('We could not parse the JSON body of your request.', 'invalid_request_error'),
      );
      return;
    }
    const info = parseChatRequest(body);
    const record = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    const bodyHash = createHash('sha256').update(raw).digest('hex').slice(0, 16);
    const seen = (seenBodies.get(bodyHash) ?? 0) + 1;
    seenBodies.set(bodyHash, seen);
    const entry: FakeLogEntry = {
      seq: log.length,
      receivedAt: elapsed(),
      bodyHash,
      item: info.item,
      model: info.model,
      responseFormat: info.responseFormat,
      repair: info.repair,
      body,
      kind: 'verdict',
      status: 'pending',
    };
    log.push(entry);
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on('close', () => {
      inFlight -= 1;
      if (!res.writableFinished && entry.status !== 'hang') entry.status = 'aborted';
    });

    const now = elapsed();
    const inOutage = outage || (options.outages ?? []).some((w) => now >= w.fromMs && now < w.toMs);
    let reply: FakeReply;
    if (inOutage) {
      entry.kind = 'outage';
      reply = { kind: 'error', status: 503, message: 'The server is temporarily unavailable (fake outage).' };
    } else if (options.rejectJsonSchema && info.responseFormat === 'json_schema') {
      entry.kind = 'schema_rejected';
      reply = {
        kind: 'error',
        status: 400,
        message:
          "Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model.",
      };
    } else {
      const context = {
        seq: entry.seq,
        info,
        bodyHash,
        seen,
        elapsedMs: now,
        authorization: req.headers.authorization,
        random,
        body: record,
      };
      reply = await policy(context);
      entry.kind = reply.kind;
    }
    if (reply.kind === 'hang') {
      entry.status = 'hang';
      return;
    }
    const respond = (): void => {
      timers.delete(timer);
      if (res.destroyed) return;
      entry.respondedAt = elapsed();
      if (reply.kind === 'error') {
        entry.status = reply.status;
        const type =
          reply.status === 429
            ? 'rate_limit_error'
            : reply.status >= 500
              ? 'server_error'
              : 'invalid_request_error';
        const message = reply.message ?? `Fake ${reply.status}`;
        sendJson(res, reply.status, errorBody(message, type, reply.code), reply.headers);
        return;
      }
      const wanted = requestedSchema(record);
      let content: string | null;
      let toolCall: { name: string; arguments: string } | null = null;
      if (reply.kind === 'verdict') {
        const rating = reply.rating ?? rate?.(info);
        const pin = { ...options.pin, ...reply.pin, ...(rating === undefined ? {} : { rating }) };
        const generated = JSON.stringify(
          generateFromSchema(wanted?.schema ?? { type: 'object' }, {
            random:
              reply.seed !== undefined
                ? createPrng(reply.seed)
                : options.noisy
                  ? random
                  : createPrng(seedOf(bodyHash, options.seed ?? 1)),
            words: info.words,
            pin,
          }),
        );
        if (wanted?.via === 'tool_call') toolCall = { name: wanted.tool ?? 'tool', arguments: generated };
        content = toolCall === null ? generated : null;
      } else content = reply.content;
      const refusal = reply.kind === 'content' ? (reply.refusal ?? null) : null;
      const system = info.messages.find((m) => m.role === 'system')?.content ?? '';
      const cached = seenSystemPrompts.has(system) ? Math.floor(system.length / 4) : 0;
      seenSystemPrompts.add(system);
      entry.status = 200;
      sendJson(res, 200, completion(entry.seq, info, content, refusal, cached, toolCall), {
        'x-request-id': `req_fake_${entry.seq}`,
      });
    };
    const timer = setTimeout(respond, reply.latencyMs ?? 0);
    timers.add(timer);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent)
        sendJson(res, 500, errorBody(`fake server bug: ${String(error)}`, 'server_error'));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    log,
    batchApi,
    get inFlight() {
      return inFlight;
    },
    get maxInFlight() {
      return maxInFlight;
    },
    setPolicy(next) {
      policy = next;
    },
    setOutage(on) {
      outage = on;
    },
    close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      server.closeAllConnections();
      return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

function defaultPolicy(rate: ((info: ChatRequestInfo) => number) | undefined): FakePolicy {
  return ({ info }) => (rate ? { kind: 'verdict', rating: rate(info) } : { kind: 'verdict' });
}

/** A 32-bit seed from the body hash (hex) and the server seed. */
function seedOf(bodyHash: string, seed: number): number {
  return (Number.parseInt(bodyHash.slice(0, 8), 16) ^ seed) >>> 0;
}
