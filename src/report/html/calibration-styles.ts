/** Styles of the calibration rows (report.html's section and the calibration page). */
export const CALIBRATION_STYLES = `
.bias-rows { list-style: none; padding: 0; margin: 0; }
.bias-row, .bias-key { display: grid; grid-template-columns: 13em minmax(160px, 1fr) 4em 10.5em; gap: 4px 14px; align-items: center; }
.bias-row { padding: 10px 0; border-top: 1px solid var(--line); }
.bias-row > span { min-width: 0; }
.bias-name { font-weight: 700; overflow-wrap: anywhere; }
.bias-label .badge { white-space: nowrap; }
.bias-n { color: var(--muted); font-variant-numeric: tabular-nums; }
.bias-reading { grid-column: 1 / -1; font-size: .92rem; }
.bias-plot svg { display: block; width: 100%; height: auto; }
.bias-axis .tick { font-size: 11px; fill: var(--muted); }
.bias-axis .tick-line { stroke: #9aa5b1; }
.bias-chart .band { fill: #e3f4e8; }
.bias-chart .zero { stroke: #52606d; stroke-width: 1.5; }
.bias-chart .ci { stroke: #3e4c59; stroke-width: 2.5; }
.bias-chart .dot { fill: #3e4c59; stroke: #fff; stroke-width: 1.5; }
.bias-chart.label-lenient .dot, .bias-chart.label-lenient .ci { fill: var(--warn); stroke: var(--warn); }
.bias-chart.label-severe .dot, .bias-chart.label-severe .ci { fill: var(--accent); stroke: var(--accent); }
.bias-chart.label-calibrated .dot, .bias-chart.label-calibrated .ci { fill: var(--agree); stroke: var(--agree); }
.bias-chart.label-insufficient_data .dot { fill: #fff; stroke: #52606d; stroke-width: 2; }
.bias-chart.label-insufficient_data .ci { stroke: #9aa5b1; stroke-dasharray: 4 3; }
.calib-lenient { background: var(--warn-bg); color: #7a3e00; } .calib-severe { background: #e0e8fb; color: #1c3d8c; }
.calib-calibrated { background: #d1fadf; color: #054f31; } .calib-insufficient_data { background: #eef2f6; color: #364152; }
.per-question { display: inline; font-size: .85rem; color: var(--muted); }
.per-question summary { display: inline; cursor: pointer; color: var(--accent); }
.bias-legend { font-size: .85rem; margin: 10px 0 0; }
.calib-figures { margin: 0 0 16px; }
.scale-problem { background: #fff5f4; border: 1px solid #f4c7c3; border-radius: 6px; padding: 8px 14px; }
@media (max-width: 640px) {
  .bias-row, .bias-key { grid-template-columns: 1fr auto auto; }
  .bias-name { grid-column: 1; }
  .bias-plot { grid-column: 1 / -1; grid-row: 2; }
  .bias-key > span:first-child { display: none; }
  .bias-key .bias-plot { grid-row: 1; }
}
`;
