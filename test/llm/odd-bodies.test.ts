import { describe, expect, it } from 'vitest';
import { expectSoundRun, type RunOutput, runScore } from './check-run.ts';
import { workDir } from './helpers.ts';
import { type RawContext, startRawServer } from './raw-server.ts';

/** Short retries and a quick breaker, so every test stays well under a few seconds. */
const FAST = { retryBaseMs: 5, retryMaxMs: 50, breakerHalfOpenMs: 100 };

/** The text of a valid verdict for this request, to wrap in odd ways. */
const verdictOf = (ctx: RawContext): string => ctx.verdictCompletion().choices[0]?.message.content ?? '';

/**
 * 200 responses whose body is not a usable chat completion. The first request for each item gets
 * the odd reply, every later one a valid verdict; `next` says how the judge must react: `retry`
 * (the same request again: an endpoint fault), `repair` (one re-ask with the validation error:
 * the model's output was bad) or `accept` (used as is).
 */
const ODD_200: ReadonlyArray<{
  name: string;
  next: 'retry' | 'repair' | 'accept';
  send: (ctx: RawContext) => void;
  /** Extra checks on the finished run. */
  check?: (run: RunOutput) => void;
}> = [
  {
    name: 'a server-sent event stream although stream was false',
    next: 'retry',
    send: (ctx) =>
      ctx.reply(200, `data: ${JSON.stringify(ctx.verdictCompletion())}\n\ndata: [DONE]\n\n`, {
        'content-type': 'text/event-stream',
      }),
  },
  {
    name: 'an HTML error page',
    next: 'retry',
    send: (ctx) =>
      ctx.reply(
        200,
        '<!DOCTYPE html><html><head><title>Gateway hiccup</title></head><body>oops</body></html>',
        {
          'content-type': 'text/html; charset=utf-8',
        },
      ),
  },
  {
    name: 'truncated JSON',
    next: 'retry',
    send: (ctx) =>
      ctx.reply(200, JSON.stringify(ctx.verdictCompletion()).slice(0, 120), {
        'content-type': 'application/json',
      }),
  },
  {
    name: 'an empty JSON body',
    next: 'retry',
    send: (ctx) => ctx.reply(200, '', { 'content-type': 'application/json', 'content-length': '0' }),
  },
  {
    name: 'a JSON object that is not a completion',
    next: 'retry',
    send: (ctx) => ctx.reply(200, { error: { message: 'upstream model crashed', type: 'server_error' } }),
  },
  {
    name: 'JSON null',
    next: 'retry',
    send: (ctx) => ctx.reply(200, 'null', { 'content-type': 'application/json' }),
  },
  {
    name: 'choices: []',
    next: 'repair',
    send: (ctx) => ctx.reply(200, { ...ctx.verdictCompletion(), choices: [] }),
  },
  {
    name: 'message.content null without a refusal',
    next: 'repair',
    send: (ctx) => ctx.reply(200, ctx.contentCompletion(null)),
  },
  {
    name: 'message.content as a number',
    next: 'repair',
    send: (ctx) => ctx.reply(200, ctx.contentCompletion(42)),
  },
  {
    name: 'a verdict after leading prose',
    next: 'repair',
    send: (ctx) => ctx.reply(200, ctx.contentCompletion(`Here is my evaluation:\n${verdictOf(ctx)}`)),
  },
  {
    name: "finish_reason 'length' with truncated content",
    next: 'repair',
    send: (ctx) => {
      const body = ctx.contentCompletion(verdictOf(ctx).slice(0, 60));
      const choice = { ...body.choices[0], finish_reason: 'length' };
      ctx.reply(200, { ...body, choices: [choice] });
    },
  },
  {
    name: 'a verdict inside one ```json fence',
    next: 'accept',
    send: (ctx) => ctx.reply(200, ctx.contentCompletion(`\`\`\`json\n${verdictOf(ctx)}\n\`\`\``)),
  },
  {
    name: 'content as an array of text parts',
    next: 'accept',
    send: (ctx) => ctx.reply(200, ctx.contentCompletion([{ type: 'text', text: verdictOf(ctx) }])),
  },
  {
    name: 'no usage object',
    next: 'accept',
    send: (ctx) => {
      const { usage: _, ...rest } = ctx.verdictCompletion();
      ctx.reply(200, rest);
    },
    check: (run) => {
      const { inputTokens, cachedInputTokens, outputTokens } = run.summary.llm;
      expect({ inputTokens, cachedInputTokens, outputTokens }).toEqual({
        inputTokens: 0,
        cachedInputTokens: 0,
        outputTokens: 0,
      });
    },
  },
  {
    name: 'usage without prompt_tokens_details, and a string count',
    next: 'accept',
    send: (ctx) =>
      ctx.reply(200, {
        ...ctx.verdictCompletion(),
        usage: { prompt_tokens: 100, completion_tokens: '7', total_tokens: 107 },
      }),
    check: (run) => {
      const { inputTokens, cachedInputTokens, outputTokens } = run.summary.llm;
      const n = run.judged.length;
      expect({ inputTokens, cachedInputTokens, outputTokens }).toEqual({
        inputTokens: 100 * n,
        cachedInputTokens: 0,
        outputTokens: 7 * n,
      });
    },
  },
];

