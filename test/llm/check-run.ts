import { join } from 'node:path';
import { expect } from 'vitest';
import type { ItemResult } from '../../src/aggregate/schema.ts';
import type { CallRecord } from '../../src/cache/call-record.ts';
import type { Summary } from '../../src/report/schema.ts';
import { RUBRIC, readJson, readJsonl, scoreWith, TRANSCRIPTS } from './helpers.ts';
import type { RawLogEntry } from './raw-server.ts';

/** A bundled transcript with most of the rubric's questions answered. */
export const ALEX = join(TRANSCRIPTS, '01-backend-senior-alex-rivera.txt');

/** What a finished run left behind, read back for assertions. */
export interface RunOutput {
  readonly code: number;
  readonly stderr: string;
  readonly out: string;
  readonly summary: Summary;
  readonly items: ItemResult[];
  /** Items a judge was asked about (not `not_asked`). */
  readonly judged: ItemResult[];
  readonly calls: CallRecord[];
}

/** Runs `score --judge openai` on `transcripts` against `baseUrl` with short retries. */
export async function runScore(
  baseUrl: string,
  dir: string,
  extra: readonly string[] = [],
  transcripts: readonly string[] = [ALEX],
): Promise<RunOutput> {
  const out = join(dir, 'run');
  const { code, stderr } = await scoreWith(baseUrl, dir, [
    ...transcripts,
    '--rubric',
    RUBRIC,
    '--out',
    out,
    '--judge',
    'openai',
    '--no-cache',
    '--max-retries',
    '2',
    ...extra,
  ]);
  expect(stderr, 'no internal error').not.toMatch(/internal error/i);
  expect([0, 3], stderr).toContain(code);
  const items = readJsonl<ItemResult>(join(out, 'results.jsonl'));
  return {
    code,
    stderr,
    out,
    summary: readJson<Summary>(join(out, 'summary.json')),
    items,
    judged: items.filter((i) => i.alignment.status !== 'not_asked'),
    calls: readJsonl<CallRecord>(join(out, 'calls.jsonl')),
  };
}

/**
 * The invariants every run must keep, whatever the endpoint did: each judged item is scored from
 * a valid verdict or is in review with a reason; nothing is scored without a valid verdict; the
 * counters agree with what the server received.
 */
export function expectSoundRun(run: RunOutput, log: readonly RawLogEntry[]): void {
  expect(run.judged.length).toBeGreaterThan(0);
  for (const item of run.judged) {
    const usable = item.verdicts.filter((v) => v.outcome === 'ok');
    if (item.status === 'scored') {
      expect(item.rating, item.question).not.toBeNull();
      expect(usable.length, `${item.question} scored without a valid verdict`).toBeGreaterThan(0);
    } else {
      expect(item.status).toBe('failed');
      expect(item.rating).toBeNull();
      expect(item.needsReview).toBe(true);
      expect(
        item.reviewReasons.some((r) => r === 'judge_failed' || r === 'judge_output_invalid'),
        `${item.question}: ${item.reviewReasons.join(',')}`,
      ).toBe(true);
    }
  }
  expectCountsMatch(run, log);
}

/** `calls + retries + repairs` = requests received; 429s and our timeouts as the server saw them. */
export function expectCountsMatch(run: RunOutput, log: readonly RawLogEntry[]): void {
  const { llm } = run.summary;
  expect(
    run.calls.reduce((n, c) => n + c.attempts, 0),
    'attempts in calls.jsonl',
  ).toBe(log.length);
  expect(llm.calls + llm.retries + llm.repairs, 'calls + retries + repairs').toBe(log.length);
  expect(llm.rateLimited, 'rateLimited').toBe(log.filter((e) => e.status === 429).length);
  expect(llm.timeouts, 'timeouts').toBe(log.filter((e) => e.end === 'client_closed').length);
}

/** Review reasons of the judged items, each item's list joined, for compact assertions. */
export function reasonsOf(run: RunOutput): string[] {
  return run.judged.map((i) => i.reviewReasons.join(','));
}
