import { createHash } from 'node:crypto';
import type { ItemResult } from '../../aggregate/schema.ts';
import type { ReviewedItem } from '../../review/schema.ts';
import { describeRating, findQuestion, listRatings } from '../describe.ts';
import { escapeHtml } from '../escape-html.ts';
import { describeDecision } from '../find-reviewed.ts';
import type { Report } from '../schema.ts';

/**
 * Identifies the run in the browser's storage, so decisions on two runs opened from the same
 * folder (file:// pages share one storage in Chromium) never mix: start time, rubric version and
 * the inputs' content hashes.
 */
export function runStorageId(report: Report): string {
  const { manifest } = report;
  const parts = [manifest.startedAt, manifest.rubric.version, ...manifest.inputs.map((input) => input.hash)];
  return createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 16);
}

/** The bar above the queue: reviewer name, the decided counter, export. */
export function renderReviewBar(
  report: Report,
  queue: readonly { readonly key: string }[],
  reviewed: ReadonlyMap<string, ReviewedItem>,
): string {
  const decided = queue.filter((item) => reviewed.has(item.key)).length;
  return `<div class="review-bar" id="review-bar" data-run="${runStorageId(report)}">
<label class="reviewer">Reviewer <input id="reviewer-name" type="text" autocomplete="name" placeholder="Your name" maxlength="120"></label>
<output id="decided-count" aria-live="polite">Decided ${decided} / ${queue.length}</output>
<button type="button" class="btn btn-primary" id="export-decisions">Export decisions.jsonl</button>
<p id="review-message" class="review-message" role="status" hidden></p>
<p class="muted review-help">Decisions are kept in this browser (they survive a reload) until you export them; then run <code>rubricate review apply &lt;run-dir&gt; decisions.jsonl</code>.</p>
</div>`;
}

function stateText(report: Report, entry: ReviewedItem | undefined): string {
  if (entry === undefined) return 'Not decided yet.';
  const rate = (r: number) => `${r} ${describeRating(report.rubric.scale, r)}`;
  return `Reviewed: ${describeDecision(entry, rate)} by ${entry.reviewer}${entry.note ? ` · “${entry.note}”` : ''} (applied).`;
}

/**
 * The decision controls of one queued item: accept the judges' rating, set a rating on the
 * rubric's scale, not asked, mis-located, and a note. The item's facts the script needs travel
 * in `data-*` attributes only (never inside the script), escaped like any run text.
 */
export function renderDecisionControls(
  report: Report,
  item: ItemResult,
  entry: ReviewedItem | undefined,
): string {
  const { scale } = report.rubric;
  const canAccept = item.rating !== null || item.status === 'not_asked';
  const acceptText =
    item.rating !== null
      ? `Accept ${item.rating} ${describeRating(scale, item.rating)}`
      : item.status === 'not_asked'
        ? 'Accept: not asked'
        : 'Nothing to accept';
  const ratings = listRatings(scale)
    .map(
      (value) =>
        `<button type="button" class="btn btn-rate" data-decide="rate" data-rating="${value}" aria-pressed="false">${value} ${escapeHtml(describeRating(scale, value))}</button>`,
    )
    .join('');
  const hash = findQuestion(report.rubric, item.question)?.hash ?? '';
  return `<div class="decision" role="group" aria-label="${escapeHtml(`Your decision on ${item.key}`)}" data-key="${escapeHtml(item.key)}" data-question-hash="${escapeHtml(hash)}">
<p class="decision-state" aria-live="polite">${escapeHtml(stateText(report, entry))}</p>
<div class="decision-buttons">
<button type="button" class="btn" data-decide="accept" aria-pressed="false"${canAccept ? '' : ' disabled'}>${escapeHtml(acceptText)}</button>
<span class="rate-group" role="group" aria-label="Set the rating">${ratings}</span>
<button type="button" class="btn" data-decide="not_asked" aria-pressed="false">Not asked</button>
<button type="button" class="btn" data-decide="mislocated" aria-pressed="false">Answer mis-located</button>
</div>
<label class="note">Note <textarea rows="2" data-note maxlength="2000" placeholder="Optional: why"></textarea></label>
<button type="button" class="btn btn-quiet" data-undo hidden>Undo my decision</button>
</div>`;
}
