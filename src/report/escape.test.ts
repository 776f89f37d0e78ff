import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape-html.ts';
import { escapeMarkdownCell, escapeMarkdownText, truncateText } from './escape-markdown.ts';
import { escapeXml } from './escape-xml.ts';

describe('escapeHtml', () => {
  it.each([
    ['<script>alert("x")</script>', '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'],
    ["a & b's", 'a &amp; b&#39;s'],
    ['&lt;', '&amp;lt;'],
    ['plain — text', 'plain — text'],
  ])('escapes %j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

describe('escapeXml', () => {
  it.each([
    ['a<b>&"c"\'d', 'a&lt;b&gt;&amp;&quot;c&quot;&apos;d'],
    ['bell\u0007 and nul\u0000 go', 'bell and nul go'],
    ['tab\tnew\nline\rkept', 'tab\tnew\nline\rkept'],
    ['lone \uD800 surrogate, pair 😀 kept', 'lone  surrogate, pair 😀 kept'],
    ['\uFFFE\uFFFF', ''],
  ])('escapes %j', (input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });
});

describe('escapeMarkdownText', () => {
  it.each([
    ['a|b', 'a\\|b'],
    ['line one\n  line two', 'line one line two'],
    ['<script>', '\\<script\\>'],
    ['**bold** _x_ [link](y)', '\\*\\*bold\\*\\* \\_x\\_ \\[link\\](y)'],
    ['AT&T', 'AT&amp;T'],
  ])('escapes %j', (input, expected) => {
    expect(escapeMarkdownText(input)).toBe(expected);
  });
});

describe('escapeMarkdownCell', () => {
  it('keeps a cell on one table row: pipes escaped, newlines as <br>', () => {
    expect(escapeMarkdownCell('a|b\r\nc\nd ')).toBe('a\\|b<br>c<br>d');
  });
});

describe('truncateText', () => {
  it.each([
    ['short', 10, 'short'],
    ['exactly10!', 10, 'exactly10!'],
    ['a long sentence here', 10, 'a long se…'],
  ])('truncates %j to %i', (input, max, expected) => {
    expect(truncateText(input, max)).toBe(expected);
    expect(truncateText(input, max).length).toBeLessThanOrEqual(max);
  });
});
