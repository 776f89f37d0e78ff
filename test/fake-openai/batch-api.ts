import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { generateFromSchema, requestedSchema } from './generate-from-schema.ts';
import { completion, errorBody, sendJson } from './http-replies.ts';
import { type ChatRequestInfo, parseChatRequest } from './parse-chat-request.ts';
import { createPrng } from './prng.ts';

/** What the fake provider does with one line of a batch. */
export type FakeBatchLineReply =
  /** A completion whose content is generated from the line's schema, as the chat endpoint does. */
  | {
      readonly kind: 'verdict';
      readonly rating?: number;
      readonly pin?: Readonly<Record<string, unknown>>;
      readonly seed?: number;
    }
  | { readonly kind: 'content'; readonly content: string | null }
  /** An HTTP error for this request (it goes to the error file). */
  | { readonly kind: 'error'; readonly status: number; readonly message?: string }
  /** Not executed before the completion window closed: `batch_expired` in the error file. */
  | { readonly kind: 'expired' };

/** What a line policy sees. */
export interface FakeBatchLineContext {
  readonly customId: string;
  readonly info: ChatRequestInfo;
  readonly body: Readonly<Record<string, unknown>>;
  /** The batch's creation order (0 = first batch created on this server). */
  readonly batchIndex: number;
  readonly lineIndex: number;
}

export interface FakeBatchOptions {
  /** Decides each line; default: a verdict generated from the line's schema. */
  readonly line?: (context: FakeBatchLineContext) => FakeBatchLineReply;
  /** Batches (by creation order) whose input fails validation: status `failed`, no output. */
  readonly failValidation?: (batchIndex: number) => boolean;
  /** Retrieves a batch spends in each of validating, in_progress and finalizing (default 1). */
  readonly pollsPerStatus?: number;
  /** Answer every Files and Batches request with this status (an endpoint without the Batch API). */
  readonly refuseWith?: number;
}

/** Settings the batch endpoints share with the chat endpoint. */
interface SharedSettings {
  readonly seed: number;
  readonly rate?: (info: ChatRequestInfo) => number;
  readonly pin?: Readonly<Record<string, unknown>>;
}

interface FakeFile {
  readonly id: string;
  readonly filename: string;
  readonly purpose: string;
  readonly content: string;
  readonly createdAt: number;
}

interface FakeBatch {
  readonly id: string;
  readonly index: number;
  readonly inputFileId: string;
  readonly endpoint: string;
  readonly metadata: unknown;
  readonly createdAt: number;
  status: string;
  polls: number;
  outputFileId: string | null;
  errorFileId: string | null;
  counts: { total: number; completed: number; failed: number };
  errors: Array<{ code: string; message: string; line: number | null }>;
}

/** The fake's Files and Batches API, and what it saw. */
export interface FakeBatchApi {
  /** Answers the request if it is one of the Files or Batches routes; false otherwise. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  /** Files uploaded with purpose `batch`, in order. */
  readonly uploads: ReadonlyArray<{
    readonly id: string;
    readonly filename: string;
    readonly lines: string[];
  }>;
  /** Batches created, in order, with their current status. */
  readonly batches: ReadonlyArray<{
    readonly id: string;
    readonly inputFileId: string;
    readonly status: string;
  }>;
  /** `METHOD path` of every Files/Batches request received. */
  readonly requests: readonly string[];
  /** While held, batches stay `in_progress` (a test then kills the client, say). */
  hold(on: boolean): void;
}

const NEXT: Readonly<Record<string, string>> = { validating: 'in_progress', in_progress: 'finalizing' };

/**
 * OpenAI's Files and Batches endpoints, enough for the real SDK: upload (multipart), content
 * download, batch create, retrieve (each retrieve moves a batch on: validating → in_progress →
 * finalizing → completed or expired) and list. A batch's output and error files are generated when
 * it finishes, line by line like the chat endpoint answers (a verdict generated from each line's
 * schema, seeded by its body), unless a line policy says otherwise.
 */
