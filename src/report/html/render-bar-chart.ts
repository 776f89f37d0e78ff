import { escapeHtml } from '../escape-html.ts';

/** One coloured part of a bar. `className` picks its fill from the page stylesheet. */
export interface BarSegment {
  readonly key: string;
  readonly label: string;
  readonly value: number;
  readonly className: string;
}

export interface BarRow {
  readonly label: string;
  /** Longer text for the tooltip, e.g. the full question. */
  readonly title?: string;
  readonly segments: readonly BarSegment[];
}

export interface BarChartSpec {
  /** Stable name for tests and styling: `svg.chart[data-chart=…]`. */
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly rows: readonly BarRow[];
  readonly legend: readonly { readonly label: string; readonly className: string }[];
  /** Shown instead of bars when no row has a value. */
  readonly emptyText: string;
  /** Formats a row's total at the end of its bar. */
  readonly formatTotal?: (total: number) => string;
}

const WIDTH = 560;
const TOTAL_WIDTH = 40;
// Rough width of a 12px system-font character: enough to keep labels from being clipped.
const CHAR_WIDTH = 7;
const ROW_HEIGHT = 30;
const BAR_HEIGHT = 20;
const LEGEND_LINE = 20;
const AXIS_HEIGHT = 22;

interface Layout {
  readonly labelWidth: number;
  readonly scale: number;
  /** Where the first bar row starts, below the legend. */
  readonly top: number;
}

/** The legend, wrapped onto as many lines as the chart width needs. */
function renderLegend(spec: BarChartSpec, left: number): { svg: string; height: number } {
  let x = left;
  let y = 8;
  const parts = spec.legend.map((entry) => {
    const width = 28 + entry.label.length * CHAR_WIDTH;
    if (x + width > WIDTH && x > left) {
      x = left;
      y += LEGEND_LINE;
    }
    const part = `<g class="legend-item" transform="translate(${x} ${y})"><rect class="${escapeHtml(entry.className)}" width="12" height="12" rx="2"/><text x="17" y="10.5">${escapeHtml(entry.label)}</text></g>`;
    x += width;
    return part;
  });
  return { svg: parts.join(''), height: y + LEGEND_LINE + 4 };
}

function renderRow(row: BarRow, index: number, layout: Layout, spec: BarChartSpec): string {
  const { labelWidth, scale } = layout;
  const y = layout.top + index * ROW_HEIGHT;
  const barY = y + (ROW_HEIGHT - BAR_HEIGHT) / 2;
  let x = labelWidth;
  const rects = row.segments
    .filter((segment) => segment.value > 0)
    .map((segment) => {
      const width = segment.value * scale;
      const rect = `<rect class="bar ${escapeHtml(segment.className)}" data-key="${escapeHtml(segment.key)}" data-value="${segment.value}" x="${x.toFixed(1)}" y="${barY}" width="${width.toFixed(1)}" height="${BAR_HEIGHT}"><title>${escapeHtml(`${row.label} · ${segment.label}: ${segment.value}`)}</title></rect>`;
      x += width;
      return rect;
    })
    .join('');
  const total = row.segments.reduce((sum, segment) => sum + segment.value, 0);
  const label = `<text class="row-label" x="${labelWidth - 10}" y="${y + ROW_HEIGHT / 2 + 4}" text-anchor="end">${escapeHtml(row.label)}${row.title ? `<title>${escapeHtml(row.title)}</title>` : ''}</text>`;
  const value = `<text class="row-total" x="${(x + 6).toFixed(1)}" y="${y + ROW_HEIGHT / 2 + 4}">${escapeHtml(spec.formatTotal ? spec.formatTotal(total) : String(total))}</text>`;
  return `<g class="row">${label}${rects}${value}</g>`;
}

function renderAxis(max: number, layout: Layout, bottom: number): string {
  const { labelWidth, scale } = layout;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((share) => max * share);
  const unique = [...new Set(ticks.map((tick) => Math.round(tick)))];
  return unique
    .map((tick) => {
      const x = (labelWidth + tick * scale).toFixed(1);
      return `<line class="grid" x1="${x}" x2="${x}" y1="${layout.top - 2}" y2="${bottom}"/><text class="tick" x="${x}" y="${bottom + 15}" text-anchor="middle">${tick}</text>`;
    })
    .join('');
}

/**
 * A horizontal (stacked) bar chart as inline SVG. Generated here rather than by a chart library
 * because the report must be one offline file and the renderer pure: a library would need its
 * bundle read from disk by the caller and a browser to draw, while this SVG renders in any
 * viewer, prints crisply, and can be checked in unit tests without a DOM.
 */
export function renderBarChart(spec: BarChartSpec): string {
  const totals = spec.rows.map((row) => row.segments.reduce((sum, segment) => sum + segment.value, 0));
  const max = Math.max(0, ...totals);
  const longest = Math.max(0, ...spec.rows.map((row) => row.label.length));
  const labelWidth = Math.min(WIDTH / 2, 16 + longest * CHAR_WIDTH);
  const legend = renderLegend(spec, Math.min(labelWidth, 40));
  const bottom = legend.height + Math.max(1, spec.rows.length) * ROW_HEIGHT;
  const height = bottom + AXIS_HEIGHT;
  const id = `chart-${spec.name}`;
  const open = `<svg class="chart" data-chart="${escapeHtml(spec.name)}" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc"><title id="${id}-title">${escapeHtml(spec.title)}</title><desc id="${id}-desc">${escapeHtml(spec.description)}</desc>`;
  if (max === 0) {
    return `${open}<text class="empty" x="${WIDTH / 2}" y="${height / 2}" text-anchor="middle">${escapeHtml(spec.emptyText)}</text></svg>`;
  }
  const layout: Layout = { labelWidth, scale: (WIDTH - labelWidth - TOTAL_WIDTH) / max, top: legend.height };
  const rows = spec.rows.map((row, index) => renderRow(row, index, layout, spec)).join('');
  return `${open}${legend.svg}${renderAxis(max, layout, bottom)}${rows}</svg>`;
}
