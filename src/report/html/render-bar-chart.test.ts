import { describe, expect, it } from 'vitest';
import { renderBarChart } from './render-bar-chart.ts';

const spec = {
  name: 'demo',
  title: 'Demo <chart>',
  description: 'A test chart',
  legend: [{ label: 'a', className: 'tone-0' }],
  emptyText: 'Nothing here',
};

describe('renderBarChart', () => {
  it('draws one rect per non-zero segment, widths proportional to values', () => {
    const svg = renderBarChart({
      ...spec,
      rows: [
        { label: 'q1', segments: [{ key: 'a', label: 'a', value: 2, className: 'tone-0' }] },
        {
          label: 'q2',
          segments: [
            { key: 'a', label: 'a', value: 1, className: 'tone-0' },
            { key: 'b', label: 'b', value: 0, className: 'tone-1' },
            { key: 'c', label: 'c', value: 3, className: 'tone-2' },
          ],
        },
      ],
    });
    expect(svg).toMatch(/^<svg class="chart" data-chart="demo"/);
    expect(svg).toContain('<title id="chart-demo-title">Demo &lt;chart&gt;</title>');
    const widths = [...svg.matchAll(/<rect class="bar [^"]*"[^>]* width="([\d.]+)"/g)].map((m) =>
      Number(m[1]),
    );
    expect(widths).toHaveLength(3);
    expect(widths[0] ?? 0).toBeCloseTo((widths[1] ?? 0) * 2, 0);
    expect(widths[2] ?? 0).toBeCloseTo((widths[1] ?? 0) * 3, 0);
    expect(svg).not.toContain('data-key="b"');
  });

  it('escapes labels and shows the empty text when there is nothing to draw', () => {
    const svg = renderBarChart({
      ...spec,
      rows: [{ label: '<q>', segments: [{ key: 'a', label: 'a', value: 0, className: 'x' }] }],
    });
    expect(svg).toContain('Nothing here');
    expect(svg).not.toContain('rect class="bar');
    expect(svg).not.toContain('<q>');
  });
});