export function createFakeBatchApi(options: FakeBatchOptions, shared: SharedSettings): FakeBatchApi {
  const files = new Map<string, FakeFile>();
  const batches: FakeBatch[] = [];
  const uploads: Array<{ id: string; filename: string; lines: string[] }> = [];
  const requests: string[] = [];
  let held = false;
  let nextId = 1;
  const newId = (prefix: string) => `${prefix}${(nextId++).toString().padStart(6, '0')}`;
  const now = () => Math.floor(Date.now() / 1000);

  const addFile = (filename: string, purpose: string, content: string): FakeFile => {
    const file = { id: newId('file-'), filename, purpose, content, createdAt: now() };
    files.set(file.id, file);
    return file;
  };

  const finish = (batch: FakeBatch): void => {
    const input = files.get(batch.inputFileId);
    const lines = (input?.content ?? '').split('\n').filter((l) => l.trim() !== '');
    const output: string[] = [];
    const errors: string[] = [];
    lines.forEach((text, lineIndex) => {
      const line = JSON.parse(text) as { custom_id: string; body: Record<string, unknown> };
      const info = parseChatRequest(line.body);
      const context = { customId: line.custom_id, info, body: line.body, batchIndex: batch.index, lineIndex };
      const reply = options.line?.(context) ?? { kind: 'verdict' };
      const id = `batch_req_${batch.index}_${lineIndex}`;
      if (reply.kind === 'expired') {
        const error = {
          code: 'batch_expired',
          message: 'This request could not be executed before the completion window expired.',
        };
        errors.push(JSON.stringify({ id, custom_id: line.custom_id, response: null, error }));
        return;
      }
      if (reply.kind === 'error') {
        const body = errorBody(reply.message ?? `Fake ${reply.status}`, 'invalid_request_error');
        const response = { status_code: reply.status, request_id: `req_${id}`, body };
        errors.push(JSON.stringify({ id, custom_id: line.custom_id, response, error: null }));
        return;
      }
      const content = reply.kind === 'content' ? reply.content : verdictFor(line.body, info, reply, shared);
      const body = completion(lineIndex, info, content, null, 0);
      const response = { status_code: 200, request_id: `req_${id}`, body };
      output.push(JSON.stringify({ id, custom_id: line.custom_id, response, error: null }));
    });
    const expired = errors.some((e) => e.includes('"batch_expired"'));
    batch.status = expired ? 'expired' : 'completed';
    batch.counts = { total: lines.length, completed: output.length, failed: errors.length };
    const jsonl = (list: string[]) => list.map((l) => `${l}\n`).join('');
    if (output.length > 0)
      batch.outputFileId = addFile('batch_output.jsonl', 'batch_output', jsonl(output)).id;
    if (errors.length > 0)
      batch.errorFileId = addFile('batch_errors.jsonl', 'batch_output', jsonl(errors)).id;
  };

  const advance = (batch: FakeBatch): void => {
    const perStatus = options.pollsPerStatus ?? 1;
    if (['completed', 'expired', 'failed', 'cancelled'].includes(batch.status)) return;
    if (held && batch.status === 'in_progress') return;
    batch.polls += 1;
    if (batch.polls < perStatus) return;
    batch.polls = 0;
    if (batch.status === 'validating') {
      const problem = validate(files.get(batch.inputFileId), batch.endpoint);
      if (problem !== null || options.failValidation?.(batch.index)) {
        batch.status = 'failed';
        batch.errors.push(
          problem ?? { code: 'invalid_request', message: 'Fake validation failure.', line: 1 },
        );
        return;
      }
    }
    if (batch.status === 'finalizing') finish(batch);
    else batch.status = NEXT[batch.status] ?? batch.status;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const path = url.pathname;
    if (!path.startsWith('/v1/files') && !path.startsWith('/v1/batches')) return false;
    requests.push(`${req.method} ${path}`);
    const raw = await readRaw(req);
    if (options.refuseWith !== undefined) {
      sendJson(
        res,
        options.refuseWith,
        errorBody(`Fake ${options.refuseWith}: no batches here.`, 'invalid_request_error'),
      );
      return true;
    }
    if (req.method === 'POST' && path === '/v1/files') {
      const form = await new Response(new Uint8Array(raw), {
        headers: { 'content-type': req.headers['content-type'] ?? '' },
      }).formData();
      const part = form.get('file');
      const purpose = form.get('purpose');
      if (typeof part === 'string' || part === null || purpose !== 'batch') {
        sendJson(res, 400, errorBody('Expected a file and purpose "batch".', 'invalid_request_error'));
        return true;
      }
      const content = await part.text();
      const file = addFile(part.name, 'batch', content);
      uploads.push({
        id: file.id,
        filename: file.filename,
        lines: content.split('\n').filter((l) => l !== ''),
      });
      sendJson(res, 200, fileObject(file));
      return true;
    }
    const content = /^\/v1\/files\/([^/]+)\/content$/.exec(path);
    if (req.method === 'GET' && content) {
      const file = files.get(content[1] ?? '');
      if (file === undefined) sendJson(res, 404, errorBody('No such file.', 'invalid_request_error'));
      else {
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        res.end(file.content);
      }
      return true;
    }
    if (req.method === 'POST' && path === '/v1/batches') {
      const body = JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
      const input = files.get(String(body.input_file_id));
      if (input === undefined || input.purpose !== 'batch' || body.completion_window !== '24h') {
        sendJson(res, 400, errorBody('Invalid input_file_id or completion_window.', 'invalid_request_error'));
        return true;
      }
      const batch: FakeBatch = {
        id: newId('batch_'),
        index: batches.length,
        inputFileId: input.id,
        endpoint: String(body.endpoint),
        metadata: body.metadata ?? null,
        createdAt: now(),
        status: 'validating',
        polls: 0,
        outputFileId: null,
        errorFileId: null,
        counts: { total: 0, completed: 0, failed: 0 },
        errors: [],
      };
      batches.push(batch);
      sendJson(res, 200, batchObject(batch));
      return true;
    }
    const one = /^\/v1\/batches\/([^/]+)$/.exec(path);
    if (req.method === 'GET' && one) {
      const batch = batches.find((b) => b.id === one[1]);
      if (batch === undefined) {
        sendJson(res, 404, errorBody('No such batch.', 'invalid_request_error'));
        return true;
      }
      advance(batch);
      sendJson(res, 200, batchObject(batch));
      return true;
    }
    if (req.method === 'GET' && path === '/v1/batches') {
      const data = [...batches].reverse().map(batchObject);
      sendJson(res, 200, { object: 'list', data, first_id: data[0]?.id ?? null, has_more: false });
      return true;
    }
    sendJson(res, 404, errorBody(`No route ${req.method} ${path}`, 'invalid_request_error'));
    return true;
  };

  return {
    handle,
    uploads,
    get batches() {
      return batches.map((b) => ({ id: b.id, inputFileId: b.inputFileId, status: b.status }));
    },
    requests,
    hold(on) {
      held = on;
    },
  };
}

