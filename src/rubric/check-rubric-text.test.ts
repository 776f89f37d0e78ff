import { describe, expect, it } from 'vitest';
import { decodeRubricBytes } from './check-rubric-text.ts';
import { detectRubricFormat } from './detect-rubric-format.ts';

describe('detectRubricFormat', () => {
  it.each([
    ['r.json', '# looks like markdown', 'json'],
    ['r.YML', '{}', 'yaml'],
    ['r.markdown', 'title: x', 'markdown'],
    ['stdin', '  {"title": "T"}', 'json'],
    ['stdin', '# comment\ntitle: T\nsections: []\n', 'yaml'],
    ['stdin', '# Title\n\n## Section\n\ntitle: in prose\n', 'markdown'],
    ['rubric.txt', '# Title\n\n### 1. Q\n', 'markdown'],
  ] as const)('%s %j → %s', (path, text, format) => {
    expect(detectRubricFormat(path, text)).toBe(format);
  });
});

describe('decodeRubricBytes', () => {
  const bytes = (...values: number[]) => Uint8Array.from(values);

  it('decodes UTF-8 and drops a BOM', () => {
    expect(decodeRubricBytes('r.md', bytes(0xef, 0xbb, 0xbf, 0x23, 0x20, 0xe2, 0x80, 0x9c))).toEqual({
      text: '# “',
      diagnostics: [],
    });
  });

  it.each([
    ['a NUL byte', bytes(0x23, 0x0a, 0x0a, 0x00), 3, /binary data/],
    ['invalid UTF-8', bytes(0x23, 0xff, 0xfe), 1, /not valid UTF-8/],
  ])('rejects %s', (_name, input, line, message) => {
    const { text, diagnostics } = decodeRubricBytes('r.md', input);
    expect(text).toBeNull();
    expect(diagnostics).toEqual([
      { severity: 'error', file: 'r.md', line, message: expect.stringMatching(message) },
    ]);
  });
});
