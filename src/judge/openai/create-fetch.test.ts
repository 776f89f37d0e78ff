import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createFetch, ResponseCutOffError } from './create-fetch.ts';

let server: Server | null = null;
let close: (() => Promise<void>) | null = null;

afterEach(async () => {
  await close?.();
  close = null;
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  server = null;
});

/** A real HTTP server on 127.0.0.1 (port 0) answering with `handle`. */
async function serve(
  handle: (req: IncomingMessage, res: ServerResponse, body: string) => void,
): Promise<string> {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8');
    });
    req.on('end', () => handle(req, res, body));
  });
  await new Promise<void>((done) => server?.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

function client() {
  const made = createFetch({ connections: 4 });
  close = made.close;
  return made.fetch;
}

describe('createFetch', () => {
  it('sends the method, headers and body, and returns status, headers and body as a Response', async () => {
    const base = await serve((req, res, body) => {
      res.writeHead(201, { 'content-type': 'application/json', 'x-request-id': 'req_1' });
      res.end(JSON.stringify({ method: req.method, auth: req.headers.authorization, body }));
    });
    const response = await client()(`${base}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: 'Bearer sk-test', 'content-type': 'application/json' },
      body: '{"model":"m"}',
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('x-request-id')).toBe('req_1');
    expect(await response.json()).toEqual({ method: 'POST', auth: 'Bearer sk-test', body: '{"model":"m"}' });
  });

  it('gives a body-less status no body, and follows redirects as fetch does', async () => {
    const base = await serve((req, res) => {
      if (req.url === '/old') {
        res.writeHead(302, { location: '/new' });
        res.end();
      } else if (req.url === '/new') {
        res.writeHead(204);
        res.end();
      }
    });
    const response = await client()(`${base}/old`);
    expect(response.status).toBe(204);
    expect(response.body).toBeNull();
  });

  it('rejects with ResponseCutOffError when the body breaks off after the headers', async () => {
    const base = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('{"choices": [');
      setTimeout(() => res.socket?.destroy(), 20);
    });
    await expect(client()(`${base}/x`)).rejects.toBeInstanceOf(ResponseCutOffError);
  });

  it('rejects with the abort, not a cut-off, when the caller aborts', async () => {
    const base = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{');
    });
    const controller = new AbortController();
    const pending = client()(`${base}/x`, { signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    const error = await pending.catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(ResponseCutOffError);
    expect(controller.signal.aborted).toBe(true);
  });
});
