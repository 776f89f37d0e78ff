import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FIXTURE_REPORT, HOSTILE_ANSWER } from '../../test/report/fixture.ts';
import { withNastyItem } from '../../test/report/variants.ts';
import { escapeHtml } from './escape-html.ts';
import { renderHtml } from './render-html.ts';

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

describe('renderHtml', () => {
  const html = renderHtml(FIXTURE_REPORT);

  it('is one self-contained document that fetches nothing', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).not.toMatch(/\b(src|href)=["']?(https?:|\/\/)/i);
    // `\burl(` is CSS's url(); the script's `URL.createObjectURL(` (the export download) is not a fetch.
    expect(html).not.toMatch(/<link\b|@import|\burl\(/i);
    expect(html).toContain('@media print');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
  });

  it('allows exactly its own script through the CSP hash', () => {
    const script = html.match(/<script>([\s\S]*?)<\/script>/)?.[1] ?? '';
    const hash = createHash('sha256').update(script).digest('base64');
    expect(html).toContain(`script-src 'sha256-${hash}'`);
    expect(count(html, /<script/g)).toBe(1);
  });

  it('escapes a hostile answer so it stays text', () => {
    expect(html).toContain(escapeHtml('<script>alert("pwned")</script> <img src=x onerror="alert(1)">'));
    expect(HOSTILE_ANSWER).toContain('<script>');
    expect(html).not.toMatch(/<img\b/);
    expect(html).not.toContain('alert("pwned")');
    const nasty = renderHtml(withNastyItem());
    expect(nasty).not.toContain('<b>&');
    expect(nasty).toContain('x|y\n&lt;b&gt;&amp;&quot;quoted&quot;&#39;&lt;/b&gt;');
  });

  it.each([
    ['ratings', 4 * 6],
    ['reasons', 10],
    ['agreement', 4 * 3],
  ])('draws the %s chart', (name, maxBars) => {
    const svg = html.match(new RegExp(`<svg class="chart" data-chart="${name}"[\\s\\S]*?</svg>`))?.[0] ?? '';
    const bars = count(svg, /<rect class="bar /g);
    expect(bars).toBeGreaterThan(0);
    expect(bars).toBeLessThanOrEqual(maxBars);
  });

  it('colours a heat-map cell per item, each linking to an element that exists once', () => {
    const heatmap = html.match(/<table class="heatmap"[\s\S]*?<\/table>/)?.[0] ?? '';
    const targets = [...heatmap.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(targets).toHaveLength(FIXTURE_REPORT.items.length);
    for (const target of targets) expect(count(html, new RegExp(`id="${target}"`, 'g'))).toBe(1);
    expect(count(heatmap, /class="heat-cell heat-na"/g)).toBe(2);
    expect(count(heatmap, /class="heat-cell heat-failed needs-review"/g)).toBe(1);
    expect(count(heatmap, /needs-review/g)).toBe(6);
    expect(heatmap).toContain('aria-label="alice-chen, q4: 1 red flag, needs review"');
  });

  it('lists the review queue by priority with filters, reasons and highlighted evidence', () => {
    const ids = [
      ...html.matchAll(
        /<article class="item review-item" id="([^"]+)" data-question="(q\d)" data-reasons="([^"]*)"/g,
      ),
    ];
    expect(ids.map((m) => m[1])).toEqual([
      'item-bob-okafor_23_q1',
      'item-bob-okafor_23_q2',
      'item-alice-chen_23_q2',
      'item-alice-chen_23_q4',
      'item-bob-okafor_23_q3',
      'item-carol-diaz_23_q1',
    ]);
    expect(ids[1]?.[3]).toBe('judge_output_invalid judge_failed panel_reduced');
    expect(html).toContain('<select id="filter-question">');
    expect(html).toContain(
      '<option value="evidence_not_found">Evidence not found in the answer (1)</option>',
    );
    expect(html).toMatch(
      /<mark class="ev ev-verified"[^>]*>race conditions aren’t an issue in Python<\/mark>/,
    );
    expect(html).toMatch(/<mark class="ev ev-unverified">we only ever run one instance anyway<\/mark>/);
    expect(html).toContain('findings[0].status: expected &quot;present&quot;');
  });

  it('keeps the other items collapsed below the queue', () => {
    expect(count(html, /<details class="item"/g)).toBe(6);
  });

  it('says so when nothing needs review', () => {
    const calm = renderHtml({
      ...FIXTURE_REPORT,
      items: FIXTURE_REPORT.items.map((item) => ({
        ...item,
        needsReview: false,
        reviewReasons: [],
        reviewNotes: [],
      })),
    });
    expect(calm).toContain('Nothing needs review.');
    expect(calm).not.toContain('id="filter-question"');
  });
});
