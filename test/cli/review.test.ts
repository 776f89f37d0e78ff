import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ItemResult } from '../../src/aggregate/schema.ts';
import { runCli } from '../../src/cli/program.ts';
import { orderReviewQueue } from '../../src/report/order-review-queue.ts';
import { cli, scoreBundledOffline, tempDir } from './run-cli.ts';

let source = '';
let queue: ItemResult[] = [];
let hashes: Record<string, string> = {};

/** A fresh copy of the scored run, so tests never see each other's decisions. */
function copyRun(): string {
  const dir = join(tempDir('rubricate-review-'), 'run');
  cpSync(source, dir, { recursive: true });
  return dir;
}

/** sha256 of every file in a folder: to prove that nothing was written. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir).map((name) => [
      name,
      createHash('sha256')
        .update(readFileSync(join(dir, name)))
        .digest('hex'),
    ]),
  );
}

const at = '2025-03-01T10:00:00.000Z';
const jsonl = (lines: readonly object[]) => lines.map((line) => `${JSON.stringify(line)}\n`).join('');

beforeAll(async () => {
  source = join(tempDir('rubricate-review-src-'), 'run');
  const scored = await scoreBundledOffline(source);
  expect(scored.code, scored.stderr).toBe(0);
  const items = readFileSync(join(source, 'results.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as ItemResult);
  queue = orderReviewQueue(items);
  hashes = Object.fromEntries(
    (
      JSON.parse(readFileSync(join(source, 'rubric.json'), 'utf8')).questions as {
        id: string;
        hash: string;
      }[]
    ).map((q) => [q.id, q.hash]),
  );
  expect(queue.length).toBeGreaterThanOrEqual(4);
}, 60_000);

describe('rubricate review apply', () => {
  it('writes reviewed.jsonl, counts in summary.json and re-renders every report; results.jsonl untouched', async () => {
    const dir = copyRun();
    const results = snapshot(dir)['results.jsonl'];
    const [first, second, third] = queue;
    if (!first || !second || !third) throw new Error('queue too short');
    const file = join(dir, 'decisions.jsonl');
    writeFileSync(
      file,
      jsonl([
        {
          item: first.key,
          decision: 'rate',
          rating: 2,
          reviewer: 'Ann',
          at,
          questionHash: hashes[first.question],
        },
        { item: second.key, decision: 'not_asked', reviewer: 'Ann', note: 'never asked <b>really</b>', at },
        { item: first.key, decision: 'rate', rating: 4, reviewer: 'Bo', at },
      ]),
    );
    const { code, stdout, stderr } = await cli(['review', 'apply', dir, file]);
    expect(code, stderr).toBe(0);
    expect(stdout).toContain(`applied 3 decision(s): 2 item(s) reviewed, ${queue.length - 2} still pending`);
    const reviewed = readFileSync(join(dir, 'reviewed.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(reviewed).toEqual([
      { key: first.key, finalRating: 4, decision: 'rate', reviewer: 'Bo', note: null, at },
      {
        key: second.key,
        finalRating: null,
        decision: 'not_asked',
        reviewer: 'Ann',
        note: 'never asked <b>really</b>',
        at,
      },
    ]);
    expect(Object.keys(reviewed[0])).toEqual(['key', 'finalRating', 'decision', 'reviewer', 'note', 'at']);
    expect(snapshot(dir)['results.jsonl']).toBe(results);
    expect(JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')).review).toEqual({
      decided: 2,
      pending: queue.length - 2,
    });
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(html).toContain('✓ reviewed: rated 4 strong');
    expect(html).toContain('never asked &lt;b&gt;really&lt;/b&gt;');
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toContain('**Reviewed:** ✅ rated 4 strong by Bo');
    expect(readFileSync(join(dir, 'results.csv'), 'utf8')).toMatch(/,rate,4\r?\n/);
    const junit = readFileSync(join(dir, 'junit.xml'), 'utf8');
    expect(junit).toMatch(new RegExp(`<testsuites name="[^"]+" tests="\\d+" failures="${queue.length - 2}"`));

    // A second file merges into reviewed.jsonl: a later decision replaces the earlier one.
    writeFileSync(
      file,
      jsonl([
        { item: first.key, decision: 'accept', reviewer: 'Cy', at },
        { item: third.key, decision: 'mislocated', reviewer: 'Cy', at },
      ]),
    );
    expect((await cli(['review', 'apply', dir, file])).code).toBe(0);
    const merged = readFileSync(join(dir, 'reviewed.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(merged.map((e) => [e.key, e.decision, e.finalRating])).toEqual([
      [first.key, 'accept', first.rating],
      [second.key, 'not_asked', null],
      [third.key, 'mislocated', null],
    ]);
  });

  it('refuses a file with any bad line, naming every line, and writes nothing', async () => {
    const dir = copyRun();
    const [first] = queue;
    if (!first) throw new Error('queue empty');
    const file = join(tempDir(), 'decisions.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({ item: first.key, decision: 'accept', reviewer: 'Ann', at }),
        JSON.stringify({ item: 'nobody#q1', decision: 'accept', reviewer: 'Ann', at }),
        JSON.stringify({ item: first.key, decision: 'rate', rating: 5, reviewer: 'Ann', at }),
        JSON.stringify({
          item: first.key,
          decision: 'accept',
          reviewer: 'Ann',
          at,
          questionHash: 'feedfacefeedface',
        }),
        '{"item": "torn',
        '',
      ].join('\n'),
    );
    const before = snapshot(dir);
    const { code, stderr } = await cli(['review', 'apply', dir, file]);
    expect(code).toBe(2);
    expect(stderr).toContain(`${file}:2: unknown item \`nobody#q1\``);
    expect(stderr).toContain(`${file}:3: rating 5 is off the rubric's scale 1–4`);
    expect(stderr).toMatch(new RegExp(`${file}:4: stale decision`));
    expect(stderr).toContain(`${file}:5: expected one JSON object per line`);
    expect(stderr).toContain('4 problem(s)');
    expect(snapshot(dir)).toEqual(before);
    expect(existsSync(join(dir, 'reviewed.jsonl'))).toBe(false);
  });

  it('--to-suite appends labels; a conflicting label stops everything unless --force', async () => {
    const dir = copyRun();
    const [first, second, third] = queue;
    if (!first || !second || !third) throw new Error('queue too short');
    const suite = tempDir('rubricate-suite-');
    const transcriptFile = (item: ItemResult) => item.transcriptPath.split('/').pop();
    writeFileSync(
      join(suite, 'labels.csv'),
      `transcript,question,rating\n${transcriptFile(first)},${first.question},1\n`,
    );
    const file = join(dir, 'decisions.jsonl');
    writeFileSync(
      file,
      jsonl([
        { item: first.key, decision: 'rate', rating: 3, reviewer: 'Ann', at },
        { item: second.key, decision: 'not_asked', reviewer: 'Ann', at },
        { item: third.key, decision: 'mislocated', reviewer: 'Ann', at },
      ]),
    );
    const before = snapshot(dir);
    const refused = await cli(['review', 'apply', dir, file, '--to-suite', suite]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${file}:1: ${join(suite, 'labels.csv')}:2 already labels`);
    expect(snapshot(dir)).toEqual(before);
    expect(readFileSync(join(suite, 'labels.csv'), 'utf8')).toBe(
      `transcript,question,rating\n${transcriptFile(first)},${first.question},1\n`,
    );

    const forced = await cli(['review', 'apply', dir, file, '--to-suite', suite, '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stdout).toContain(
      '1 added, 1 replaced, 0 already there, 1 mis-located (no rating to label)',
    );
    expect(readFileSync(join(suite, 'labels.csv'), 'utf8')).toBe(
      `transcript,question,rating\n${transcriptFile(first)},${first.question},3\n${transcriptFile(second)},${second.question},not_asked\n`,
    );
  });

  it('`report` re-renders with reviewed.jsonl, and `calibrate --run` uses the final ratings', async () => {
    const dir = copyRun();
    const rated = queue.filter((item) => item.interviewerRating !== null && item.rating !== null);
    const target = rated[0];
    if (!target || target.interviewerRating === null) throw new Error('no item with an interviewer rating');
    const file = join(dir, 'decisions.jsonl');
    // The reviewer sides with the interviewer.
    writeFileSync(
      file,
      jsonl([{ item: target.key, decision: 'rate', rating: target.interviewerRating, reviewer: 'Ann', at }]),
    );
    const before = await cli(['calibrate', '--run', dir, '--json']);
    expect((await cli(['review', 'apply', dir, file])).code).toBe(0);
    writeFileSync(join(dir, 'report.html'), 'stale');
    expect((await cli(['report', dir, '--format', 'html'])).code).toBe(0);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toContain('✓ reviewed: rated');
    const after = await cli(['calibrate', '--run', dir, '--json']);
    expect(after.code, after.stderr).toBe(0);
    const report = JSON.parse(after.stdout);
    expect(report.reviewedItems).toBe(1);
    expect(JSON.parse(before.stdout).reviewedItems).toBe(0);
    const pairBefore = JSON.parse(before.stdout).pairs.find((p: { a: string }) => p.a !== 'rubricate');
    expect(pairBefore).toBeDefined();
    // The interviewer's mean bias moves towards 0 by (interviewer − judges) / n on the reviewed item.
    const sumBias = (r: { interviewers: { n: number; meanBias: number }[] }) =>
      r.interviewers.reduce((sum, i) => sum + i.n * i.meanBias, 0);
    expect(sumBias(report)).toBeCloseTo(
      sumBias(JSON.parse(before.stdout)) - (target.interviewerRating - (target.rating ?? 0)),
      9,
    );
  });
});

describe('rubricate review <run-dir> (terminal)', () => {
  it('walks the queue with scripted input, appends as it goes, and resumes where it stopped', async () => {
    const dir = copyRun();
    const run = async (answers: string[], args: string[] = []) => {
      const queued = [...answers];
      let stdout = '';
      const code = await runCli(['review', dir, ...args], {
        cwd: process.cwd(),
        env: {},
        stdout: (t) => {
          stdout += t;
        },
        stderr: () => {},
        isTTY: false,
        homedir: tempDir('home-'),
        openLineReader: () => ({ readLine: async () => queued.shift() ?? null, close: () => {} }),
      });
      return { code, stdout };
    };
    const first = await run(['Ann', 'a', '2', 'q']);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('2 decision(s) saved to');
    const lines = readFileSync(join(dir, 'decisions.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.item, l.decision])).toEqual([
      [queue[0]?.key, 'accept'],
      [queue[1]?.key, 'rate'],
    ]);
    const second = await run(['n'], ['--reviewer', 'Bo']);
    expect(second.stdout).toContain(`${queue.length} item(s) in the review queue, 2 already decided`);
    const all = readFileSync(join(dir, 'decisions.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(all[2]).toMatchObject({ item: queue[2]?.key, decision: 'not_asked', reviewer: 'Bo' });
    // What the terminal wrote is exactly what `apply` accepts.
    expect((await cli(['review', 'apply', dir, join(dir, 'decisions.jsonl')])).code).toBe(0);
  });
});
