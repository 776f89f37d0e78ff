import { describeRating, detailsOf, rowsOf, toneOfRating } from '../describe.ts';
import { escapeHtml } from '../escape-html.ts';
import { findReviewed } from '../find-reviewed.ts';
import type { ItemRow } from '../item-row.ts';
import { groupRowsByTranscript } from '../row-passes.ts';
import type { Report } from '../schema.ts';
import { anchorItem } from './anchor-item.ts';

function renderCell(report: Report, item: ItemRow | undefined, reviewed: boolean, linked: boolean): string {
  if (item === undefined)
    return '<td class="heat-cell heat-missing"><span aria-label="no item">·</span></td>';
  const review = reviewed ? ' reviewed' : item.needsReview ? ' needs-review' : '';
  let className: string;
  let text: string;
  let label: string;
  if (item.status === 'not_asked') {
    [className, text, label] = ['heat-na', '–', 'not asked'];
  } else if (item.status === 'failed' || item.rating === null) {
    [className, text, label] = ['heat-failed', '✕', 'failed'];
  } else {
    const { scale } = report.rubric;
    className = `tone-${toneOfRating(scale, item.rating)}`;
    text = String(item.rating);
    label = `${item.rating} ${describeRating(scale, item.rating)}`;
  }
  const state = reviewed ? ', reviewed' : item.needsReview ? ', needs review' : '';
  const aria = `${item.transcript}, ${item.question}: ${label}${state}`;
  const marker = reviewed
    ? '<span class="review-marker review-done" aria-hidden="true">✓</span>'
    : item.needsReview
      ? '<span class="review-marker" aria-hidden="true">!</span>'
      : '';
  // An item the page does not show in full (a huge run, see selectDetails) has nothing to link to.
  const body = linked
    ? `<a href="#${anchorItem(item.key)}" aria-label="${escapeHtml(aria)}" title="${escapeHtml(aria)}">${escapeHtml(text)}${marker}</a>`
    : `<span aria-label="${escapeHtml(aria)}" title="${escapeHtml(aria)}">${escapeHtml(text)}${marker}</span>`;
  return `<td class="heat-cell ${className}${review}">${body}</td>`;
}

/**
 * Transcripts × questions, each cell coloured by rating and linking to its item, with markers
 * for not asked (–), failed (✕), needs review (!) and reviewed (✓). In pieces, a row each.
 */
export function* renderHeatmap(report: Report): Generator<string> {
  const questions = report.rubric.questions;
  const head = questions
    .map((q) => `<th scope="col" title="${escapeHtml(q.text)}">${escapeHtml(q.id)}</th>`)
    .join('');
  const reviewed = findReviewed(report);
  const shown = detailsOf(report);
  yield `<div class="table-scroll"><table class="heatmap" id="heatmap">
<caption>Rating per transcript and question. Select a cell to open its item.</caption>
<thead><tr><th scope="col">Transcript</th>${head}</tr></thead>
<tbody>`;
  let first = true;
  for (const [transcript, items] of groupRowsByTranscript(rowsOf(report))) {
    // One lookup table per transcript instead of a scan per cell.
    const byQuestion = new Map(items.map((item) => [item.question, item]));
    const cells = questions
      .map((q) => {
        const item = byQuestion.get(q.id);
        return renderCell(
          report,
          item,
          item !== undefined && reviewed.has(item.key),
          item !== undefined && shown.has(item.key),
        );
      })
      .join('');
    yield `${first ? '' : '\n'}<tr><th scope="row">${escapeHtml(transcript)}</th>${cells}</tr>`;
    first = false;
  }
  yield '</tbody></table></div>';
}

/** The key to the heat map's colours and markers. */
export function renderHeatmapLegend(report: Report): string {
  const { scale } = report.rubric;
  const swatches = [];
  for (let value = scale.min; value <= scale.max; value += 1) {
    swatches.push(
      `<li><span class="swatch tone-${toneOfRating(scale, value)}">${value}</span>${escapeHtml(describeRating(scale, value))}</li>`,
    );
  }
  swatches.push(
    '<li><span class="swatch heat-na">–</span>not asked</li>',
    '<li><span class="swatch heat-failed">✕</span>failed</li>',
    '<li><span class="swatch swatch-review">!</span>needs review</li>',
  );
  if ((report.reviewed ?? []).length > 0) {
    swatches.push('<li><span class="swatch swatch-review review-done">✓</span>reviewed</li>');
  }
  return `<ul class="legend" aria-label="Heat map legend">${swatches.join('')}</ul>`;
}
