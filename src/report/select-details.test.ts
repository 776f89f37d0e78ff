import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIXTURE_REPORT } from '../../test/report/fixture.ts';
import type { ItemResult } from '../aggregate/schema.ts';
import { toItemRow } from './item-row.ts';
import { orderReviewQueue } from './order-review-queue.ts';
import { renderReports, withRows } from './registry.ts';
import { renderHtml } from './render-html.ts';
import { renderMarkdown } from './render-md.ts';
import { createDetailKeeper, selectDetails } from './select-details.ts';

const base = FIXTURE_REPORT.items[0] as ItemResult;
/** `n` items of one template, their review flags and priorities drawn by the caller. */
function makeItems(specs: ReadonlyArray<{ review: boolean; priority: number }>): ItemResult[] {
  return specs.map((spec, i) => ({
    ...base,
    key: `t${String(i).padStart(4, '0')}#q1`,
    transcript: `t${String(i).padStart(4, '0')}`,
    needsReview: spec.review,
    reviewReasons: spec.review ? ['judge_disagreement'] : [],
    reviewNotes: spec.review ? ['judges disagree'] : [],
    reviewPriority: spec.review ? spec.priority : 0,
  }));
}

describe('selectDetails', () => {
  it('keeps the head of the review queue and the first other items, in run order, however they arrive', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ review: fc.boolean(), priority: fc.integer({ min: 0, max: 5 }) }), {
          maxLength: 60,
        }),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 0, max: 10 }),
        (specs, queue, other) => {
          const items = makeItems(specs);
          const kept = selectDetails(items, { queue, other }).map((item) => item.key);
          const head = orderReviewQueue(items)
            .slice(0, queue)
            .map((item) => item.key);
          const firstOthers = items
            .filter((item) => !item.needsReview)
            .slice(0, other)
            .map((item) => item.key);
          const wanted = new Set([...head, ...firstOthers]);
          expect(kept).toEqual(items.map((item) => item.key).filter((key) => wanted.has(key)));
        },
      ),
    );
  });

  it('keeps the same items when they arrive out of order with their places', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ review: fc.boolean(), priority: fc.integer({ min: 0, max: 5 }) }), {
          maxLength: 40,
        }),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 0, max: 8 }),
        fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })),
        (specs, queue, other, noise) => {
          const items = makeItems(specs);
          const shuffled = items.map((item, order) => ({ item, order, k: noise.next().value as number }));
          shuffled.sort((a, b) => a.k - b.k);
          const keeper = createDetailKeeper({ queue, other });
          for (const { item, order } of shuffled) keeper.add(item, order);
          expect(keeper.items()).toEqual(selectDetails(items, { queue, other }));
        },
      ),
    );
  });

  it('keeps everything when the run is within the limits', () => {
    const keeper = createDetailKeeper({ queue: 100, other: 100 });
    for (const item of FIXTURE_REPORT.items) keeper.add(item);
    expect(keeper.items()).toEqual(FIXTURE_REPORT.items);
  });
});

describe('reports of a run larger than the detail limits', () => {
  const items = makeItems(
    Array.from({ length: 30 }, (_, i) => ({ review: i % 3 === 0, priority: (i * 7) % 11 })),
  );
  const queue = orderReviewQueue(items);
  const capped = {
    ...FIXTURE_REPORT,
    rows: items.map(toItemRow),
    items: selectDetails(items, { queue: 4, other: 5 }),
  };

  it('say how many items they leave out, and show the most urgent ones in queue order', () => {
    const html = renderHtml(capped);
    expect(html).toContain(`${queue.length - 4} more items in the review queue are not shown in full`);
    expect(html).toContain(`${items.length - queue.length - 5} more items outside the review queue`);
    const shown = [...html.matchAll(/<span class="position">#(\d+)<\/span> ([^<]+)<\/h3>/g)].map((m) => m[2]);
    expect(shown).toEqual(queue.slice(0, 4).map((item) => item.key));
    const md = renderMarkdown(capped);
    expect(md).toContain(`_${queue.length - 4} more items in the review queue;`);
  });

  it('keep every item in the tables (csv, junit) and the same output as the full items would give', () => {
    const full = { ...FIXTURE_REPORT, items };
    const [csvCapped, junitCapped] = renderReports(capped, ['csv', 'junit']);
    const [csvFull, junitFull] = renderReports(full, ['csv', 'junit']);
    expect(csvCapped?.content).toBe(csvFull?.content);
    expect(junitCapped?.content).toBe(junitFull?.content);
    expect(csvFull?.content.trim().split('\n')).toHaveLength(items.length + 1);
  });

  it('render a run within the limits exactly as its full items do', () => {
    const [md, html] = renderReports(FIXTURE_REPORT, ['md', 'html']);
    expect(md?.content).toBe(renderMarkdown(FIXTURE_REPORT));
    expect(html?.content).toBe(renderHtml(FIXTURE_REPORT));
    expect(withRows(FIXTURE_REPORT).items).toEqual(FIXTURE_REPORT.items);
  });
});
