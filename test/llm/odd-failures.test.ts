import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ItemResult } from '../../src/aggregate/schema.ts';
import type { CallRecord } from '../../src/cache/call-record.ts';
import type { Summary } from '../../src/report/schema.ts';
import { cli } from '../cli/run-cli.ts';
import { ALEX, expectSoundRun, reasonsOf, runScore } from './check-run.ts';
import { allFileTexts, RUBRIC, readJson, readJsonl, workDir } from './helpers.ts';
import { closedPort, type RawContext, startRawServer } from './raw-server.ts';

/** Short retries and a quick breaker, so every test stays well under a few seconds. */
const FAST = { retryBaseMs: 5, retryMaxMs: 50, breakerHalfOpenMs: 100 };

function html503(ctx: RawContext): void {
  ctx.reply(503, '<html><head><title>503 Service Unavailable</title></head><body>nginx</body></html>', {
    'content-type': 'text/html',
  });
}

/** Each request body at most once: nothing was retried. */
function expectNoRetries(log: ReadonlyArray<{ body: string }>): void {
  expect(new Set(log.map((e) => e.body)).size).toBe(log.length);
}

describe('score against an endpoint that keeps failing', () => {
  it('connection refused for the whole run: breaker, exit 3, nothing counted as sent', async () => {
    const port = await closedPort();
    const run = await runScore(`http://127.0.0.1:${port}/v1`, workDir({ ...FAST, breakerThreshold: 3 }));
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/circuit_open|items_failed/);
    expectSoundRun(run, []);
    expect(reasonsOf(run).every((r) => r.includes('judge_failed'))).toBe(true);
    expect(run.calls.every((c) => c.errorKind === 'connection' || c.errorKind === 'circuit_open')).toBe(true);
    expect(run.summary.llm.failures).toBe(run.calls.length);
  });

  it('503 with an HTML page on every request: judge_failed with a readable reason; counts agree', async () => {
    const server = await startRawServer(html503);
    const run = await runScore(server.baseUrl, workDir({ ...FAST, breakerThreshold: 100 }));
    expectSoundRun(run, server.log);
    expect(run.code).toBe(3);
    expect(server.log.length).toBe(run.judged.length * 3);
    for (const call of run.calls) {
      expect(call.errorKind).toBe('server');
      expect(call.error).toContain('HTML page "503 Service Unavailable"');
      expect(call.error).not.toContain('<');
    }
  });

  // KNOWN BUG, outside this folder: when the breaker opens while a call is between retries, the
  // loop in `src/cli/score/build-openai-judge.ts` calls the judge again and keeps only the last
  // call's trace, so the requests of the earlier rounds vanish from calls.jsonl and summary.json.
  // Flip `it.fails` to `it` once that loop sums its traces.
  it('503 on every request with the breaker opening mid-retry: counts still agree', async () => {
    const server = await startRawServer(html503);
    const run = await runScore(server.baseUrl, workDir({ ...FAST, breakerThreshold: 4 }));
    expect(run.code).toBe(3);
    expectSoundRun(run, server.log);
  });

  it('401 whose message echoes the API key: not retried, exit 3, the key is nowhere', async () => {
    const key = 'local-gateway-key-7f3a9c2e51';
    const server = await startRawServer((ctx) =>
      ctx.reply(401, {
        error: {
          message: `Incorrect API key provided: ${key}. You can find your API key at https://example.invalid.`,
          type: 'invalid_request_error',
          code: 'invalid_api_key',
        },
      }),
    );
    const dir = workDir({ ...FAST, breakerThreshold: 3 });
    const out = join(dir, 'run');
    const { code, stderr } = await cli(
      [
        'score',
        ALEX,
        '--rubric',
        RUBRIC,
        '--out',
        out,
        '--judge',
        'openai',
        '--no-cache',
        '--log-level',
        'debug',
      ],
      { cwd: dir, env: { OPENAI_API_KEY: key, OPENAI_BASE_URL: server.baseUrl } },
    );
    expect(code, stderr).toBe(3);
    expect(stderr).not.toContain(key);
    for (const { file, text } of allFileTexts(out)) expect(text.includes(key), file).toBe(false);
    expectNoRetries(server.log);
    const summary = readJson<Summary>(join(out, 'summary.json'));
    expect(summary.llm.calls + summary.llm.retries).toBe(server.log.length);
    const items = readJsonl<ItemResult>(join(out, 'results.jsonl')).filter(
      (i) => i.alignment.status !== 'not_asked',
    );
    expect(items.every((i) => i.status === 'failed' && i.reviewReasons.includes('judge_failed'))).toBe(true);
    const calls = readJsonl<CallRecord>(join(out, 'calls.jsonl'));
    expect(calls.some((c) => /401/.test(c.error ?? '') && /\[REDACTED\]/.test(c.error ?? ''))).toBe(true);
  });

  it('404 model not found: no retries, the breaker stops the run, exit 3', async () => {
    const server = await startRawServer((ctx) =>
      ctx.reply(404, {
        error: {
          message: `The model \`${ctx.info.model}\` does not exist or you do not have access to it.`,
          type: 'invalid_request_error',
          code: 'model_not_found',
        },
      }),
    );
    const run = await runScore(server.baseUrl, workDir({ ...FAST, breakerThreshold: 3 }), [
      '--model',
      'gpt-nope',
    ]);
    expectSoundRun(run, server.log);
    expect(run.code).toBe(3);
    expectNoRetries(server.log);
    // The breaker opened after 3 in a row; the first calls in flight (concurrency 4) and one
    // half-open probe may still have gone out, but not one request per item and sample.
    expect(server.log.length).toBeLessThanOrEqual(3 + 4 + 1);
    expect(reasonsOf(run).every((r) => r.includes('judge_failed'))).toBe(true);
  });

  it('400 for another reason (context too long): not retried, judge_failed, the rest still scored', async () => {
    const server = await startRawServer((ctx) =>
      ctx.info.questionId === 'q1'
        ? ctx.reply(400, {
            error: {
              message: "This model's maximum context length is 8 tokens.",
              type: 'invalid_request_error',
              param: 'messages',
              code: 'context_length_exceeded',
            },
          })
        : ctx.reply(200, ctx.verdictCompletion(2)),
    );
    const run = await runScore(server.baseUrl, workDir(FAST));
    expectSoundRun(run, server.log);
    expectNoRetries(server.log);
    expect(run.code).toBe(3);
    const q1 = run.judged.find((i) => i.question === 'q1');
    expect(q1?.reviewReasons).toContain('judge_failed');
    expect(run.judged.filter((i) => i.question !== 'q1').every((i) => i.rating === 2)).toBe(true);
  });
});

