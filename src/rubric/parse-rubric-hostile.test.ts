import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRubric } from './parse-rubric.ts';

/** The first error as `[line, message]`, or null when the rubric compiled. */
function firstError(path: string, text: string): [number | undefined, string] | null {
  const { rubric, diagnostics } = parseRubric({ path, text });
  const error = diagnostics.find((d) => d.severity === 'error');
  if (rubric !== null) return null;
  return error ? [error.line, error.message] : [undefined, 'no error'];
}

const BOMB = [
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  'title: T',
].join('\n');

const GOOD_YAML =
  'title: T\nsections:\n  - title: S\n    questions:\n      - number: 1\n        text: Q?\n        greenFlags: ["Mentions [sic"]\n        redFlags: [b]\n';

describe('hostile rubrics are per-file errors naming the line, never a crash', () => {
  it.each<[string, string, string, number, RegExp]>([
    ['JSON `[` × 5,000', 'r.json', '['.repeat(5000), 1, /nested at most 100 levels deep/],
    ['JSON `{"a":` × 40,000', 'r.json', '{"a":'.repeat(40_000), 1, /nested at most 100 levels deep/],
    ['YAML flow `[` × 5,000', 'r.yaml', `title: T\nsections: ${'['.repeat(5000)}`, 2, /nested at most 100/],
    [
      'YAML flow `{` × 100,000',
      'r.yaml',
      `title: T\nsections: ${'{'.repeat(100_000)}`,
      2,
      /nested at most 100/,
    ],
    [
      'front matter `[` × 5,000',
      'r.md',
      `---\nscale: ${'['.repeat(5000)}\n---\n# T\n`,
      2,
      /nested at most 100/,
    ],
    ['a YAML alias bomb', 'r.yaml', BOMB, 1, /aliases expand to a reasonable size.*Excessive alias count/],
    ['an alias bomb in front matter', 'r.md', `---\n${BOMB}\n---\n# T\n`, 2, /aliases expand/],
    ['block quotes 5,000 deep', 'r.md', `# T\n\n${'> '.repeat(5000)}x\n`, 3, /at most 16 block quotes/],
    ['a list indented 10,000 columns', 'r.md', `# T\n\n${' '.repeat(10_000)}- x\n`, 3, /64 columns deep/],
    ['a rubric of 300 KB', 'r.md', `# T\n\n${'word '.repeat(60_000)}\n`, 1, /at most 256 KB, got 293 KB/],
  ])('%s', (_name, path, text, line, message) => {
    expect(firstError(path, text)).toEqual([line, expect.stringMatching(message)]);
  });

  it('keeps brackets inside YAML plain scalars and quoted strings as text', () => {
    expect(firstError('r.yaml', GOOD_YAML)).toBeNull();
  });

  it.each([
    ['spaces', ' '],
    ['no-break spaces', '\u00a0'],
    ['tabs', '\t'],
    ['colons', ':'],
    ['brackets', '['],
    ['stars', '*'],
  ])('finishes on one line of 20,000 %s in every format', (_name, unit) => {
    const run = unit.repeat(20_000);
    for (const [path, text] of [
      ['r.md', `# T\n\n### 1. Q${run}?\n\n**Green flags:**\n\n- a${run}\n\n**Red flags:**\n\n- b\n${run}\n`],
      ['r.yaml', `title: T${run}\nsections: []\n${run}\n`],
      ['r.json', `{"title": "T${run}", ${run}}`],
    ] as const) {
      const { diagnostics } = parseRubric({ path, text });
      expect(Array.isArray(diagnostics)).toBe(true);
    }
  });
});

const FRAGMENTS = [
  '# ',
  '## ',
  '### 1. ',
  '**Green flags:**',
  '**Red flags:**',
  '- ',
  '\n',
  '\n\n',
  '> ',
  '  ',
  '[',
  ']',
  '{',
  '}',
  ':',
  '&a ',
  '*a',
  '---\n',
  'title: ',
  'sections:',
  'questions:',
  '"',
  'Why?',
  '\u00a0',
];

describe('parseRubric on arbitrary input', () => {
  it.each(['r.md', 'r.yaml', 'r.json'])('returns a rubric or diagnostics for %s, never throws', (path) => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join('')),
        ),
        (text) => {
          const { rubric, diagnostics } = parseRubric({ path, text });
          expect(rubric !== null || diagnostics.some((d) => d.severity === 'error')).toBe(true);
          for (const d of diagnostics) expect(d.file).toBe(path);
        },
      ),
      { numRuns: 300 },
    );
  });
});
