import { describe, expect, it } from 'vitest';
import { highlightEvidence } from './highlight-evidence.ts';

const ev = (quote: string, verified: boolean) => ({ quote, judge: 'j1', verified });

describe('highlightEvidence', () => {
  it('marks verified and unverified quotes differently and escapes the rest', () => {
    const { html, unfound } = highlightEvidence('I use <locks> & TRANSACTIONS.', [
      ev('use locks', true),
      ev('transactions', false),
    ]);
    expect(html).toBe(
      'I <mark class="ev ev-verified" title="Evidence quote, verified in the answer">use &lt;locks</mark>&gt; &amp; ' +
        '<mark class="ev ev-unverified" title="Evidence quote the aggregator could not verify">TRANSACTIONS</mark>.',
    );
    expect(unfound).toEqual([]);
  });

  it('lets verified win where quotes overlap, and merges adjacent marks of one kind', () => {
    const { html } = highlightEvidence('alpha beta gamma', [ev('alpha beta', false), ev('beta gamma', true)]);
    expect(html.match(/<mark/g)).toHaveLength(2);
    expect(html).toContain(
      'ev-unverified" title="Evidence quote the aggregator could not verify">alpha </mark>',
    );
    expect(html).toContain('>beta gamma</mark>');
  });

  it('returns quotes that are not in the answer once each', () => {
    const missing = ev('we never ship on Fridays', false);
    const { html, unfound } = highlightEvidence('<script>x</script>', [
      missing,
      missing,
      ev('script x', true),
    ]);
    expect(unfound).toEqual([missing]);
    expect(html).toBe(
      '&lt;<mark class="ev ev-verified" title="Evidence quote, verified in the answer">script&gt;x</mark>&lt;/script&gt;',
    );
  });

  it('returns the escaped answer when there is no evidence', () => {
    expect(highlightEvidence('', [])).toEqual({ html: '', unfound: [] });
    expect(highlightEvidence('a<b', []).html).toBe('a&lt;b');
  });
});
