import { escapeHtml } from '../escape-html.ts';
import type { Report } from '../schema.ts';

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

function ms(value: number | null): string {
  if (value === null) return 'n/a';
  return value < 1000 ? `${integer.format(value)} ms` : `${(value / 1000).toFixed(1)} s`;
}

/** The run's LLM and timing figures as a two-column table: what the run cost and how it went. */
export function renderRunFigures(report: Report): string {
  const { llm, timing } = report.summary;
  const rows: [string, string][] = [
    ['Judge calls', `${integer.format(llm.calls)} (${integer.format(llm.cacheHits)} from cache)`],
    [
      'Retries',
      `${integer.format(llm.retries)} · ${integer.format(llm.rateLimited)} rate-limited · ${integer.format(llm.timeouts)} timeouts`,
    ],
    ['Failed calls', integer.format(llm.failures)],
    ['Input tokens', `${integer.format(llm.inputTokens)} (${integer.format(llm.cachedInputTokens)} cached)`],
    ['Output tokens', integer.format(llm.outputTokens)],
    ['Cost', `$${llm.costUsd.toFixed(4)}`],
    ['Call latency', `p50 ${ms(timing.p50CallMs)} · p95 ${ms(timing.p95CallMs)}`],
    ['Wall time', ms(timing.wallMs)],
  ];
  const body = rows.map(([k, v]) => `<tr><th scope="row">${k}</th><td>${escapeHtml(v)}</td></tr>`).join('');
  return `<table class="figures"><caption class="sr-only">LLM usage and timing</caption><tbody>${body}</tbody></table>`;
}