describe('score against an endpoint whose 200s are odd', () => {
  it.each(ODD_200)('$name: $next, then scored', async ({ send, next, check }) => {
    const seen = new Set<string>();
    const server = await startRawServer((ctx) => {
      const first = !seen.has(ctx.info.item);
      seen.add(ctx.info.item);
      if (first) send(ctx);
      else ctx.reply(200, ctx.verdictCompletion(3));
    });
    const run = await runScore(server.baseUrl, workDir(FAST));
    expectSoundRun(run, server.log);
    expect(run.code).toBe(0);
    for (const item of run.judged) {
      expect(item.status, item.question).toBe('scored');
      expect(item.rating).toBe(3);
    }
    const perItem = next === 'accept' ? 1 : 2;
    expect(server.log.length).toBe(run.judged.length * perItem);
    check?.(run);
    if (next === 'accept') return;
    // The second request of each item: the same body again (retry) or the repair re-ask.
    for (const entry of server.log) {
      const firstOfItem = server.log.find((e) => e.info.item === entry.info.item);
      if (firstOfItem === entry) continue;
      if (next === 'retry') expect(entry.body).toBe(firstOfItem?.body);
      else expect(entry.info.repair).toBe(true);
    }
    const records = run.calls;
    expect(records.every((c) => c.repairAttempted === (next === 'repair'))).toBe(true);
  });

  it('an endpoint that only ever sends HTML with status 200: judge_failed, exit 3, counts agree', async () => {
    const server = await startRawServer((ctx) =>
      ctx.reply(200, '<html><body><h1>Please log in to the proxy</h1></body></html>', {
        'content-type': 'text/html',
      }),
    );
    const run = await runScore(server.baseUrl, workDir({ ...FAST, breakerThreshold: 100 }));
    expectSoundRun(run, server.log);
    expect(run.code).toBe(3);
    for (const item of run.judged) expect(item.reviewReasons).toContain('judge_failed');
    // Retried as an endpoint fault: three identical requests (1 + --max-retries 2) per item.
    expect(server.log.length).toBe(run.judged.length * 3);
    expect(run.calls.every((c) => c.outcome === 'failed' && /HTML/.test(c.error ?? ''))).toBe(true);
  });

  it('a model that only ever sends prose: judge_output_invalid after one repair, never scored', async () => {
    const server = await startRawServer((ctx) =>
      ctx.reply(200, ctx.contentCompletion('The candidate did well overall. I would rate this a 4.')),
    );
    const run = await runScore(server.baseUrl, workDir(FAST));
    expectSoundRun(run, server.log);
    // No item got a usable verdict: the run is not complete (fail closed), and says so.
    expect(run.code).toBe(3);
    expect(run.summary.status).toBe('incomplete');
    expect(run.summary.items.failed).toBe(run.judged.length);
    expect(run.summary.llm.failures).toBe(run.judged.length);
    expect(run.stderr).toMatch(/no valid verdict/);
    for (const item of run.judged) {
      expect(item.rating).toBeNull();
      expect(item.reviewReasons).toContain('judge_output_invalid');
    }
    expect(server.log.length).toBe(run.judged.length * 2);
  });
});