/** Ways servers say "no json_schema here" (OpenAI, vLLM, FastAPI-style 422, by `param` only). */
const SCHEMA_REFUSALS: ReadonlyArray<{ name: string; send: (ctx: RawContext) => void }> = [
  {
    name: 'OpenAI-shaped 400',
    send: (ctx) =>
      ctx.reply(400, {
        error: {
          message:
            "Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model.",
          type: 'invalid_request_error',
          param: 'response_format',
          code: null,
        },
      }),
  },
  {
    name: 'vLLM-shaped 400',
    send: (ctx) =>
      ctx.reply(400, {
        object: 'error',
        message: 'response_format json_schema not supported',
        type: 'BadRequestError',
        param: null,
        code: 400,
      }),
  },
  {
    name: 'FastAPI-shaped 422',
    send: (ctx) =>
      ctx.reply(422, { detail: 'response_format.type json_schema is not supported by this server' }),
  },
  {
    name: 'only param: response_format',
    send: (ctx) =>
      ctx.reply(400, {
        error: { message: 'Invalid value.', type: 'invalid_request_error', param: 'response_format' },
      }),
  },
];

describe('score against an endpoint without json_schema support', () => {
  it.each(SCHEMA_REFUSALS)('$name: falls back to json_object, then verdicts ok', async ({ send }) => {
    const server = await startRawServer((ctx) => {
      const format = (JSON.parse(ctx.entry.body) as { response_format?: { type?: string } }).response_format
        ?.type;
      if (format === 'json_schema') send(ctx);
      else ctx.reply(200, ctx.verdictCompletion(4));
    });
    const run = await runScore(server.baseUrl, workDir(FAST));
    expectSoundRun(run, server.log);
    expect(run.code).toBe(0);
    expect(run.judged.every((i) => i.status === 'scored' && i.rating === 4)).toBe(true);
    const formats = server.log.map(
      (e) => (JSON.parse(e.body) as { response_format?: { type?: string } }).response_format?.type,
    );
    // Only the calls already in flight when the first refusal came back asked for json_schema.
    expect(formats.filter((f) => f === 'json_schema').length).toBeLessThanOrEqual(4);
    expect(formats.filter((f) => f === 'json_object').length).toBe(run.judged.length);
    expect(run.calls.every((c) => c.responseFormat === 'json_object' && c.outcome === 'ok')).toBe(true);
    const warned = readFileSync(join(run.out, 'run.log'), 'utf8');
    expect(warned).toMatch(/json_object mode/);
  });
});
