import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from './format-diagnostic.ts';
import { parseRubric } from './parse-rubric.ts';

/** A well-formed Markdown question block (5 lines + blank). */
const question = (heading: string): string =>
  `${heading}\n\n**Green flags:**\n- Good thing.\n\n**Red flags:**\n- Bad thing.\n`;

const yamlQuestion = (extra = ''): string =>
  `title: T\nsections:\n  - title: S\n    questions:\n      - number: 1\n        text: Q?\n        greenFlags: [a]\n        redFlags: [b]\n${extra}`;

interface Case {
  name: string;
  path: string;
  text: string;
  severity: 'error' | 'warning';
  line: number;
  message: RegExp;
}

const cases: Case[] = [
  {
    name: 'empty file',
    path: 'r.md',
    text: '',
    severity: 'error',
    line: 1,
    message: /expected a rubric .*got an empty file/,
  },
  {
    name: 'whitespace-only file',
    path: 'r.yaml',
    text: ' \n\n',
    severity: 'error',
    line: 1,
    message: /empty file/,
  },
  {
    name: 'NUL byte',
    path: 'r.md',
    text: '# T\n\u0000\u0001',
    severity: 'error',
    line: 2,
    message: /expected UTF-8 text, got binary data/,
  },
  {
    name: 'invalid UTF-8',
    path: 'r.md',
    text: '# T\n\n## S\n\uFFFD',
    severity: 'error',
    line: 4,
    message: /got invalid UTF-8/,
  },
  {
    name: 'no questions',
    path: 'r.md',
    text: '# T\n\nJust prose.\n',
    severity: 'error',
    line: 1,
    message: /no questions: expected at least a question heading/,
  },
  {
    name: 'question without flags',
    path: 'r.md',
    text: `# T\n\n### 1. Lonely?\n\nProse only.\n\n${question('### 2. Fine?')}`,
    severity: 'error',
    line: 3,
    message: /question q1 has no flags: expected green and red flag bullet lists, got none/,
  },
  {
    name: 'duplicate question numbers',
    path: 'r.md',
    text: `# T\n\n${question('### 1. A?')}\n${question('### 1. B?')}`,
    severity: 'error',
    line: 11,
    message: /duplicate question id `q1` \(first at line 3\): expected each id once/,
  },
  {
    name: 'duplicate explicit ids',
    path: 'r.md',
    text: `# T\n\n${question('### 1. A? {#same}')}\n${question('### 2. B? {#same}')}`,
    severity: 'error',
    line: 11,
    message: /duplicate question id `same`/,
  },
  {
    name: 'bullet outside any question',
    path: 'r.md',
    text: `# T\n\n- stray bullet\n\n${question('### 1. A?')}`,
    severity: 'error',
    line: 3,
    message: /bullet list outside any question: expected a question heading/,
  },
  {
    name: 'flag list under a section but after a question ended',
    path: 'r.md',
    text: `# T\n\n${question('### 1. A?')}\n## Section\n\n**Green flags:**\n- orphan\n`,
    severity: 'error',
    line: 14,
    message: /bullet list outside any question/,
  },
  {
    name: 'only green flags',
    path: 'r.md',
    text: '# T\n\n### 1. A?\n\n**Green flags:**\n- good\n',
    severity: 'warning',
    line: 3,
    message: /question q1 has only green flags: expected red flags too, got none/,
  },
  {
    name: 'only red flags',
    path: 'r.md',
    text: '# T\n\n### 1. A?\n\n**Red flags:**\n- bad\n',
    severity: 'warning',
    line: 3,
    message: /only red flags: expected green flags too/,
  },
  {
    name: 'bullet before any flag label',
    path: 'r.md',
    text: '# T\n\n### 1. A?\n\n- unlabelled\n\n**Green flags:**\n- g\n\n**Red flags:**\n- r\n',
    severity: 'warning',
    line: 5,
    message: /bullet list under q1 before any flag label: expected `\*\*Green flags:\*\*`/,
  },
  {
    name: 'mistyped flag label',
    path: 'r.md',
    text: `# T\n\n${question('### 1. A?')}\n**Gren flags:**\n- typo\n`,
    severity: 'warning',
    line: 11,
    message: /expected `\*\*Green flags:\*\*` or `\*\*Red flags:\*\*`, got `Gren flags:`/,
  },
  {
    name: 'question without text',
    path: 'r.md',
    text: `# T\n\n${question('### 1.')}`,
    severity: 'warning',
    line: 3,
    message: /question q1 has no question text/,
  },
  {
    name: 'no title',
    path: 'r.md',
    text: question('### 1. A?'),
    severity: 'warning',
    line: 1,
    message: /expected a `# Title` heading, got none/,
  },
  {
    name: 'unnumbered question without id',
    path: 'r.md',
    text: `# T\n\n${question('### Tell me about yourself')}`,
    severity: 'warning',
    line: 3,
    message: /no number and no id: .*position-based id `q1`/,
  },
  {
    name: 'empty section',
    path: 'r.md',
    text: `# T\n\n## Empty\n\n## Full\n\n${question('### 1. A?')}`,
    severity: 'warning',
    line: 3,
    message: /section `Empty` has no questions/,
  },
  {
    name: 'unknown front matter key',
    path: 'r.md',
    text: `---\nid: r\nscal: 3\n---\n# T\n\n${question('### 1. A?')}`,
    severity: 'error',
    line: 3,
    message: /unknown key `scal`: expected one of id, title, scale, rule, got `scal`/,
  },
  {
    name: 'front matter value out of range',
    path: 'r.md',
    text: `---\nrule: { strongMinGreen: 0 }\n---\n# T\n\n${question('### 1. A?')}`,
    severity: 'error',
    line: 2,
    message: /`rule\.strongMinGreen`: too small: expected number to be >=1, got 0/,
  },
  {
    name: 'YAML unknown nested key names its path',
    path: 'r.yaml',
    text: yamlQuestion('        greenflag: [c]\n'),
    severity: 'error',
    line: 9,
    message:
      /unknown key `sections\[0\]\.questions\[0\]\.greenflag`: expected one of id, number, text, aliases, greenFlags, redFlags/,
  },
  {
    name: 'YAML wrong type names its path',
    path: 'r.yaml',
    text: 'title: T\nsections:\n  - title: S\n    questions:\n      - text: 42\n        greenFlags: [a]\n        redFlags: [b]\n',
    severity: 'error',
    line: 5,
    message: /`sections\[0\]\.questions\[0\]\.text`: expected string, got number/,
  },
  {
    name: 'YAML flag of the wrong type',
    path: 'r.yaml',
    text: 'title: T\nquestions:\n  - number: 1\n    text: Q\n    greenFlags:\n      - ok\n      - 7\n    redFlags: [b]\n',
    severity: 'error',
    line: 7,
    message:
      /`questions\[0\]\.greenFlags\[1\]`: expected flag text or an object \{ id\?, text \}, got number 7/,
  },
  {
    name: 'YAML missing title',
    path: 'r.yaml',
    text: 'questions: []\n',
    severity: 'error',
    line: 1,
    message: /missing key `title`: expected string, got nothing/,
  },
  {
    name: 'YAML syntax error',
    path: 'r.yaml',
    text: 'title: T\nsections: [\n  - oops: : :\n',
    severity: 'error',
    line: 3,
    message: /expected valid YAML\/JSON/,
  },
  {
    name: 'YAML list at top level',
    path: 'r.yaml',
    text: '- a\n- b\n',
    severity: 'error',
    line: 1,
    message: /expected a mapping with `title`.*got a list/,
  },
  {
    name: 'YAML sections and questions both',
    path: 'r.yaml',
    text: `${yamlQuestion()}questions: []\n`,
    severity: 'error',
    line: 9,
    message: /expected either `sections` or `questions`, got both/,
  },
  {
    name: 'YAML rule rating off the scale',
    path: 'r.yaml',
    text: `${yamlQuestion()}rule:\n  strongRating: 7\n`,
    severity: 'error',
    line: 10,
    message: /`rule\.strongRating`: expected a rating between 1 and 4, got 7/,
  },
  {
    name: 'YAML duplicate key',
    path: 'r.yaml',
    text: 'title: T\ntitle: U\n',
    severity: 'error',
    line: 2,
    message: /expected valid YAML\/JSON.*unique/i,
  },
  {
    name: 'YAML empty section',
    path: 'r.yaml',
    text: `${yamlQuestion()}  - title: Empty\n    questions: []\n`,
    severity: 'warning',
    line: 9,
    message: /section `Empty` has no questions/,
  },
  {
    name: 'YAML question without flags',
    path: 'r.yaml',
    text: 'title: T\nquestions:\n  - number: 1\n    text: Q\n',
    severity: 'error',
    line: 3,
    message: /question q1 has no flags/,
  },
  {
    name: 'JSON unknown key',
    path: 'r.json',
    text: '{\n  "title": "T",\n  "questions": [\n    {\n      "number": 1,\n      "txt": "Q",\n      "greenFlags": ["a"],\n      "redFlags": ["b"]\n    }\n  ]\n}\n',
    severity: 'error',
    line: 6,
    message: /unknown key `questions\[0\]\.txt`/,
  },
  {
    name: 'JSON wrong type',
    path: 'r.json',
    text: '{\n  "title": "T",\n  "questions": [\n    { "number": "one", "text": "Q", "greenFlags": ["a"], "redFlags": ["b"] }\n  ]\n}\n',
    severity: 'error',
    line: 4,
    message: /`questions\[0\]\.number`: expected number, got string/,
  },
  {
    name: 'JSON syntax error',
    path: 'r.json',
    text: '{\n  "title": "T",\n  "questions": [\n}\n',
    severity: 'error',
    line: 4,
    message: /expected valid YAML\/JSON/,
  },
];

