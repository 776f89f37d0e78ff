import { describe, expect, it } from 'vitest';
import { parseRubric } from './parse-rubric.ts';
import type { Rubric } from './schema.ts';

const flags = '\n\n**Green flags:**\n- g\n\n**Red flags:**\n- r\n';

function compile(text: string, path = 'r.md'): Rubric {
  const { rubric, diagnostics } = parseRubric({ path, text });
  if (rubric === null) throw new Error(JSON.stringify(diagnostics));
  return rubric;
}

describe('Markdown question headings', () => {
  it.each([
    ['### 1. Text', { id: 'q1', number: 1, text: 'Text' }],
    ['## 8. Text', { id: 'q8', number: 8, text: 'Text' }],
    ['### 3) Text', { id: 'q3', number: 3, text: 'Text' }],
    ['### Q4: Text', { id: 'q4', number: 4, text: 'Text' }],
    ['### Question 5. Text', { id: 'q5', number: 5, text: 'Text' }],
    ['### 6 Text', { id: 'q6', number: 6, text: 'Text' }],
    ['### 7. Text {#custom-id}', { id: 'custom-id', number: 7, text: 'Text' }],
    ['### 9. “Quoted” *emphasis* `code`', { id: 'q9', number: 9, text: '“Quoted” *emphasis* `code`' }],
  ])('%s', (heading, expected) => {
    const { rubric } = parseRubric({ path: 'r.md', text: `# T\n\n## Section\n\n${heading}${flags}` });
    expect(rubric?.questions[0]).toMatchObject({ ...expected, section: 'Section', line: 5 });
  });

  it('keeps `## 2024 Hiring Round` a section (a `##` question needs punctuation after the number)', () => {
    const rubric = compile(`# T\n\n## 2024 Hiring Round\n\n### 1. Q${flags}`);
    expect(rubric.sections).toEqual(['2024 Hiring Round']);
    expect(rubric.questions[0]?.section).toBe('2024 Hiring Round');
  });

  it('accepts setext headings and label variants', () => {
    const rubric = compile(
      'Title\n=====\n\nSection\n-------\n\n### 1. Q\n\nGreen flags\n- g\n\n#### Red flags:\n- r\n',
    );
    expect(rubric.title).toBe('Title');
    expect(rubric.sections).toEqual(['Section']);
    expect(rubric.questions[0]?.greenFlags.map((f) => f.text)).toEqual(['g']);
    expect(rubric.questions[0]?.redFlags.map((f) => f.text)).toEqual(['r']);
  });
});

describe('Markdown flags', () => {
  it('takes explicit flag ids and joins wrapped bullets', () => {
    const rubric = compile(
      '# T\n\n### 1. Q\n\n**Green flags:**\n- Talks about\n  retries. {#q1.retries}\n+ Plus bullet.\n\n**Red flags:**\n1. Ordered.\n',
    );
    const q = rubric.questions[0];
    expect(q?.greenFlags.map((f) => [f.id, f.text, f.line])).toEqual([
      ['q1.retries', 'Talks about retries.', 6],
      ['q1.g2', 'Plus bullet.', 8],
    ]);
    expect(q?.redFlags.map((f) => [f.id, f.text])).toEqual([['q1.r1', 'Ordered.']]);
  });

  it('ignores prose, code blocks and quotes under a question', () => {
    const rubric = compile(
      '# T\n\n### 1. Q\n\nAsk for an example.\n\n```\n- not a flag\n```\n\n> - quoted\n\n**Green flags:**\n- g\n\n**Red flags:**\n- r\n',
    );
    expect(rubric.questions[0]?.greenFlags.map((f) => f.text)).toEqual(['g']);
  });
});

describe('Markdown front matter', () => {
  it('sets id, title, scale and rule, and keeps line numbers', () => {
    const text =
      '---\nid: backend\ntitle: Backend loop\nrule:\n  strongMinGreen: 1\n---\n# Ignored title\n\n### 1. Q\n\n**Green flags:**\n- g\n\n**Red flags:**\n- r\n';
    const rubric = compile(text);
    expect(rubric).toMatchObject({
      id: 'backend',
      title: 'Backend loop',
      rule: { strongMinGreen: 1, strongRating: 4 },
    });
    expect(rubric.questions[0]?.line).toBe(9);
    expect(rubric.questions[0]?.greenFlags[0]?.line).toBe(12);
  });
});

describe('rubric id', () => {
  it.each([
    ['rubrics/Interview Rubric.md', 'interview-rubric'],
    ['<stdin>', 'my-title'],
    ['-', 'my-title'],
  ])('%s → %s', (path, id) => {
    expect(compile(`# My Title\n\n### 1. Q${flags}`, path).id).toBe(id);
  });
});
