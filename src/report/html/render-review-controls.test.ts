import { describe, expect, it } from 'vitest';
import { FIXTURE_REPORT } from '../../../test/report/fixture.ts';
import { withNastyItem } from '../../../test/report/variants.ts';
import { renderHtml } from '../render-html.ts';
import type { Report } from '../schema.ts';
import { runStorageId } from './render-review-controls.ts';

const reviewed: Report = {
  ...FIXTURE_REPORT,
  reviewed: [
    {
      key: 'bob-okafor#q1',
      finalRating: 3,
      decision: 'rate',
      reviewer: 'Zoë <i>',
      note: 'see "why"',
      at: '2025-01-01T00:00:00Z',
    },
  ],
};

describe('report.html review controls', () => {
  const html = renderHtml(FIXTURE_REPORT);

  it('gives each queued item accept, one button per scale rating, not asked, mis-located and a note', () => {
    const panels = html.match(/<div class="decision" /g) ?? [];
    expect(panels).toHaveLength(FIXTURE_REPORT.summary.items.needsReview);
    for (const rating of [1, 2, 3, 4]) expect(html).toContain(`data-decide="rate" data-rating="${rating}"`);
    expect(html).toContain('data-decide="not_asked"');
    expect(html).toContain('data-decide="mislocated"');
    expect(html).toContain('id="export-decisions"');
    expect(html).toContain(`Decided 0 / ${panels.length}`);
  });

  it('carries the question hash for stale-decision checks and disables accept where there is no rating', () => {
    const q1 = FIXTURE_REPORT.rubric.questions.find((q) => q.id === 'q1');
    expect(html).toContain(`data-key="bob-okafor#q1" data-question-hash="${q1?.hash}"`);
    // bob-okafor#q2 failed: nothing to accept.
    const failed = html.slice(html.indexOf('data-key="bob-okafor#q2"'));
    expect(failed.slice(0, failed.indexOf('</div>'))).toContain('disabled>Nothing to accept</button>');
  });

  it('keys storage by run, so two runs opened from one folder never share decisions', () => {
    const other = {
      ...FIXTURE_REPORT,
      manifest: { ...FIXTURE_REPORT.manifest, startedAt: '2030-01-01T00:00:00Z' },
    };
    expect(runStorageId(FIXTURE_REPORT)).toMatch(/^[0-9a-f]{16}$/);
    expect(runStorageId(other)).not.toBe(runStorageId(FIXTURE_REPORT));
    expect(html).toContain(`data-run="${runStorageId(FIXTURE_REPORT)}"`);
  });

  it('marks applied decisions as reviewed, escaping the reviewer and note', () => {
    const page = renderHtml(reviewed);
    expect(page).toContain('✓ reviewed: rated 3 adequate');
    expect(page).toContain('Reviewed: rated 3 adequate by Zoë &lt;i&gt; · “see &quot;why&quot;” (applied).');
    expect(page).toContain(`Decided 1 / ${FIXTURE_REPORT.summary.items.needsReview}`);
    expect(page).toContain('class="review-marker review-done"');
    expect(page).not.toContain('<i>');
  });

  it('escapes a hostile item key in data attributes', () => {
    const page = renderHtml(withNastyItem());
    expect(page).not.toMatch(/data-key="[^"]*<[^"]*"/);
    expect(page).toMatch(/data-key="[^"]*&lt;b&gt;&amp;&quot;quoted&quot;/);
  });
});
