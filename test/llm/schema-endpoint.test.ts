import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ItemResult } from '../../src/aggregate/schema.ts';
import type { Summary } from '../../src/report/schema.ts';
import type { Rubric } from '../../src/rubric/schema.ts';
import { cli } from '../cli/run-cli.ts';
import { type FakeOpenAI, startFakeOpenAI } from '../fake-openai/server.ts';
import { SPECIAL_TOKENS } from '../fixtures/special-tokens.ts';
import { RUBRIC, readJson, readJsonl, scoreWith, TEST_API_KEY, TRANSCRIPTS, workDir } from './helpers.ts';

let server: FakeOpenAI | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** The schema a logged request carried, by structured-output mode. */
function schemaOf(body: Record<string, unknown>): Record<string, unknown> | null {
  const format = body.response_format as { type?: string; json_schema?: { schema?: unknown } } | undefined;
  if (format?.type === 'json_schema') return format.json_schema?.schema as Record<string, unknown>;
  const tools = body.tools as Array<{ function: { parameters: unknown } }> | undefined;
  return (tools?.[0]?.function.parameters as Record<string, unknown> | undefined) ?? null;
}

/** Every object node of a JSON Schema, with its path. */
function objectNodes(schema: unknown, path = '$'): Array<{ path: string; node: Record<string, unknown> }> {
  if (typeof schema !== 'object' || schema === null) return [];
  const node = schema as Record<string, unknown>;
  const here = node.type === 'object' ? [{ path, node }] : [];
  const children = Object.entries((node.properties as Record<string, unknown>) ?? {}).flatMap(([k, v]) =>
    objectNodes(v, `${path}.${k}`),
  );
  return [...here, ...children, ...objectNodes(node.items, `${path}[]`)];
}

async function scoreAll(extra: readonly string[], config: Record<string, unknown> = {}) {
  const dir = workDir(config);
  const out = join(dir, 'run');
  const result = await scoreWith(server?.baseUrl ?? '', dir, [
    TRANSCRIPTS,
    '--rubric',
    RUBRIC,
    '--out',
    out,
    '--judge',
    'openai',
    '--concurrency',
    '8',
    ...extra,
  ]);
  const items = readJsonl<ItemResult>(join(out, 'results.jsonl'));
  const rubric = readJson<Rubric>(join(out, 'rubric.json'));
  return { ...result, out, items, rubric, summary: readJson<Summary>(join(out, 'summary.json')) };
}

/** Every answered item got a valid verdict from every call, with exactly one finding per flag. */
function expectEveryItemJudged(run: Awaited<ReturnType<typeof scoreAll>>, samples: number) {
  const answered = run.items.filter((i) => i.alignment.status !== 'not_asked' && i.alignment.answer !== '');
  expect(answered.length).toBeGreaterThan(80);
  for (const item of answered) {
    const question = run.rubric.questions.find((q) => q.id === item.question);
    const flagIds = [...(question?.greenFlags ?? []), ...(question?.redFlags ?? [])].map((f) => f.id).sort();
    expect(item.status, `${item.key}: ${item.reviewNotes.join(' | ')}`).toBe('scored');
    expect(item.verdicts).toHaveLength(samples);
    for (const verdict of item.verdicts) {
      expect(verdict.outcome).toBe('ok');
      if (verdict.outcome === 'ok') expect(verdict.body.findings.map((f) => f.flag).sort()).toEqual(flagIds);
    }
  }
  expect(run.summary.llm).toMatchObject({ failures: 0, invalid: 0, repairs: 0 });
}