describe('parseRubric diagnostics', () => {
  it.each(cases)('$name → $severity at line $line', ({ path, text, severity, line, message }) => {
    const { rubric, diagnostics } = parseRubric({ path, text });
    const hit = diagnostics.find((d) => message.test(d.message));
    expect(hit, `diagnostics were: ${JSON.stringify(diagnostics, null, 1)}`).toBeDefined();
    expect(hit).toMatchObject({ severity, line, file: path });
    const hasError = diagnostics.some((d) => d.severity === 'error');
    expect(rubric === null).toBe(hasError);
    if (severity === 'error') expect(rubric).toBeNull();
  });

  it('still compiles a rubric that only has warnings', () => {
    const { rubric, diagnostics } = parseRubric({
      path: 'r.md',
      text: '# T\n\n### 1. A?\n\n**Green flags:**\n- good\n',
    });
    expect(diagnostics.map((d) => d.severity)).toEqual(['warning']);
    expect(rubric?.questions[0]?.greenFlags.map((f) => f.text)).toEqual(['good']);
  });
});

describe('formatDiagnostic', () => {
  it.each([
    [{ severity: 'error', file: 'r.md', line: 3, message: 'm' }, 'r.md:3: error: m'],
    [{ severity: 'warning', file: 'a/b.yaml', line: 10, message: 'x y' }, 'a/b.yaml:10: warning: x y'],
    [{ severity: 'error', file: 'r.md', message: 'no line' }, 'r.md: error: no line'],
  ] as const)('%j → %s', (diagnostic, expected) => {
    expect(formatDiagnostic(diagnostic)).toBe(expected);
  });
});
