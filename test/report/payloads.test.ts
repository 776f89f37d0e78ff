import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { renderReports } from '../../src/report/registry.ts';
import { ReportSchema } from '../../src/report/schema.ts';
import { PAYLOADS, withPayload } from './payloads.ts';

const FORMATS = ['md', 'html', 'json', 'csv', 'junit'];
// C0 (but tab, LF), DEL, C1, bidi controls and zero-width characters: none may reach a text report.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for control characters
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;
const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

function render(payload: string): Record<string, string> {
  const report = ReportSchema.parse(withPayload(payload));
  return Object.fromEntries(renderReports(report, FORMATS).map((f) => [f.fileName, f.content]));
}

describe.each(PAYLOADS)('every report format holds against %s', (_, payload) => {
  const files = render(payload);
  const questions = withPayload(payload).rubric.questions.length;

  it('report.md: no raw tag, image or link, one <details> per question, nothing invisible', () => {
    const md = files['report.md'] ?? '';
    // A tag is only raw when its `<` is neither backslash-escaped nor an entity.
    expect(md).not.toMatch(/(?<!\\)<(?:script|img|svg|iframe)\b/i);
    expect(md).not.toMatch(/(?<!\\)!(?<!\\!)\[[^\]]*\]\(/);
    expect(md).not.toMatch(/(?<!\\)\[[^\]]*(?<!\\)\]\(javascript:/i);
    expect(count(md, /<details>/g)).toBe(questions);
    expect(count(md, /<\/details>/g)).toBe(questions);
    expect(count(md, /<summary>/g)).toBe(questions);
    expect(md).not.toMatch(UNSAFE);
    expect(md).not.toContain('\ufffe');
  });

  it('report.html: exactly its own script, allowed by hash; no handler, no remote fetch', () => {
    const html = files['report.html'] ?? '';
    expect(count(html, /<script/gi)).toBe(1);
    const script = html.match(/<script>([\s\S]*?)<\/script>/)?.[1] ?? '';
    const hash = createHash('sha256').update(script).digest('base64');
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-${hash}'`,
    );
    expect(html).not.toMatch(/<(?:img|iframe|object|embed)\b/i);
    // Attribute values are quoted and escaped, so only what is outside quotes can be an attribute.
    for (const [tag] of html.matchAll(/<[a-z][^>]*>/gi)) {
      expect(tag.replace(/"[^"]*"|'[^']*'/g, '""')).not.toMatch(/\son[a-z]+\s*=/i);
    }
    expect(html).not.toMatch(/\b(?:src|href)\s*=\s*["']?(?:https?:|\/\/|javascript:)/i);
    expect(html).not.toContain('<svg onload');
  });

  it('results.csv: every cell parses back, no cell starts a formula, nothing invisible', () => {
    const csv = files['results.csv'] ?? '';
    const rows: string[][] = parse(csv);
    expect(rows.length).toBe(withPayload(payload).items.length + 1);
    for (const cell of rows.flat()) {
      if (/^-?\d+(?:\.\d+)?$/.test(cell)) continue;
      expect(cell).not.toMatch(/^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/);
    }
    expect(csv).not.toMatch(UNSAFE);
  });

  it('junit.xml: only XML 1.0 characters, only its own elements, payload text escaped', () => {
    const xml = files['junit.xml'] ?? '';
    // biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids these characters
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
    expect(xml).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    const tags = new Set([...xml.matchAll(/<\/?([a-zA-Z?][\w:-]*)/g)].map((m) => m[1]));
    expect([...tags].sort()).toEqual(
      [...tags]
        .filter((t) =>
          ['?xml', 'testsuites', 'testsuite', 'testcase', 'failure', 'system-out', 'skipped'].includes(
            t ?? '',
          ),
        )
        .sort(),
    );
    expect(xml).not.toContain(']]>');
  });

  it('summary.json (the data) keeps the text as it was', () => {
    const json = JSON.parse(files['summary.json'] ?? 'null') as unknown;
    expect(json).not.toBeNull();
  });
});
