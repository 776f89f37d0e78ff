import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ItemResult } from '../../src/aggregate/schema.ts';
import type { CallRecord } from '../../src/cache/call-record.ts';
import type { Summary } from '../../src/report/schema.ts';
import { generateFromSchema, requestedSchema } from '../fake-openai/generate-from-schema.ts';
import { createPrng } from '../fake-openai/prng.ts';
import { type FakeOpenAI, startFakeOpenAI } from '../fake-openai/server.ts';
import {
  allFileTexts,
  RUBRIC,
  readJson,
  readJsonl,
  scoreWith,
  TEST_API_KEY,
  TRANSCRIPTS,
  workDir,
} from './helpers.ts';

let server: FakeOpenAI | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const FOUR = [
  '01-backend-senior-alex-rivera.txt',
  '02-platform-staff-priya-raman.md',
  '09-backend-senior-hannah-schmidt.json',
  '13-distributed-senior-lena-fischer.srt',
].map((f) => join(TRANSCRIPTS, f));

describe('score --judge openai against a faulty endpoint', () => {
  it('completes a few hundred calls under a fault mix; counts agree with the server; the key is nowhere', async () => {
    server = await startFakeOpenAI({
      seed: 7,
      faults: {
        rateLimited: 0.1,
        serverError: 0.05,
        hang: 0.02,
        malformed: 0.05,
        retryAfterMs: 150,
        latencyMs: [2, 15],
      },
    });
    const dir = workDir({ timeoutMs: 400, maxRetries: 8 });
    const out = join(dir, 'run');
    const { code, stderr } = await scoreWith(server.baseUrl, dir, [
      TRANSCRIPTS,
      '--rubric',
      RUBRIC,
      '--out',
      out,
      '--judge',
      'openai',
      '--samples',
      '3',
      '--concurrency',
      '4',
    ]);
    expect(code, stderr).toBe(0);

    const summary = readJson<Summary>(join(out, 'summary.json'));
    const items = readJsonl<ItemResult>(join(out, 'results.jsonl'));
    const calls = readJsonl<CallRecord>(join(out, 'calls.jsonl'));
    expect(summary.llm.calls).toBeGreaterThanOrEqual(200);
    expect(server.maxInFlight).toBeLessThanOrEqual(4);

    // Every item is scored (with a rating) or not asked, or in review with a reason.
    for (const item of items) {
      if (item.status === 'scored') expect(item.rating).not.toBeNull();
      else if (item.status === 'failed') expect(item.reviewReasons.length).toBeGreaterThan(0);
      if (item.needsReview) expect(item.reviewReasons.length).toBeGreaterThan(0);
    }
    // An item whose every verdict was invalid is never scored.
    for (const item of items.filter(
      (i) => i.verdicts.length > 0 && i.verdicts.every((v) => v.outcome !== 'ok'),
    )) {
      expect(item.rating).toBeNull();
      expect(item.reviewReasons.some((r) => r === 'judge_output_invalid' || r === 'judge_failed')).toBe(true);
    }

    // The run's own counters agree with what the server saw.
    const requests = server.log.length;
    expect(calls.reduce((n, c) => n + c.attempts, 0)).toBe(requests);
    expect(summary.llm.calls + summary.llm.retries + summary.llm.repairs).toBe(requests);
    expect(summary.llm.rateLimited).toBe(server.log.filter((e) => e.status === 429).length);
    expect(summary.llm.timeouts).toBe(server.log.filter((e) => e.kind === 'hang').length);

    // After a 429 with Retry-After, no new request (for this item or any other: the pause is the
    // endpoint's) reaches the server until the wait is over. The limited call's own retry (the
    // same body) waits the whole pause; other samples of its item are other calls. Requests the
    // client had already dispatched before it read the 429 (at most the other `--concurrency` − 1
    // calls) may still arrive inside it: within 50 ms usually, later
    // on a loaded machine (a fresh clone's CI saw two arrive 60 ms after the very first 429, while
    // the run's first sockets were still connecting). More than that would be new requests.
    for (const limited of server.log.filter((e) => e.status === 429)) {
      const answered = limited.respondedAt ?? 0;
      const inPause = server.log.filter((e) => e.receivedAt > answered && e.receivedAt < answered + 145);
      expect(
        inPause.filter((e) => e.bodyHash === limited.bodyHash),
        `the retry of #${limited.seq} inside its Retry-After`,
      ).toEqual([]);
      const late = inPause.filter((e) => e.receivedAt > answered + 50);
      expect(late.length, `requests inside the Retry-After of #${limited.seq}`).toBeLessThanOrEqual(3);
    }

    // The API key appears in no file the run wrote.
    for (const { file, text } of allFileTexts(out)) expect(text.includes(TEST_API_KEY), file).toBe(false);
  });

  it('fails closed on malformed output: judge_output_invalid in review, exit 3, and --resume re-asks only those', async () => {
    // Half the items get malformed output (twice: the re-ask too), the others a valid verdict.
    const broken = (item: string) => Number.parseInt(item.slice(-1), 16) % 2 === 0;
    server = await startFakeOpenAI({
      policy: ({ info }) =>
        broken(info.item) ? { kind: 'content', content: '{"findings": [' } : { kind: 'verdict' },
    });
    const dir = workDir();
    const out = join(dir, 'run');
    const { code, stdout, stderr } = await scoreWith(server.baseUrl, dir, [
      FOUR[0] ?? '',
      '--rubric',
      RUBRIC,
      '--out',
      out,
      '--judge',
      'openai',
    ]);
    expect(code, stderr).toBe(3);
    const judged = readJsonl<ItemResult>(join(out, 'results.jsonl')).filter(
      (i) => i.alignment.status !== 'not_asked',
    );
    const bad = judged.filter((i) => i.status === 'failed');
    expect(bad.length).toBeGreaterThan(0);
    expect(bad.length).toBeLessThan(judged.length);
    for (const item of bad) {
      expect(item.rating).toBeNull();
      expect(item.needsReview).toBe(true);
      expect(item.reviewReasons).toContain('judge_output_invalid');
    }
    // One request plus one repair request per invalid call; one request per valid one.
    expect(server.log.length).toBe(bad.length * 2 + (judged.length - bad.length));
    const summary = readJson<Summary>(join(out, 'summary.json'));
    expect(summary.status).toBe('incomplete');
    expect(summary.items.failed).toBe(bad.length);
    expect(summary.llm).toMatchObject({ invalid: bad.length, failures: bad.length, repairs: bad.length });
    expect(stdout).toContain(`${bad.length} without a usable verdict`);
    expect(stderr).toContain(`${bad.length} of ${judged.length} asked items have no usable verdict`);
    expect(stderr).toMatch(/returned no valid verdict after a re-ask.*--resume/);
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('To finish this run');
    expect(readJson<{ status: string }>(join(out, 'run.json')).status).toBe('incomplete');

    // Resume unchanged: only the invalid calls are asked again; the hint now says resuming alone won't do.
    const asked = server.log.length;
    const again = await scoreWith(server.baseUrl, dir, ['--resume', out]);
    expect(again.code).toBe(3);
    expect(server.log.length - asked).toBe(bad.length * 2);
    expect(again.stderr).toMatch(/still returned no valid verdict after resuming/);

    // The model is fixed: resume finishes the run, repeating no call that had a valid verdict.
    server.setPolicy(() => ({ kind: 'verdict' }));
    const before = server.log.length;
    const fixed = await scoreWith(server.baseUrl, dir, ['--resume', out]);
    expect(fixed.code, fixed.stderr).toBe(0);
    expect(server.log.length - before).toBe(bad.length);
    expect(server.log.slice(before).every((e) => bad.some((b) => e.item.startsWith(`${b.question}#`)))).toBe(
      true,
    );
    expect(readJson<Summary>(join(out, 'summary.json')).status).toBe('complete');
  });

  it('opens the circuit during an outage, exits 3 with the work saved, and --resume completes the run', async () => {
    server = await startFakeOpenAI({ policy: () => ({ kind: 'verdict', rating: 3 }) });
    server.setOutage(true);
    const dir = workDir({ breakerThreshold: 3, maxRetries: 1 });
    const out = join(dir, 'run');
    const first = await scoreWith(server.baseUrl, dir, [
      ...FOUR,
      '--rubric',
      RUBRIC,
      '--out',
      out,
      '--judge',
      'openai',
      '--concurrency',
      '2',
    ]);
    expect(first.code).toBe(3);
    expect(first.stderr).toMatch(/circuit_open/);
    const manifest = readJson<{ status: string; incompleteReasons: string[] }>(join(out, 'run.json'));
    expect(manifest.status).toBe('incomplete');
    expect(readJson<Summary>(join(out, 'summary.json')).status).toBe('incomplete');
    // Fail-fast while open: far fewer requests than jobs reached the dead endpoint.
    const duringOutage = server.log.length;

    server.setOutage(false);
    const second = await scoreWith(server.baseUrl, dir, ['--resume', out]);
    expect(second.code, second.stderr).toBe(0);
    const summary = readJson<Summary>(join(out, 'summary.json'));
    expect(summary.status).toBe('complete');
    expect(summary.items.failed).toBe(0);
    const after = server.log.slice(duringOutage);
    expect(after.every((e) => e.status === 200)).toBe(true);
    expect(new Set(after.map((e) => e.bodyHash)).size).toBe(after.length);
  });

  it('flags a split jury as judge_disagreement and reports the agreement statistic', async () => {
    server = await startFakeOpenAI({ rate: (info) => (info.model === 'model-a' ? 4 : 1) });
    const dir = workDir();
    const out = join(dir, 'run');
    const { code } = await scoreWith(server.baseUrl, dir, [
      FOUR[0] ?? '',
      '--rubric',
      RUBRIC,
      '--out',
      out,
      '--judge',
      'openai',
      '--model',
      'model-a,model-b',
    ]);
    expect(code).toBe(0);
    const scored = readJsonl<ItemResult>(join(out, 'results.jsonl')).filter((i) => i.status === 'scored');
    expect(scored.length).toBeGreaterThan(0);
    for (const item of scored) {
      expect(item.verdicts).toHaveLength(2);
      expect(item.ratingSpread).toBe(3);
      expect(item.reviewReasons).toContain('judge_disagreement');
    }
    const summary = readJson<Summary>(join(out, 'summary.json'));
    expect(summary.judges.count).toBe(2);
    expect(summary.judges.agreement.krippendorffAlphaOrdinal).not.toBeNull();
    expect(summary.judges.agreement.krippendorffAlphaOrdinal ?? 1).toBeLessThan(0);
  });

  it('continues with the rest of the jury when one model fails entirely', async () => {
    server = await startFakeOpenAI({
      policy: ({ info }) =>
        info.model === 'dead-model'
          ? { kind: 'error', status: 503 }
          : { kind: 'verdict', rating: 3, pin: { injectionSuspected: false } },
    });
    const dir = workDir({ maxRetries: 1, breakerThreshold: 2 });
    const out = join(dir, 'run');
    const { code } = await scoreWith(server.baseUrl, dir, [
      FOUR[0] ?? '',
      '--rubric',
      RUBRIC,
      '--out',
      out,
      '--judge',
      'openai',
      '--model',
      'good-model,dead-model',
    ]);
    expect(code).toBe(3);
    const scored = readJsonl<ItemResult>(join(out, 'results.jsonl')).filter(
      (i) => i.alignment.status !== 'not_asked',
    );
    for (const item of scored) {
      expect(item.status).toBe('scored');
      expect(item.rating).toBe(3);
      expect(item.reviewReasons).toContain('panel_reduced');
    }
  });

  it('reuses the shared cache across runs: no second paid call for identical requests', async () => {
    server = await startFakeOpenAI();
    const dir = workDir();
    const args = [FOUR[1] ?? '', '--rubric', RUBRIC, '--judge', 'openai'];
    expect((await scoreWith(server.baseUrl, dir, [...args, '--out', join(dir, 'a')])).code).toBe(0);
    const paid = server.log.length;
    expect((await scoreWith(server.baseUrl, dir, [...args, '--out', join(dir, 'b')])).code).toBe(0);
    expect(server.log.length).toBe(paid);
    const summary = readJson<Summary>(join(dir, 'b', 'summary.json'));
    expect(summary.llm.cacheHits).toBe(paid);
    expect(summary.llm.calls).toBe(0);
    // --no-cache neither reads nor writes it.
    expect(
      (await scoreWith(server.baseUrl, dir, [...args, '--out', join(dir, 'c'), '--no-cache'])).code,
    ).toBe(0);
    expect(server.log.length).toBe(paid * 2);
  });

  it('stops at --budget-usd with exit 3, and --resume with a larger budget finishes', async () => {
    server = await startFakeOpenAI();
    const dir = workDir({ prices: { 'gpt-4o-mini': { input: 1000, cachedInput: 1000, output: 1000 } } });
    const out = join(dir, 'run');
    const first = await scoreWith(server.baseUrl, dir, [
      FOUR[0] ?? '',
      '--rubric',
      RUBRIC,
      '--out',
      out,
      '--judge',
      'openai',
      '--model',
      'gpt-4o-mini',
      '--budget-usd',
      '2',
      '--concurrency',
      '1',
    ]);
    expect(first.code).toBe(3);
    const manifest = readJson<{ incompleteReasons: string[] }>(join(out, 'run.json'));
    expect(manifest.incompleteReasons).toContain('budget_reached');
    // Each call's estimated cost is reserved before it is sent: the budget is not overshot.
    const spent = readJson<Summary>(join(out, 'summary.json')).llm.costUsd;
    expect(spent).toBeGreaterThan(0);
    expect(spent).toBeLessThanOrEqual(2);
    expect(first.stderr).toMatch(/--budget-usd limit \(\$2\.00\) was reached.*--budget-usd \d+/);
    const before = server.log.length;
    const second = await scoreWith(server.baseUrl, dir, ['--resume', out, '--budget-usd', '1000']);
    expect(second.code, second.stderr).toBe(0);
    expect(new Set(server.log.map((e) => e.bodyHash)).size).toBe(server.log.length);
    expect(server.log.length).toBeGreaterThan(before);
  });

  it('redacts candidate PII before the remote call and restores it in the local report', async () => {
    const answers: string[] = [];
    server = await startFakeOpenAI({
      policy: ({ info, body }) => {
        // The whole user message: the question, the flags and the delimited answer.
        answers.push(
          info.messages
            .filter((m) => m.role === 'user')
            .map((m) => m.content)
            .join('\n'),
        );
        // A model that quotes the (redacted) answer's opening words as evidence for every flag.
        const schema = requestedSchema(body)?.schema ?? {};
        const quote = (info.answer ?? '').split(/\s+/).slice(0, 6).join(' ');
        const verdict = generateFromSchema(schema, {
          random: createPrng(1),
          words: info.words,
          pin: { rating: 3, injectionSuspected: false },
        }) as { findings: Record<string, { evidence: string[] }> };
        for (const finding of Object.values(verdict.findings)) finding.evidence = [quote];
        return { kind: 'content', content: JSON.stringify(verdict) };
      },
    });
    const dir = workDir();
    const transcript = {
      metadata: { candidate: 'Zelda Quist', interviewer: 'Mark Ode' },
      turns: [
        {
          speaker: 'Mark Ode',
          text: 'When integrating with external APIs, how do you design for latency, rate limits and partial failures?',
        },
        {
          speaker: 'Zelda Quist',
          text: 'Zelda here. We wrapped every call with timeouts and retries with exponential backoff, and a circuit breaker. Reach me at zelda.quist@example.com or +1 415 555 0132.',
        },
        { speaker: 'Mark Ode', text: 'Thanks Zelda, that is all.' },
      ],
    };
    writeFileSync(join(dir, 'zelda.json'), JSON.stringify(transcript));
    const out = join(dir, 'run');
    const { code, stderr } = await scoreWith(server.baseUrl, dir, [
      'zelda.json',
      '--rubric',
      RUBRIC,
      '--out',
      out,
      '--judge',
      'openai',
    ]);
    expect(code, stderr).toBe(0);
    expect(answers.length).toBeGreaterThan(0);
    for (const answer of answers) {
      expect(answer).not.toMatch(/Zelda|Quist|zelda\.quist@example\.com|555 0132/);
      expect(answer).toContain('[PERSON_');
      expect(answer).toContain('[EMAIL_');
    }
    const q5 = readJsonl<ItemResult>(join(out, 'results.jsonl')).find((i) => i.question === 'q5');
    const quotes = q5?.findings.flatMap((f) => f.evidence) ?? [];
    expect(quotes.some((e) => e.quote.startsWith('Zelda here.') && e.verified)).toBe(true);
  });

  it('with --judge openai,heuristic the heuristic cross-checks without voting', async () => {
    // An LLM that finds every green flag and no red flag, quoting the answer's opening words: its
    // findings give the top rating by the rubric's rule, whatever the run's nonce. (A generated
    // verdict pinned to 4 has random findings, so the item's rating and the test varied per run.)
    server = await startFakeOpenAI({
      policy: ({ body, info }) => {
        const requested = requestedSchema(body);
        const properties = requested?.schema.properties as
          | Record<string, { properties?: object }>
          | undefined;
        const ids = Object.keys(properties?.findings?.properties ?? {});
        const quote = (info.answer ?? '').trim().split(/\s+/).slice(0, 4).join(' ');
        const findings = Object.fromEntries(
          ids.map((id) =>
            id.includes('.g')
              ? [id, { evidence: [quote], status: 'present' }]
              : [id, { evidence: [], status: 'absent' }],
          ),
        );
        const verdict = {
          findings,
          injectionSuspected: false,
          rationale: 'Every green flag is shown.',
          rating: 4,
        };
        return { kind: 'content', content: JSON.stringify(verdict) };
      },
    });
    const dir = workDir();
    const out = join(dir, 'run');
    const { code } = await scoreWith(server.baseUrl, dir, [
      FOUR[2] ?? '',
      '--rubric',
      RUBRIC,
      '--out',
      out,
      '--judge',
      'openai,heuristic',
    ]);
    expect(code).toBe(0);
    const scored = readJsonl<ItemResult>(join(out, 'results.jsonl')).filter((i) => i.status === 'scored');
    for (const item of scored) {
      expect(item.verdicts.map((v) => v.judge).sort()).toEqual(['heuristic', 'openai:gpt-4o-mini']);
      const heuristic = item.verdicts.find((v) => v.judge === 'heuristic');
      const far = heuristic?.outcome === 'ok' && Math.abs(heuristic.body.rating - (item.rating ?? 0)) >= 2;
      expect(item.reviewReasons.includes('crosscheck_disagreement')).toBe(far);
    }
    expect(scored.some((i) => i.reviewReasons.includes('crosscheck_disagreement'))).toBe(true);
    expect(readJson<{ judge: { crossCheck: boolean } }>(join(out, 'run.json')).judge.crossCheck).toBe(true);
  });
});
