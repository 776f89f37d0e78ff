import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIXTURE_REPORT } from '../../test/report/fixture.ts';
import type { ItemResult } from '../aggregate/schema.ts';
import { groupByTranscript } from './describe.ts';
import { type ItemRow, toItemRow } from './item-row.ts';
import { fitBlocks } from './md/fit-blocks.ts';
import { renderBreakdownBlocks } from './md/render-breakdown.ts';
import { orderReviewQueue } from './order-review-queue.ts';
import { RENDERERS } from './registry.ts';
import { countRows, findQueueHead, groupRowsByTranscript } from './row-passes.ts';
import type { Report } from './schema.ts';
import { selectDetails } from './select-details.ts';

const base = FIXTURE_REPORT.items[0] as ItemResult;
function makeItems(specs: ReadonlyArray<{ t: number; review: boolean; priority: number }>): ItemResult[] {
  return specs.map((spec, i) => ({
    ...base,
    key: `t${spec.t}#q${i}`,
    transcript: `t${spec.t}`,
    needsReview: spec.review,
    reviewReasons: spec.review ? ['judge_disagreement'] : [],
    reviewPriority: spec.review ? spec.priority : 0,
  }));
}

/** Rows that can only be gone over, as `score` hands them out from disk, counting the passes. */
function passesOnly(rows: readonly ItemRow[]): Iterable<ItemRow> & { passes: number } {
  const source = {
    passes: 0,
    *[Symbol.iterator]() {
      source.passes += 1;
      for (const row of rows) yield row;
    },
  };
  return source;
}

const spec = fc.record({
  t: fc.integer({ min: 0, max: 6 }),
  review: fc.boolean(),
  priority: fc.integer({ min: 0, max: 4 }),
});

describe('groupRowsByTranscript', () => {
  it('groups as groupByTranscript does, whether or not each transcript’s rows are together', () => {
    fc.assert(
      fc.property(fc.array(spec, { maxLength: 40 }), fc.boolean(), (specs, sorted) => {
        const ordered = sorted ? [...specs].sort((a, b) => a.t - b.t) : specs;
        const rows = makeItems(ordered).map(toItemRow);
        expect([...groupRowsByTranscript(passesOnly(rows))]).toEqual([...groupByTranscript(rows)]);
      }),
    );
  });
});

describe('findQueueHead', () => {
  it('is the queue in order as far as the report holds its items in full', () => {
    fc.assert(
      fc.property(fc.array(spec, { maxLength: 40 }), fc.nat(6), fc.nat(6), (specs, queue, other) => {
        const items = makeItems(specs);
        const report: Report = {
          ...FIXTURE_REPORT,
          rows: passesOnly(items.map(toItemRow)),
          items: selectDetails(items, { queue, other }),
        };
        const details = new Map(report.items.map((item) => [item.key, item]));
        const expected: ItemResult[] = [];
        for (const row of orderReviewQueue(items)) {
          const item = details.get(row.key);
          if (item === undefined) break;
          expected.push(item);
        }
        const head = findQueueHead(report);
        expect(head.shown).toEqual(expected);
        expect(head.total).toBe(countRows(items.map(toItemRow), (row) => row.needsReview));
      }),
    );
  });
});

describe('renderers over rows read a pass at a time', () => {
  // Ten transcripts of three questions, with interviewer ratings (the calibration section).
  const items = makeItems(
    Array.from({ length: 30 }, (_, i) => ({ t: Math.floor(i / 3), review: i % 4 === 0, priority: i % 5 })),
  ).map((item, i) => ({
    ...item,
    question: `q${(i % 3) + 1}`,
    key: `${item.transcript}#q${(i % 3) + 1}`,
    interviewerRating: (i % 4) + 1,
  }));
  const rows = items.map(toItemRow);
  const inMemory: Report = { ...FIXTURE_REPORT, rows, items: selectDetails(items, { queue: 3, other: 4 }) };

  it('give the same files as rows in an array, and their pieces join into `render`', () => {
    for (const renderer of RENDERERS.values()) {
      const source = passesOnly(rows);
      const streamed = [...renderer.chunks({ ...inMemory, rows: source })].join('');
      expect(streamed).toBe(renderer.render(inMemory));
      // A handful of passes, whatever the number of rows.
      expect(source.passes).toBeLessThanOrEqual(8);
    }
    expect(RENDERERS.get('html')?.render(inMemory)).toContain('<section id="calibration"');
  });
});

describe('the Markdown breakdown of a big run', () => {
  it('leaves out a question whose table passes the limit instead of building it', () => {
    const many = makeItems(Array.from({ length: 200 }, (_, t) => ({ t, review: false, priority: 0 }))).map(
      (item) => ({ ...item, question: 'q1' }),
    );
    const report: Report = { ...FIXTURE_REPORT, rows: many.map(toItemRow), items: [] };
    const full = renderBreakdownBlocks(report);
    const capped = renderBreakdownBlocks(report, 2_000);
    expect((full[0] ?? '').length).toBeGreaterThan(2_000);
    expect(capped[0]).toBeNull();
    expect(capped.slice(1)).toEqual(full.slice(1));
    const note = (n: number) => `(${n} omitted)`;
    expect(fitBlocks(capped, 2_000, note)).toEqual(fitBlocks(full, 2_000, note));
  });
});