describe('score against an endpoint that generates replies from the request schema', () => {
  it('json_schema: a per-question strict schema; 100% of answered items get a valid verdict', async () => {
    server = await startFakeOpenAI({ seed: 11 });
    const run = await scoreAll([]);
    expect(run.code, run.stderr).toBe(0);
    expectEveryItemJudged(run, 1);
    expect(run.summary.status).toBe('complete');
    // Each request carries the question's own schema: flag ids as required keys in the prompt's
    // order, evidence before status, the scale as an enum, no additional properties anywhere.
    for (const entry of server.log) {
      const body = entry.body as Record<string, unknown>;
      const format = body.response_format as { json_schema: { strict: boolean; name: string } };
      expect(format.json_schema.strict).toBe(true);
      const schema = schemaOf(body) ?? {};
      const findings = (schema.properties as Record<string, Record<string, unknown>>).findings ?? {};
      const shown = [...JSON.stringify(body.messages).matchAll(/- \[(q\d+\.[gr]\d+)\]/g)].map((m) => m[1]);
      expect(findings.required).toEqual(shown);
      expect(Object.keys(findings.properties as object)).toEqual(shown);
      expect(format.json_schema.name).toBe(`verdict_${shown[0]?.split('.')[0]}`);
      for (const { path, node } of objectNodes(schema)) {
        expect(node.additionalProperties, path).toBe(false);
        expect([...((node.required as string[]) ?? [])].sort(), path).toEqual(
          Object.keys(node.properties as object).sort(),
        );
      }
      const first = Object.values(findings.properties as Record<string, { properties: object }>)[0];
      expect(Object.keys(first?.properties ?? {})).toEqual(['evidence', 'status']);
      expect((schema.properties as Record<string, { enum: number[] }>).rating?.enum).toEqual([1, 2, 3, 4]);
    }
  });

  it('json_object fallback: the schema goes into the prompt, and verdicts are still 100% valid', async () => {
    server = await startFakeOpenAI({ seed: 12, rejectJsonSchema: true });
    const run = await scoreAll([]);
    expect(run.code, run.stderr).toBe(0);
    expectEveryItemJudged(run, 1);
    expect(run.stderr).toMatch(/refused json_schema structured output; using json_object/);
    const jsonMode = server.log.filter((e) => e.responseFormat === 'json_object');
    expect(jsonMode.length).toBeGreaterThan(80);
    for (const entry of jsonMode) {
      const messages = (entry.body as { messages: Array<{ role: string; content: string }> }).messages;
      expect(messages.at(-1)?.content).toMatch(/JSON Schema exactly .*"findings"/);
    }
  });

  it('tool_call mode: the schema is a forced function, and verdicts are 100% valid', async () => {
    server = await startFakeOpenAI({ seed: 13 });
    const run = await scoreAll(['--structured-output', 'tool_call']);
    expect(run.code, run.stderr).toBe(0);
    expectEveryItemJudged(run, 1);
    for (const entry of server.log) {
      const body = entry.body as { tool_choice?: unknown; tools?: unknown[] };
      expect(body.tool_choice).toEqual({ type: 'function', function: { name: 'submit_verdict' } });
      expect(schemaOf(entry.body as Record<string, unknown>)).not.toBeNull();
    }
  });

  it('a noisy jury (--samples 3) disagrees, and the splits reach the review queue', async () => {
    server = await startFakeOpenAI({ seed: 14, noisy: true });
    const run = await scoreAll(['--samples', '3']);
    expect(run.code, run.stderr).toBe(0);
    expectEveryItemJudged(run, 3);
    expect(run.summary.judges.count).toBe(3);
    expect(run.summary.judges.agreement.krippendorffAlphaOrdinal).not.toBeNull();
    const split = run.items.filter((i) => i.reviewReasons.includes('judge_disagreement'));
    expect(split.length).toBeGreaterThan(20);
    for (const item of split) expect(item.needsReview).toBe(true);
    expect(run.summary.reviewReasons.judge_disagreement).toBe(split.length);
    expect(readFileSync(join(run.out, 'report.html'), 'utf8')).toContain('judge_disagreement');
  });

  it('asks each item once: identical requests are not repeated on resume of a complete run', async () => {
    server = await startFakeOpenAI({ seed: 15 });
    const run = await scoreAll([]);
    expect(run.code).toBe(0);
    const sent = server.log.length;
    const again = await scoreWith(server.baseUrl, join(run.out, '..'), ['--resume', run.out]);
    expect(again.code, again.stderr).toBe(0);
    expect(server.log.length).toBe(sent);
  });
});

