import type { Renderer, Report } from './schema.ts';

/** `summary.json`: the run's figures, computed by `aggregate/`, as indented JSON. */
export function renderJson(report: Report): string {
  return JSON.stringify(report.summary, null, 2);
}

/** The `json` format: `summary.json`. */
export const jsonRenderer: Renderer = {
  format: 'json',
  fileName: 'summary.json',
  render: renderJson,
  chunks: (report) => [renderJson(report)],
};
