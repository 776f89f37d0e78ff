import type { AggregatedFinding, Evidence, ItemResult } from '../../aggregate/schema.ts';
import type { FlagStatus, JudgeVerdict } from '../../judge/schema.ts';
import { describeRating } from '../describe.ts';
import { escapeHtml } from '../escape-html.ts';
import type { Report } from '../schema.ts';

function statusChip(status: FlagStatus | undefined): string {
  if (status === undefined) return '<span class="muted" title="no usable verdict">—</span>';
  return `<span class="status st-${status}">${status}</span>`;
}

function verdictCell(verdict: JudgeVerdict, flag: string): string {
  if (verdict.outcome !== 'ok') return statusChip(undefined);
  const finding = verdict.body.findings.find((entry) => entry.flag === flag);
  return finding
    ? statusChip(finding.status)
    : '<span class="muted" title="the judge did not report this flag">not reported</span>';
}

function renderEvidence(evidence: readonly Evidence[]): string {
  if (evidence.length === 0) return '';
  const items = evidence.map((entry) => {
    const tag = entry.verified
      ? '<span class="ev-tag ev-tag-ok">✓ verified</span>'
      : '<span class="ev-tag ev-tag-warn">⚠ not in answer</span>';
    const kind = entry.verified ? 'ev-verified' : 'ev-unverified';
    return `<li><mark class="ev ${kind}">${escapeHtml(entry.quote)}</mark> ${tag} <span class="muted">${escapeHtml(entry.judge)}</span></li>`;
  });
  return `<ul class="evidence">${items.join('')}</ul>`;
}

function verdictHeading(verdict: JudgeVerdict): string {
  return `<th scope="col">${escapeHtml(verdict.judge)}<br><small>sample ${verdict.sample}</small></th>`;
}

function renderRow(item: ItemResult, finding: AggregatedFinding): string {
  const perVerdict = item.verdicts.map((v) => `<td>${verdictCell(v, finding.flag)}</td>`).join('');
  const flag = `<th scope="row"><span class="flag flag-${finding.kind}">${finding.kind}</span> <code>${escapeHtml(finding.flag)}</code> ${escapeHtml(finding.text)}</th>`;
  return `<tr>${flag}${perVerdict}<td>${statusChip(finding.status)}</td><td>${renderEvidence(finding.evidence)}</td></tr>`;
}

/** The flags × verdicts table: each judge's status per flag, the majority, and the evidence. */
export function renderFindingsTable(item: ItemResult): string {
  if (item.findings.length === 0) return '';
  const head = `<tr><th scope="col">Flag</th>${item.verdicts.map(verdictHeading).join('')}<th scope="col">Majority</th><th scope="col">Evidence</th></tr>`;
  const rows = item.findings.map((finding) => renderRow(item, finding)).join('');
  return `<div class="table-scroll"><table class="findings"><caption>Flag findings by judge</caption><thead>${head}</thead><tbody>${rows}</tbody></table></div>`;
}

/** One line per verdict: its rating, injection flag and rationale, or its error. */
export function renderVerdicts(report: Report, item: ItemResult): string {
  if (item.verdicts.length === 0) return '';
  const lines = item.verdicts.map((verdict) => {
    const who = `<strong>${escapeHtml(verdict.judge)}</strong> <span class="muted">(${escapeHtml(verdict.model)}, sample ${verdict.sample})</span>`;
    if (verdict.outcome !== 'ok') {
      return `<li class="verdict verdict-error">${who} <span class="status st-error">${verdict.outcome}</span> ${escapeHtml(verdict.error)}</li>`;
    }
    const { rating, rationale, injectionSuspected } = verdict.body;
    const injection = injectionSuspected ? ' <span class="status st-error">injection suspected</span>' : '';
    return `<li class="verdict">${who} rated <strong>${rating} ${escapeHtml(describeRating(report.rubric.scale, rating))}</strong>${injection}<br><span class="rationale">${escapeHtml(rationale)}</span></li>`;
  });
  return `<ul class="verdicts" aria-label="Judge verdicts">${lines.join('')}</ul>`;
}
