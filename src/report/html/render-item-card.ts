import type { ItemResult } from '../../aggregate/schema.ts';
import { describeRating, describeReason, findQuestion, toneOfRating } from '../describe.ts';
import { escapeHtml } from '../escape-html.ts';
import type { Report } from '../schema.ts';
import { highlightEvidence } from './highlight-evidence.ts';
import { renderFindingsTable, renderVerdicts } from './render-findings.ts';

/** A badge with the item's rating, or its status when it has none. */
export function renderRatingBadge(report: Report, item: ItemResult): string {
  if (item.status === 'not_asked') return '<span class="badge heat-na">not asked</span>';
  if (item.rating === null) return '<span class="badge heat-failed">failed</span>';
  const { scale } = report.rubric;
  return `<span class="badge tone-${toneOfRating(scale, item.rating)}">${item.rating} ${escapeHtml(describeRating(scale, item.rating))}</span>`;
}

function renderReasons(item: ItemResult): string {
  if (item.reviewReasons.length === 0 && item.reviewNotes.length === 0) return '';
  // Notes are one per reason by contract; pair them when the counts line up.
  const paired = item.reviewNotes.length === item.reviewReasons.length;
  const rows = item.reviewReasons.map((reason, index) => {
    const note = paired ? ` ${escapeHtml(item.reviewNotes[index] ?? '')}` : '';
    return `<li><span class="reason" data-reason="${reason}">${escapeHtml(describeReason(reason))}</span>${note}</li>`;
  });
  const extra = paired ? [] : item.reviewNotes.map((note) => `<li>${escapeHtml(note)}</li>`);
  return `<ul class="reasons" aria-label="Why this item needs review">${[...rows, ...extra].join('')}</ul>`;
}

function renderAlignment(item: ItemResult): string {
  const { alignment } = item;
  const turns = alignment.turns ? ` · turns ${alignment.turns[0]}–${alignment.turns[1]}` : '';
  const note = alignment.note ? ` · ${escapeHtml(alignment.note)}` : '';
  return `<p class="alignment muted">Answer located: ${alignment.status.replace('_', ' ')} (${Math.round(alignment.confidence * 100)}% confidence, ${alignment.method})${turns}${note}</p>`;
}

function renderAnswer(item: ItemResult): string {
  const answer = item.alignment.answer;
  if (answer.trim() === '') return '<p class="muted">No answer text.</p>';
  const { html, unfound } = highlightEvidence(
    answer,
    item.findings.flatMap((finding) => finding.evidence),
  );
  const missing =
    unfound.length === 0
      ? ''
      : `<div class="unfound"><p>Quoted by a judge but <strong>not found</strong> in the answer:</p><ul>${unfound
          .map(
            (e) =>
              `<li><mark class="ev ev-unverified">${escapeHtml(e.quote)}</mark> <span class="muted">${escapeHtml(e.judge)}</span></li>`,
          )
          .join('')}</ul></div>`;
  return `<figure class="answer"><figcaption>Candidate’s answer</figcaption><blockquote>${html}</blockquote></figure>${missing}`;
}

/** The body of an item: question, reasons, highlighted answer, findings and verdicts. */
export function renderItemBody(report: Report, item: ItemResult): string {
  const question = findQuestion(report.rubric, item.question);
  const interviewer =
    item.interviewerRating === null
      ? ''
      : ` <span class="muted">· interviewer rated ${escapeHtml(String(item.interviewerRating))}</span>`;
  return [
    `<p class="question"><span class="qid">${escapeHtml(item.question)}</span> ${escapeHtml(question?.text ?? '(question not in this rubric)')}</p>`,
    `<p class="item-meta">${renderRatingBadge(report, item)}${interviewer}</p>`,
    renderReasons(item),
    renderAnswer(item),
    renderAlignment(item),
    renderFindingsTable(item),
    renderVerdicts(report, item),
  ].join('\n');
}
