import { describe, expect, it } from 'vitest';
import { FIXTURE_REPORT } from '../../test/report/fixture.ts';
import { withHugeQueue, withNastyItem } from '../../test/report/variants.ts';
import { MARKDOWN_MAX_CHARS, renderMarkdown } from './render-md.ts';

/** Cells of a GFM table row, splitting on unescaped pipes only. */
const cellsOf = (row: string) => row.replace(/\\\|/g, '').split('|').length - 2;

describe('renderMarkdown', () => {
  const md = renderMarkdown(FIXTURE_REPORT);

  it('has a title, the run status and the headline numbers', () => {
    expect(
      md.startsWith('# rubricate report: Interview Questions With Green-Flag / Red-Flag Guidance\n'),
    ).toBe(true);
    expect(md).toContain('**Status:** ⚠️ incomplete (items\\_failed, inputs\\_failed)');
    expect(md).toContain('**6 need review**');
    expect(md).toContain('α (ordinal) 0.62');
    expect(md).toContain('transcripts/dave-lee.vtt');
  });

  it('summarises each question: ratings 1..4, not asked, needs review, failed', () => {
    expect(md).toContain(
      '| Question | 1 red flag | 2 weak | 3 adequate | 4 strong | Not asked | Needs review | Failed |',
    );
    expect(md).toMatch(/\| \*\*q2\*\* What are some pitfalls[^|]*\| 0 \| 0 \| 2 \| 0 \| 0 \| 2 \| 1 \|/);
    expect(md).toContain('| **Total** | 1 | 2 | 4 | 2 | 2 | 6 | 1 |');
    expect(md).toContain('**Rating scale:** **1** red flag · **2** weak · **3** adequate · **4** strong');
  });

  it('breaks results down per question', () => {
    expect(md.match(/<details><summary><b>q\d\./g)).toHaveLength(4);
    expect(md).toContain('| alice-chen | 1 red flag | ⚠️ review |  | q4.r1 |');
    expect(md).toContain('| carol-diaz | *not asked* |  |  |  |');
  });

  it('lists the review queue by priority with reasons, notes and evidence', () => {
    const queue = md.slice(md.indexOf('## Review queue (6)'));
    const order = [...queue.matchAll(/^### \d+\. (\S+)/gm)].map((m) => m[1]);
    expect(order).toEqual([
      'bob-okafor\\#q1',
      'bob-okafor\\#q2',
      'alice-chen\\#q2',
      'alice-chen\\#q4',
      'bob-okafor\\#q3',
      'carol-diaz\\#q1',
    ]);
    expect(queue).toContain('Evidence not found in the answer (`evidence_not_found`)');
    expect(queue).toContain('  - Quote “we only ever run one instance anyway” does not occur in the answer.');
    expect(queue).toContain('⚠️ **not found in the answer**: “we only ever run one instance anyway”');
    expect(queue).toContain('✅ verified: “because of the GIL”');
    expect(queue).toContain('**openai:gpt-4.1-mini** failed: 429 Too Many Requests after 4 attempts');
  });

  it('keeps every table row intact when cells hold pipes, newlines and markup', () => {
    const nasty = renderMarkdown(withNastyItem());
    const lines = nasty.split('\n');
    const breakdownRows = lines.filter((line) => /^\| (x|alice|bob|carol)/.test(line));
    expect(breakdownRows).toHaveLength(12);
    for (const row of breakdownRows) expect(cellsOf(row)).toBe(5);
    expect(nasty).toContain('| x\\|y<br>\\<b\\>&amp;"quoted"\'\\</b\\> \\]\\]\\>');
    expect(nasty).not.toContain('<b>&');
    expect(nasty).toContain('### 3. x\\|y \\<b\\>&amp;');
  });

  it('fits a GitHub PR comment however long the queue is, saying what it left out', () => {
    const huge = renderMarkdown(withHugeQueue(2_000));
    expect(huge.length).toBeLessThanOrEqual(MARKDOWN_MAX_CHARS);
    expect(huge).toMatch(/_\d+ more items in the review queue; see report\.html or results\.csv\._/);
    expect(huge).toContain('## Review queue (2000)');
  });
});