/** The generated verdict for one line, seeded by its body like the chat endpoint's default. */
function verdictFor(
  body: Readonly<Record<string, unknown>>,
  info: ChatRequestInfo,
  reply: Extract<FakeBatchLineReply, { kind: 'verdict' }>,
  shared: SharedSettings,
): string {
  const bodyHash = createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 16);
  const rating = reply.rating ?? shared.rate?.(info);
  const pin = { ...shared.pin, ...reply.pin, ...(rating === undefined ? {} : { rating }) };
  const seed = reply.seed ?? (Number.parseInt(bodyHash.slice(0, 8), 16) ^ shared.seed) >>> 0;
  const wanted = requestedSchema(body);
  return JSON.stringify(
    generateFromSchema(wanted?.schema ?? { type: 'object' }, {
      random: createPrng(seed),
      words: info.words,
      pin,
    }),
  );
}

/** What OpenAI checks before running a batch: well-formed lines, unique ids, one endpoint and model. */
function validate(
  file: FakeFile | undefined,
  endpoint: string,
): { code: string; message: string; line: number | null } | null {
  if (file === undefined) return { code: 'invalid_file', message: 'The input file is gone.', line: null };
  const ids = new Set<string>();
  const models = new Set<string>();
  const lines = file.content.split('\n').filter((l) => l.trim() !== '');
  for (const [i, text] of lines.entries()) {
    let line: { custom_id?: unknown; method?: unknown; url?: unknown; body?: { model?: unknown } };
    try {
      line = JSON.parse(text);
    } catch {
      return { code: 'invalid_json_line', message: 'This line is not valid JSON.', line: i + 1 };
    }
    if (typeof line.custom_id !== 'string' || ids.has(line.custom_id))
      return { code: 'duplicate_custom_id', message: 'custom_id missing or repeated.', line: i + 1 };
    ids.add(line.custom_id);
    if (line.method !== 'POST' || line.url !== endpoint)
      return { code: 'mismatched_endpoint', message: `Expected POST ${endpoint}.`, line: i + 1 };
    models.add(String(line.body?.model));
    if (models.size > 1)
      return { code: 'mismatched_model', message: 'A batch may use one model only.', line: i + 1 };
  }
  return lines.length === 0 ? { code: 'empty_file', message: 'The input file is empty.', line: null } : null;
}

function fileObject(file: FakeFile) {
  return {
    id: file.id,
    object: 'file',
    bytes: Buffer.byteLength(file.content),
    created_at: file.createdAt,
    filename: file.filename,
    purpose: file.purpose,
    status: 'processed',
  };
}

function batchObject(batch: FakeBatch) {
  return {
    id: batch.id,
    object: 'batch',
    endpoint: batch.endpoint,
    errors: batch.errors.length === 0 ? null : { object: 'list', data: batch.errors },
    input_file_id: batch.inputFileId,
    completion_window: '24h',
    status: batch.status,
    output_file_id: batch.outputFileId,
    error_file_id: batch.errorFileId,
    created_at: batch.createdAt,
    request_counts: batch.counts,
    metadata: batch.metadata,
  };
}

function readRaw(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
