import type { Evidence } from '../../aggregate/schema.ts';
import { escapeHtml } from '../escape-html.ts';
import { createQuoteFinder } from './find-quote-ranges.ts';

/** The answer as HTML with evidence marked, and the quotes that could not be placed in it. */
export interface HighlightedAnswer {
  readonly html: string;
  readonly unfound: readonly Evidence[];
}

const NONE = 0;
const UNVERIFIED = 1;
const VERIFIED = 2;

function markOpen(state: number): string {
  return state === VERIFIED
    ? '<mark class="ev ev-verified" title="Evidence quote, verified in the answer">'
    : '<mark class="ev ev-unverified" title="Evidence quote the aggregator could not verify">';
}

/**
 * Escapes the answer and wraps every place a judge quoted in `<mark>`: verified quotes in one
 * style, unverified ones in a warning style (verified wins where they overlap). Quotes that do
 * not occur in the answer are returned in `unfound`, one per distinct quote.
 */
export function highlightEvidence(answer: string, evidence: readonly Evidence[]): HighlightedAnswer {
  const states = new Uint8Array(answer.length);
  const unfound = new Map<string, Evidence>();
  const find = createQuoteFinder(answer);
  for (const item of evidence) {
    const ranges = find(item.quote);
    if (ranges.length === 0 && !unfound.has(item.quote)) unfound.set(item.quote, item);
    const state = item.verified ? VERIFIED : UNVERIFIED;
    for (const [start, end] of ranges) {
      for (let index = start; index < end; index += 1) states[index] = Math.max(states[index] ?? 0, state);
    }
  }
  let html = '';
  let start = 0;
  for (let index = 1; index <= answer.length; index += 1) {
    if (index < answer.length && states[index] === states[start]) continue;
    const text = escapeHtml(answer.slice(start, index));
    const state = states[start] ?? NONE;
    html += state === NONE ? text : `${markOpen(state)}${text}</mark>`;
    start = index;
  }
  return { html, unfound: [...unfound.values()] };
}
