/**
 * The page's stylesheet. System fonts only (no web fonts: the report must work offline);
 * colours meet WCAG AA contrast for the text drawn on them.
 */
export const REPORT_STYLES = `
:root {
  --ink: #1f2933; --muted: #52606d; --line: #d9e2ec; --bg: #f4f6f9; --panel: #fff;
  --accent: #2450b2; --warn: #b45309; --warn-bg: #fff7e6; --bad: #b42318;
  --tone-0: #c2362b; --tone-1: #f2a93b; --tone-2: #a5d37f; --tone-3: #17773f;
  --na: #e4e7eb; --failed: #3e4c59; --reason: #5b6fd6;
  --agree: #17773f; --near: #f2a93b; --split: #c2362b;
  --ev-ok: #fff0a0; --ev-ok-line: #c99a06; --ev-warn: #ffd9d6; --ev-warn-line: #c2362b;
  color-scheme: light;
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
section, .item { scroll-margin-top: 56px; }
body { margin: 0; background: var(--bg); color: var(--ink); line-height: 1.5;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main, .page-header > * { max-width: 1180px; margin-left: auto; margin-right: auto; }
main { padding: 0 24px 48px; }
a { color: var(--accent); }
a:focus-visible, select:focus-visible, summary:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
code { font: 0.9em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.muted { color: var(--muted); }
h2 { font-size: 1.35rem; margin: 40px 0 12px; }
h3 { font-size: 1.05rem; margin: 20px 0 8px; }
.page-header { background: #1d2b44; color: #f5f7fa; padding: 28px 24px 24px; }
.page-header h1 { margin: 4px auto 8px; font-size: 1.6rem; line-height: 1.25; }
.eyebrow { margin: 0 auto; text-transform: uppercase; letter-spacing: .08em; font-size: .75rem; color: #b7c4d9; }
.run-status { display: inline-block; padding: 2px 10px; border-radius: 999px; font-weight: 600; font-size: .85rem; }
.run-complete { background: #d1fadf; color: #054f31; }
.run-incomplete, .run-running { background: #fde68a; color: #5c3a00; }
.run-info { display: flex; flex-wrap: wrap; gap: 6px 28px; margin: 14px auto 0; font-size: .88rem; }
.run-info dt { color: #b7c4d9; font-size: .75rem; text-transform: uppercase; letter-spacing: .05em; }
.run-info dd { margin: 0; }
.alert { margin: 16px auto 0; background: var(--warn-bg); color: #5c3a00; border-left: 4px solid var(--warn);
  border-radius: 6px; padding: 10px 14px; font-size: .9rem; }
.alert p, .alert ul { margin: 4px 0; }
nav.toc { position: sticky; top: 0; z-index: 2; background: rgba(244,246,249,.95); border-bottom: 1px solid var(--line); }
nav.toc ul { display: flex; gap: 20px; list-style: none; margin: 0 auto; padding: 10px 24px; max-width: 1180px; font-size: .9rem; }
.cards { list-style: none; padding: 0; margin: 24px 0 0; display: grid; grid-template-columns: repeat(auto-fit, minmax(160px, 1fr)); gap: 12px; }
.card { background: var(--panel); border: 1px solid var(--line); border-radius: 10px; padding: 14px 16px; display: flex; flex-direction: column; }
.card-label { font-size: .85rem; color: var(--muted); font-weight: 600; }
.card-value { font-size: 1.9rem; font-weight: 700; line-height: 1.2; }
.card-note { font-size: .8rem; color: var(--muted); }
.card-warn { border-top: 4px solid var(--warn); }
.card-bad { border-top: 4px solid var(--bad); }
.panel { background: var(--panel); border: 1px solid var(--line); border-radius: 10px; padding: 16px 20px; }
.charts { display: grid; align-items: start; grid-template-columns: repeat(auto-fit, minmax(min(460px, 100%), 1fr)); gap: 16px; }
.charts figure, .panel { min-width: 0; }
.charts figure { margin: 0; }
.charts figcaption { font-weight: 600; margin-bottom: 8px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
table.figures th[scope=row] { font-weight: 400; color: var(--muted); width: 40%; }
table.figures td { font-variant-numeric: tabular-nums; }
svg.chart { display: block; width: 100%; max-width: 640px; height: auto; font-size: 12px; fill: var(--ink); }
svg.chart .grid { stroke: #e4e9f0; }
svg.chart .tick, svg.chart .row-total { fill: var(--muted); font-size: 11px; }
svg.chart .row-label { font-weight: 600; }
svg.chart .bar { stroke: #fff; stroke-width: 1; }
svg.chart .empty { fill: var(--muted); font-style: italic; }
svg .tone-0 { fill: var(--tone-0); } svg .tone-1 { fill: var(--tone-1); }
svg .tone-2 { fill: var(--tone-2); } svg .tone-3 { fill: var(--tone-3); }
svg .seg-na { fill: #c3cad3; } svg .seg-failed { fill: var(--failed); } svg .seg-reason { fill: var(--reason); }
svg .seg-agree { fill: var(--agree); } svg .seg-near { fill: var(--near); } svg .seg-split { fill: var(--split); }
.table-scroll { overflow-x: auto; }
#summary .table-scroll { margin-top: 20px; }
table.questions th[scope=row] { font-weight: 400; }
table { border-collapse: collapse; width: 100%; background: var(--panel); }
caption { text-align: left; font-weight: 600; padding: 0 0 8px; }
th, td { padding: 6px 10px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
thead th { font-size: .8rem; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; border-bottom-width: 2px; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
td.zero { color: #9aa5b1; }
.qid { display: inline-block; min-width: 2.4em; font-weight: 700; color: var(--accent); }
table.heatmap { width: auto; min-width: 60%; }
table.heatmap th[scope=col] { text-align: center; cursor: help; text-transform: none; font-size: .9rem; }
table.heatmap th[scope=row] { vertical-align: middle; font-weight: 600; }
.heat-cell { padding: 3px; text-align: center; border: 2px solid var(--panel); min-width: 56px; }
.heat-cell a { position: relative; display: block; padding: 8px 10px; color: inherit; text-decoration: none; font-weight: 700; border-radius: 4px; }
.heat-cell a:hover { outline: 2px solid var(--ink); }
.tone-0 { background: var(--tone-0); color: #fff; } .tone-1 { background: var(--tone-1); color: var(--ink); }
.tone-2 { background: var(--tone-2); color: var(--ink); } .tone-3 { background: var(--tone-3); color: #fff; }
.heat-na { background: var(--na); color: var(--muted); } .heat-failed { background: var(--failed); color: #fff; }
.heat-missing { color: #9aa5b1; }
.review-marker, .swatch-review { display: inline-flex; align-items: center; justify-content: center; width: 18px; height: 18px;
  border-radius: 50%; background: #fff; color: var(--warn); border: 2px solid var(--warn); font-size: 11px; font-weight: 800; }
.review-marker { position: absolute; top: -6px; right: -6px; }
.review-marker.review-done, .swatch-review.review-done { color: var(--agree); border-color: var(--agree); }
.legend { display: flex; flex-wrap: wrap; gap: 6px 18px; list-style: none; padding: 0; margin: 10px 0 0; font-size: .85rem; }
.legend li { display: flex; align-items: center; gap: 6px; }
.swatch { display: inline-flex; align-items: center; justify-content: center; width: 24px; height: 20px; border-radius: 4px; font-weight: 700; font-size: .8rem; }
.filters { display: flex; flex-wrap: wrap; align-items: end; gap: 12px 20px; background: var(--panel); border: 1px solid var(--line);
  border-radius: 10px; padding: 12px 16px; margin-bottom: 16px; }
.filters label { display: flex; flex-direction: column; font-size: .8rem; color: var(--muted); font-weight: 600; min-width: 0; max-width: 100%; }
.filters select { font: inherit; font-size: .95rem; color: var(--ink); padding: 5px 8px; border: 1px solid #9aa5b1; border-radius: 6px;
  max-width: min(420px, 100%); min-height: 44px; background: #fff; }
#filter-count { margin-left: auto; color: var(--muted); font-size: .9rem; }
.item { background: var(--panel); border: 1px solid var(--line); border-radius: 10px; padding: 16px 20px; margin: 0 0 16px; }
.review-item { border-left: 5px solid var(--warn); }
.item-head { display: flex; justify-content: space-between; align-items: baseline; gap: 12px; }
.item-head h3 { margin: 0; font-size: 1.1rem; min-width: 0; overflow-wrap: anywhere; }
h1, h2, h3, .item, .alert, .run-info dd, figcaption, caption { overflow-wrap: anywhere; }
nav.toc li { white-space: nowrap; }
.position { color: var(--muted); font-weight: 600; margin-right: 4px; }
.priority { font-size: .8rem; color: var(--muted); white-space: nowrap; }
.question { margin: 8px 0; font-weight: 600; }
.item-meta { margin: 4px 0 8px; }
.badge { display: inline-block; padding: 1px 10px; border-radius: 999px; font-weight: 700; font-size: .85rem; }
.reasons { list-style: none; padding: 0; margin: 8px 0 12px; }
.reasons li { margin: 4px 0; }
.reason { display: inline-block; background: var(--warn-bg); color: #7a3e00; border: 1px solid #f5c77e; border-radius: 6px;
  padding: 0 8px; font-size: .85rem; font-weight: 600; margin-right: 6px; }
.answer { margin: 12px 0; }
.answer figcaption { font-size: .8rem; color: var(--muted); text-transform: uppercase; letter-spacing: .05em; }
.answer blockquote { margin: 4px 0 0; padding: 10px 14px; background: #f8fafc; border-left: 4px solid #9aa5b1; border-radius: 4px;
  white-space: pre-wrap; overflow-wrap: anywhere; font-size: .95rem; }
mark.ev { color: inherit; padding: 0 1px; border-radius: 2px; }
mark.ev-verified { background: var(--ev-ok); border-bottom: 2px solid var(--ev-ok-line); }
mark.ev-unverified { background: var(--ev-warn); border-bottom: 2px dashed var(--ev-warn-line); }
.unfound { background: #fff5f4; border: 1px solid #f4c7c3; border-radius: 6px; padding: 6px 12px; font-size: .9rem; }
.unfound p, .unfound ul { margin: 4px 0; }
.alignment { font-size: .85rem; margin: 4px 0 12px; }
table.findings { font-size: .88rem; }
table.findings thead th { text-transform: none; letter-spacing: 0; font-size: .8rem; }
table.findings caption { font-size: .8rem; color: var(--muted); text-transform: uppercase; letter-spacing: .05em; font-weight: 400; }
table.findings th[scope=row] { font-weight: 400; max-width: 380px; }
.flag { display: inline-block; font-size: .7rem; font-weight: 700; text-transform: uppercase; border-radius: 4px; padding: 0 5px; }
.flag-green { background: #d1fadf; color: #054f31; } .flag-red { background: #fee4e2; color: #7a271a; }
.status { display: inline-block; font-size: .78rem; font-weight: 600; border-radius: 4px; padding: 0 6px; white-space: nowrap; }
.st-present { background: #d1fadf; color: #054f31; } .st-absent { background: #eef2f6; color: #364152; }
.st-unclear { background: #fef0c7; color: #7a2e0e; } .st-error { background: #fee4e2; color: #7a271a; }
.evidence { list-style: none; padding: 0; margin: 0; }
.evidence li { margin: 0 0 4px; }
.ev-tag { font-size: .75rem; font-weight: 600; white-space: nowrap; }
.ev-tag-ok { color: #05603a; } .ev-tag-warn { color: var(--bad); }
.verdicts { list-style: none; padding: 0; margin: 12px 0 0; font-size: .9rem; }
.verdicts li { padding: 6px 0; border-top: 1px dashed var(--line); }
.rationale { color: var(--muted); }
details.item { padding: 10px 16px; margin-bottom: 8px; }
details.item > summary { cursor: pointer; }
details.item[open] > summary { margin-bottom: 8px; }
.all-clear { background: #d1fadf; color: #054f31; padding: 10px 14px; border-radius: 6px; }
footer { max-width: 1180px; margin: 0 auto; padding: 16px 24px 32px; color: var(--muted); font-size: .8rem; }
/* Review decisions: every control is a 44 px touch target. */
.review-bar { display: flex; flex-wrap: wrap; align-items: end; gap: 12px 20px; background: var(--panel); border: 1px solid var(--line);
  border-radius: 10px; padding: 12px 16px; margin-bottom: 12px; }
.review-bar .reviewer { display: flex; flex-direction: column; font-size: .8rem; color: var(--muted); font-weight: 600; min-width: 0; }
.review-bar input { font: inherit; font-weight: 400; font-size: 1rem; color: var(--ink); min-height: 44px; padding: 6px 10px; border: 1px solid #9aa5b1;
  border-radius: 6px; width: 16em; max-width: 100%; }
#decided-count { font-weight: 700; font-variant-numeric: tabular-nums; }
.review-message { flex-basis: 100%; margin: 0; color: #7a3e00; background: var(--warn-bg); border-radius: 6px; padding: 6px 10px; }
.review-help { flex-basis: 100%; margin: 0; font-size: .85rem; }
.btn { font: inherit; font-size: .92rem; min-height: 44px; min-width: 44px; padding: 8px 14px; border-radius: 8px; border: 1px solid #9aa5b1;
  background: #fff; color: var(--ink); cursor: pointer; touch-action: manipulation; }
.btn:hover:not(:disabled) { border-color: var(--accent); }
.btn:focus-visible, .review-bar input:focus-visible, .note textarea:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.btn:disabled { color: #9aa5b1; cursor: not-allowed; }
.btn[aria-pressed="true"] { background: var(--accent); border-color: var(--accent); color: #fff; font-weight: 700; }
.btn-primary { background: var(--accent); border-color: var(--accent); color: #fff; font-weight: 600; }
.btn-quiet { border-style: dashed; }
.decision { margin-top: 14px; padding-top: 12px; border-top: 2px solid var(--line); }
.decision-state { margin: 0 0 8px; font-weight: 600; }
.decision-buttons, .rate-group { display: flex; flex-wrap: wrap; gap: 8px; }
.rate-group { padding: 0 4px; border-left: 1px solid var(--line); border-right: 1px solid var(--line); }
.note { display: flex; flex-direction: column; gap: 4px; margin: 10px 0 8px; font-size: .85rem; color: var(--muted); font-weight: 600; }
.note textarea { font: inherit; font-weight: 400; font-size: .95rem; color: var(--ink); min-height: 44px; padding: 8px 10px; border: 1px solid #9aa5b1;
  border-radius: 6px; width: 100%; resize: vertical; }
.review-item.decided { border-left-color: var(--agree); }
.reviewed-badge { background: #d1fadf; color: #054f31; margin: 6px 0; }
@media (max-width: 640px) {
  .charts { grid-template-columns: 1fr; }
  nav.toc ul { gap: 12px; overflow-x: auto; }
  main { padding: 0 12px 40px; }
  .page-header { padding: 20px 12px; }
  .item, .panel { padding: 12px; }
  .item-head { flex-wrap: wrap; }
  .filters { flex-direction: column; align-items: stretch; }
  .filters select { max-width: 100%; width: 100%; }
  #filter-count { margin-left: 0; }
  .rate-group { padding: 0; border: 0; }
  .decision-buttons .btn { flex: 1 1 40%; }
}
@media print {
  body { background: #fff; font-size: 11pt; }
  nav.toc, .filters, #filter-empty, .review-bar, .decision { display: none !important; }
  .page-header { background: #fff; color: var(--ink); padding: 0 0 12px; border-bottom: 2px solid var(--ink); }
  .eyebrow, .run-info dt { color: var(--muted); }
  main { padding: 0; }
  .panel, .item:not(.review-item) { border-color: #9aa5b1; }
  .cards { grid-template-columns: repeat(3, 1fr); }
  .item, .charts figure, table.heatmap, .cards { break-inside: avoid; }
  h2 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