describe('hostile answers never stop a run', () => {
  const SPECIALS = SPECIAL_TOKENS;
  const hostile = [
    `We used retries with backoff and timeouts ${SPECIALS.join(' ')} and a circuit breaker per partner.`,
    'Lone surrogates \ud800 and \udfff, a NUL \u0000 here, an RTL override \u202e gnirts, zero\u200bwidth joins.',
  ];

  function hostileTranscript(dir: string, answers: readonly string[]): string {
    const turns = [
      { speaker: 'Interviewer', text: 'Tell me about yourself and your current role.' },
      { speaker: 'Candidate', text: 'I build APIs for an insurance company.' },
      {
        speaker: 'Interviewer',
        text: 'When integrating with external APIs, how do you design for latency, rate limits and partial failures?',
      },
      { speaker: 'Candidate', text: answers[0] ?? '' },
      { speaker: 'Interviewer', text: 'How do you handle mutable state in Python? Any pitfalls?' },
      { speaker: 'Candidate', text: answers[1] ?? '' },
      { speaker: 'Interviewer', text: 'Thanks, that is all from me.' },
    ];
    const file = join(dir, 'hostile.json');
    writeFileSync(
      file,
      JSON.stringify({
        metadata: { roles: { Interviewer: 'interviewer', Candidate: 'candidate' } },
        turns,
      }),
    );
    return file;
  }

  it('every special token, lone surrogates, NUL, bidi and zero-width: dry run, heuristic and LLM all finish', async () => {
    server = await startFakeOpenAI({ seed: 16, pin: { injectionSuspected: false } });
    const dir = workDir();
    const file = hostileTranscript(dir, hostile);
    const env = { OPENAI_API_KEY: TEST_API_KEY, OPENAI_BASE_URL: server.baseUrl };
    const base = [file, '--rubric', RUBRIC];

    const dry = await cli(['score', ...base, '--judge', 'openai', '--dry-run'], { cwd: dir, env });
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(/input tokens/);

    const heuristic = await cli(['score', ...base, '--judge', 'heuristic', '--out', join(dir, 'h')], {
      cwd: dir,
      env,
    });
    expect(heuristic.code, heuristic.stderr).toBe(0);

    const llm = await scoreWith(server.baseUrl, dir, [...base, '--judge', 'openai', '--out', join(dir, 'l')]);
    expect(llm.code, llm.stderr).toBe(0);
    expect(llm.stderr).not.toMatch(/internal error/i);
    const items = readJsonl<ItemResult>(join(dir, 'l', 'results.jsonl'));
    const q5 = items.find((i) => i.question === 'q5');
    expect(q5?.status).toBe('scored');
    // The special-token text reached the endpoint as text.
    const sent = JSON.stringify(server.log.map((e) => e.body));
    expect(sent).toContain('<|im_end|>');
  });

  it('a 10 MB answer: the heuristic judges it, an LLM judge refuses it by --max-answer-tokens, resumable', async () => {
    server = await startFakeOpenAI({ seed: 17 });
    const dir = workDir();
    const huge = 'We retried with exponential backoff and jitter, and kept timeouts tight. '.repeat(140_000);
    const file = hostileTranscript(dir, [huge, 'Default arguments are evaluated once, so I use None.']);
    const env = { OPENAI_API_KEY: TEST_API_KEY, OPENAI_BASE_URL: server.baseUrl };
    const base = [file, '--rubric', RUBRIC];

    const dry = await cli(['score', ...base, '--judge', 'openai', '--dry-run'], { cwd: dir, env });
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(
      /1 call\(s\) not counted: the answer is longer than --max-answer-tokens 20000/,
    );

    const heuristic = await cli(['score', ...base, '--judge', 'heuristic', '--out', join(dir, 'h')], {
      cwd: dir,
      env,
    });
    expect(heuristic.code, heuristic.stderr).toBe(0);

    const out = join(dir, 'l');
    const llm = await scoreWith(server.baseUrl, dir, [...base, '--judge', 'openai', '--out', out]);
    expect(llm.code).toBe(3);
    expect(llm.stderr).toMatch(/longer than --max-answer-tokens/);
    expect(llm.stderr).toMatch(/--resume .* --max-answer-tokens N/);
    // Only the other item reached the endpoint.
    expect(server.log).toHaveLength(1);
    const item = readJsonl<ItemResult>(join(out, 'results.jsonl')).find((i) => i.question === 'q5');
    expect(item?.status).toBe('failed');
    expect(item?.reviewNotes.join(' ')).toMatch(/over --max-answer-tokens 20,000/);
  }, 300_000);
});

/** A port on 127.0.0.1 that nothing listens on. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe('failures that explain themselves', () => {
  it('a dead URL: the cause and the host are said on the first failure and in the hint', async () => {
    const port = await closedPort();
    const dir = workDir({ breakerThreshold: 2, breakerHalfOpenMs: 100, maxRetries: 1 });
    const out = join(dir, 'run');
    const run = await scoreWith(`http://127.0.0.1:${port}/v1`, dir, [
      join(TRANSCRIPTS, '01-backend-senior-alex-rivera.txt'),
      '--rubric',
      RUBRIC,
      '--judge',
      'openai',
      '--out',
      out,
    ]);
    expect(run.code).toBe(3);
    const firstWarning = run.stderr.split('\n').find((l) => l.startsWith('warning:')) ?? '';
    expect(firstWarning).toContain(`127.0.0.1:${port}`);
    expect(firstWarning).toMatch(/ECONNREFUSED/);
    expect(run.stderr).toMatch(new RegExp(`endpoint at 127\\.0\\.0\\.1:${port} refused connections`));
    expect(run.stderr).not.toMatch(/run complete/);
    expect(readFileSync(join(out, 'run.log'), 'utf8')).toMatch(/ECONNREFUSED/);
    const manifest = readJson<{ incompleteHints: string[] }>(join(out, 'run.json'));
    expect(manifest.incompleteHints.join(' ')).toMatch(/is the server running/);
  });

  it('a hanging endpoint, stderr not a terminal: heartbeat lines say what is in flight', async () => {
    server = await startFakeOpenAI({ policy: () => ({ kind: 'hang' }) });
    const dir = workDir({ heartbeatMs: 100, timeoutMs: 700, maxRetries: 0, breakerThreshold: 50 });
    const run = await scoreWith(server.baseUrl, dir, [
      join(TRANSCRIPTS, '01-backend-senior-alex-rivera.txt'),
      '--rubric',
      RUBRIC,
      '--judge',
      'openai',
      '--concurrency',
      '20',
      '--out',
      join(dir, 'run'),
    ]);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/still judging: 0\/\d+ done, \d+ in flight/);
    expect(run.stderr).toMatch(/timeout.*no response within 700 ms/);
  });
});
