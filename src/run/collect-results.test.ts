import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURE_REPORT } from '../../test/report/fixture.ts';
import type { ItemResult } from '../aggregate/schema.ts';
import { toItemRow } from '../report/item-row.ts';
import { createResultCollector } from './collect-results.ts';
import { createSummaryBuilder } from './summarize-run.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Three "transcripts" of two items each, from the fixture's items. */
const transcripts: ItemResult[][] = [0, 1, 2].map((t) =>
  [0, 1].map((q) => {
    const item = FIXTURE_REPORT.items[(t * 2 + q) % FIXTURE_REPORT.items.length] as ItemResult;
    return { ...item, key: `t${t}#q${q}`, transcript: `t${t}` };
  }),
);

function collector() {
  const dir = mkdtempSync(join(tmpdir(), 'rubricate-collect-'));
  dirs.push(dir);
  const paths = { results: join(dir, 'results.jsonl'), rows: join(dir, 'rows.partial') };
  const summary = createSummaryBuilder({ rubric: FIXTURE_REPORT.rubric, crossCheckJudges: [] });
  return {
    dir,
    paths,
    collector: createResultCollector({ path: paths.results, rowsPath: paths.rows, questions: 2, summary }),
  };
}

describe('createResultCollector', () => {
  it('writes results and report rows in run order whatever order transcripts finish in', () => {
    const { dir, paths, collector: c } = collector();
    c.add(2, transcripts[2] ?? []);
    c.add(0, transcripts[0] ?? []);
    expect(c.backlogBytes()).toBeGreaterThan(0);
    c.add(1, transcripts[1] ?? []);
    expect(c.backlogBytes()).toBe(0);
    const collected = c.finish();
    const all = transcripts.flat();
    const lines = readFileSync(paths.results, 'utf8').trim().split('\n');
    expect(lines.map((line) => (JSON.parse(line) as ItemResult).key)).toEqual(all.map((item) => item.key));
    expect([...collected.rows]).toEqual(all.map(toItemRow));
    // Again: the rows are read from disk on every pass.
    expect([...collected.rows]).toHaveLength(all.length);
    c.release();
    expect(readdirSync(dir)).toEqual(['results.jsonl']);
  });

  it('leaves neither the partial results nor the rows behind when the run fails', () => {
    const { dir, paths, collector: c } = collector();
    c.add(0, transcripts[0] ?? []);
    c.abandon();
    expect(existsSync(paths.rows)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});
