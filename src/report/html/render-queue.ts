import type { ItemResult, ReviewReason } from '../../aggregate/schema.ts';
import type { ReviewedItem } from '../../review/schema.ts';
import {
  describeRating,
  describeReason,
  detailsOf,
  findQuestion,
  groupByTranscript,
  rowsOf,
} from '../describe.ts';
import { escapeHtml } from '../escape-html.ts';
import { truncateText } from '../escape-markdown.ts';
import { describeDecision, findReviewed } from '../find-reviewed.ts';
import { findQueueHead } from '../row-passes.ts';
import type { Report } from '../schema.ts';
import { anchorItem } from './anchor-item.ts';
import { renderItemBody, renderRatingBadge } from './render-item-card.ts';
import { renderDecisionControls, renderReviewBar } from './render-review-controls.ts';

function renderFilters(report: Report, queue: readonly ItemResult[]): string {
  const questions = report.rubric.questions
    .map((q) => {
      const n = queue.filter((item) => item.question === q.id).length;
      return `<option value="${escapeHtml(q.id)}">${escapeHtml(`${q.id} · ${truncateText(q.text, 60)} (${n})`)}</option>`;
    })
    .join('');
  const counts = new Map<ReviewReason, number>();
  for (const reason of queue.flatMap((item) => item.reviewReasons))
    counts.set(reason, (counts.get(reason) ?? 0) + 1);
  const reasons = [...counts]
    .map(
      ([reason, n]) => `<option value="${reason}">${escapeHtml(`${describeReason(reason)} (${n})`)}</option>`,
    )
    .join('');
  return `<div class="filters" role="group" aria-label="Filter the review queue">
<label>Question <select id="filter-question"><option value="">All questions</option>${questions}</select></label>
<label>Reason <select id="filter-reason"><option value="">All reasons</option>${reasons}</select></label>
<label>Status <select id="filter-status"><option value="">All</option><option value="open">To decide</option><option value="decided">Decided</option></select></label>
<output id="filter-count" aria-live="polite">Showing ${queue.length} of ${queue.length}</output>
</div>`;
}

/** A badge for an item whose decision was applied (`review apply`). */
export function renderReviewedBadge(report: Report, entry: ReviewedItem | undefined): string {
  if (entry === undefined) return '';
  const text = describeDecision(entry, (r) => `${r} ${describeRating(report.rubric.scale, r)}`);
  return `<span class="badge reviewed-badge" title="${escapeHtml(`Reviewed by ${entry.reviewer} at ${entry.at}`)}">✓ reviewed: ${escapeHtml(text)}</span>`;
}

function renderReviewItem(
  report: Report,
  item: ItemResult,
  position: number,
  entry: ReviewedItem | undefined,
): string {
  const decided = entry === undefined ? '' : ' decided';
  return `<article class="item review-item${decided}" id="${anchorItem(item.key)}" data-question="${escapeHtml(item.question)}" data-reasons="${item.reviewReasons.join(' ')}" data-applied="${entry === undefined ? '' : 'true'}">
<header class="item-head"><h3><span class="position">#${position}</span> ${escapeHtml(item.key)}</h3><span class="priority" title="Review priority">priority ${escapeHtml(String(item.reviewPriority))}</span></header>
${renderReviewedBadge(report, entry)}
${renderItemBody(report, item)}
${renderDecisionControls(report, item, entry)}
</article>`;
}

/**
 * The review queue, most urgent first: the reviewer bar (name, decided counter, export), filters
 * by question, reason and decision status, and per item the decision controls. In pieces, an
 * item each.
 */
export function* renderReviewQueue(report: Report): Generator<string> {
  // The page shows the head of the queue in full (see selectDetails); a huge run's tail is elsewhere.
  const { shown: queue, total } = findQueueHead(report);
  if (total === 0) {
    yield '<p class="all-clear">Nothing needs review.</p>';
    return;
  }
  const reviewed = findReviewed(report);
  yield `${renderReviewBar(report, queue, reviewed)}
${renderFilters(report, queue)}
<p id="filter-empty" class="muted" hidden>No item in the review queue matches these filters.</p>
<div id="review-queue">`;
  for (const [index, item] of queue.entries())
    yield `${index === 0 ? '' : '\n'}${renderReviewItem(report, item, index + 1, reviewed.get(item.key))}`;
  yield `</div>${renderNotShown(total - queue.length, 'in the review queue', 'most urgent', true)}`;
}

/** The note under a list the page cut short. */
function renderNotShown(count: number, where: string, which: string, review: boolean): string {
  if (count === 0) return '';
  const walk = review ? ', and <code>rubricate review &lt;run-dir&gt;</code> walks the whole queue' : '';
  return `<p class="muted not-shown" role="note">${count.toLocaleString('en-US')} more items ${where} are not shown in full here (this page shows the ${which} ones only, to stay small enough for a browser); results.jsonl and results.csv hold every item${walk}.</p>`;
}

/** Every item not in the review queue, collapsed, grouped by transcript. In pieces, an item each. */
export function* renderOtherItems(report: Report): Generator<string> {
  const reviewed = findReviewed(report);
  const details = detailsOf(report);
  // The rows outside the queue, and in their order those the page holds in full.
  let others = 0;
  const rest: ItemResult[] = [];
  for (const row of rowsOf(report)) {
    if (row.needsReview) continue;
    others += 1;
    const item = details.get(row.key);
    if (item !== undefined) rest.push(item);
  }
  if (others === 0) {
    yield '<p class="muted">Every item is in the review queue.</p>';
    return;
  }
  let first = true;
  for (const [transcript, group] of groupByTranscript(rest)) {
    yield `${first ? '' : '\n'}<h3>${escapeHtml(transcript)}</h3>`;
    first = false;
    for (const item of group) {
      yield `\n<details class="item" id="${anchorItem(item.key)}" data-question="${escapeHtml(item.question)}">
<summary>${renderRatingBadge(report, item)} ${renderReviewedBadge(report, reviewed.get(item.key))} <span class="qid">${escapeHtml(item.question)}</span> <span class="muted">${escapeHtml(truncateText(findQuestion(report.rubric, item.question)?.text ?? '', 90))}</span></summary>
${renderItemBody(report, item)}
</details>`;
    }
  }
  yield renderNotShown(others - rest.length, 'outside the review queue', 'first', false);
}
